import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { DatasetProvider, datasetQuery } from './app/datasetQuery';
import { worldQuery } from './features/map/worldQuery';
import { yieldToMain } from './app/yieldToMain';
import { AppStoreProvider } from './state/AppStoreContext';
import { createStoreFromUrl, syncUrl } from './state/syncUrl';
import './app/theme.css';

const store = createStoreFromUrl(window.location.search);
syncUrl(store);
const queryClient = new QueryClient();
const root = document.getElementById('root');

// Three tasks, not one: the modules' evaluation and the browser's first styling of the page, then
// starting to read both files (already on their way: index.html preloads them), then the first
// render. Together they were one task of about 200 ms on a slow phone, blocking input meanwhile.
async function start() {
  await yieldToMain();
  void queryClient.prefetchQuery(worldQuery());
  void queryClient.prefetchQuery(datasetQuery());
  await yieldToMain();
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <DatasetProvider>
          <AppStoreProvider store={store}>
            <App />
          </AppStoreProvider>
        </DatasetProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
void start();
