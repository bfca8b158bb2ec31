import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { AppRoot } from './AppRoot';
import { datasetQuery } from '../shared/load/datasetQuery';
import { createStoreFromUrl } from '../state/syncUrl';
import { createIndex } from '../data/createIndex';
import { formatProblems, validateDataset } from '../data/validateDataset';
import { worldQuery } from '../shared/load/worldQuery';
import { parseWorldText } from '../shared/load/loadWorld';
import { buildGeometry } from '../shared/geometry/buildGeometry';

/**
 * The plain address's first view with both files in — header, the coloured map at the latest
 * date, legend with counts, timeline, footer — rendered at build time from the same files the
 * app loads (scripts/lib/prerenderShell.ts puts it in index.html; app/startApp.tsx hydrates it).
 * `search`: another address's, for tests that compare first views.
 */
export function renderShell(files: { dataset: string; world: string }, search = ''): string {
  const result = validateDataset(JSON.parse(files.dataset));
  if (!result.ok) throw new Error(`the dataset is invalid:\n${formatProblems(result.problems)}`);
  const queryClient = new QueryClient();
  queryClient.setQueryData(datasetQuery().queryKey, createIndex(result.dataset));
  queryClient.setQueryData(worldQuery().queryKey, buildGeometry(parseWorldText(files.world)));
  return renderToString(<AppRoot store={createStoreFromUrl(search)} queryClient={queryClient} />);
}
