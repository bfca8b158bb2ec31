import { StrictMode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App } from './App';
import { DatasetProvider } from '../shared/load/datasetQuery';
import { AppStoreProvider } from '../state/AppStoreContext';
import type { AppStore } from '../state/createAppStore';

/** The page's whole tree: the same in the browser (startApp.tsx) and in the prerendered shell (renderShell). */
export function AppRoot({ store, queryClient }: { store: AppStore; queryClient: QueryClient }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <DatasetProvider>
          <AppStoreProvider store={store}>
            <App />
          </AppStoreProvider>
        </DatasetProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
