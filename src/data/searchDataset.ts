import { COUNTRIES } from './countries.generated';
import type { DatasetIndex } from './createIndex';
import { searchCandidates } from './searchCandidates';
import { prepareCandidates, searchEntities, type SearchResult } from './searchEntities';

const preparedByIndex = new WeakMap<DatasetIndex, ReturnType<typeof prepareCandidates>>();

/**
 * Searches a dataset's entities and the map's countries; nothing before the dataset has loaded
 * or while the query is empty. The header's search and the table's filter both use it, so they
 * know the same aliases and typos. Candidates are prepared (~300 names and aliases folded) on the
 * first keystroke, not while the page loads, and once per dataset.
 */
export function searchDataset(
  index: DatasetIndex | undefined,
  query: string,
  limit?: number,
): SearchResult[] {
  if (!index || query === '') return [];
  let prepared = preparedByIndex.get(index);
  if (!prepared)
    preparedByIndex.set(
      index,
      (prepared = prepareCandidates(searchCandidates(index.dataset.entities, COUNTRIES))),
    );
  return searchEntities(prepared, query, limit);
}
