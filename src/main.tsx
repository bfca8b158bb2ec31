import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { AppStoreProvider } from './state/AppStoreContext';
import { createStoreFromUrl, syncUrl } from './state/syncUrl';
import './app/theme.css';

const store = createStoreFromUrl(window.location.search);
syncUrl(store);
const queryClient = new QueryClient();

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
