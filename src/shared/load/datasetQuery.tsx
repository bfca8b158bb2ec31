import { createContext, useContext, type ReactNode } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { DatasetIndex } from '../../data/createIndex';
import { fileQuery } from './fileQuery';
import { DATASET_URL, loadDataset } from './loadDataset';

/** Loads, validates and indexes the dataset once; the index is shared by every component. */
export const datasetQuery = (url = DATASET_URL) =>
  fileQuery('dataset', url, (u, signal): Promise<DatasetIndex> => loadDataset(u, signal));

const DATASET_OPTIONS = datasetQuery();

type DatasetResult = UseQueryResult<DatasetIndex, unknown>;

const DatasetContext = createContext<DatasetResult | null>(null);

/**
 * The page's one observer of the dataset query, shared through context: a dozen components read
 * the dataset, and each useQuery is an observer of its own to create, subscribe and check on
 * every render.
 */
export function DatasetProvider({ children }: { children: ReactNode }) {
  const result = useQuery(DATASET_OPTIONS);
  return <DatasetContext.Provider value={result}>{children}</DatasetContext.Provider>;
}

/** The dataset query's state: loading, failed (with Retry), or the validated, indexed dataset. */
export function useDataset(): DatasetResult {
  const shared = useContext(DatasetContext);
  if (!shared) throw new Error('useDataset() needs a <DatasetProvider> above it');
  return shared;
}
