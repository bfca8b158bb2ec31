import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { datasetQuery } from './app/datasetQuery';
import { worldQuery } from './features/map/worldQuery';
import { AppStoreProvider } from './state/AppStoreContext';
import { createStoreFromUrl, syncUrl } from './state/syncUrl';
import './app/theme.css';

const store = createStoreFromUrl(window.location.search);
syncUrl(store);
const queryClient = new QueryClient();
// Both files are already on their way (preloaded by index.html): start reading them now, not
// after the first render has mounted the components that ask for them.
void queryClient.prefetchQuery(worldQuery());
void queryClient.prefetchQuery(datasetQuery());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppStoreProvider store={store}>
          <App />
        </AppStoreProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
