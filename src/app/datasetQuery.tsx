import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { DatasetIndex } from '../data/createIndex';
import { retryDelay, shouldRetry } from './loadJson';
import { afterNextFrame } from './afterNextFrame';
import { DATASET_URL, loadDataset } from './loadDataset';

/** Loads, validates and indexes the dataset once; the index is shared by every component. */
export const datasetQuery = (url = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }): Promise<DatasetIndex> => loadDataset(url, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
    // Components that mount after a failure (the map, once its shapes arrive) must not refetch:
    // that fetched a broken file twice and made the alert vanish and reappear. Retry is the reader's.
    retryOnMount: false,
  });

const DATASET_OPTIONS = datasetQuery();

type DatasetResult = UseQueryResult<DatasetIndex, unknown>;

const FirstDatasetContext = createContext<DatasetResult | null>(null);
const DatasetContext = createContext<DatasetResult | null>(null);

/**
 * The page's one observer of the dataset query, shared through context. A dozen components read
 * the dataset, and each useQuery is an observer of its own to create, subscribe and check on
 * every render: about 15 of them in the first render, which a slow phone paid for before the map.
 *
 * What is inside <DatasetFirst> (the map and the country panel beside it) sees each result at
 * once. When data arrives, the rest of the page (timeline, legend, search, footer) is given it
 * one paint later: the coloured map is what a reader waits for, and rendering and laying out the
 * rest in the same task as the map's first fills held that paint back on a slow phone. Loading
 * and failure reach everyone at once.
 */
export function DatasetProvider({ children }: { children: ReactNode }) {
  const result = useQuery(DATASET_OPTIONS);
  // The last result the rest of the page was given. useQuery answers a new object on every
  // render, so what counts is what it says (sameState), not its identity.
  const [given, setGiven] = useState(result);
  const behind = result.isSuccess && result.data !== given.data;
  const caughtUp = !behind && sameState(given, result);
  if (!behind && !caughtUp) setGiven(result);
  useEffect(() => {
    if (!behind) return;
    // In a task after the next frame; a page that produces no frames (a hidden tab, an embed
    // scrolled out of sight) is given it all the same, or it would show the loading timeline
    // until seen (afterNextFrame).
    let current = true;
    void afterNextFrame().then(() => {
      if (current) setGiven(result);
    });
    return () => {
      current = false;
    };
  }, [behind, result]);
  return (
    <FirstDatasetContext.Provider value={result}>
      <DatasetContext.Provider value={behind || caughtUp ? given : result}>
        {children}
      </DatasetContext.Provider>
    </FirstDatasetContext.Provider>
  );
}

const sameState = (a: DatasetResult, b: DatasetResult) =>
  a.status === b.status && a.fetchStatus === b.fetchStatus && a.data === b.data && a.error === b.error;

/** The dataset query's state: loading, failed (with Retry), or the validated, indexed dataset. */
export function useDataset(): DatasetResult {
  const shared = useContext(DatasetContext);
  if (!shared) throw new Error('useDataset() needs a <DatasetProvider> above it');
  return shared;
}

/**
 * Gives its children the dataset as soon as it arrives, a paint ahead of the rest of the page
 * (see DatasetProvider): for what the first paint must show, and what shapes its layout — the
 * side panel opening beside the map a frame later would move the map.
 */
export function DatasetFirst({ children }: { children: ReactNode }) {
  const first = useContext(FirstDatasetContext);
  if (!first) throw new Error('<DatasetFirst> needs a <DatasetProvider> above it');
  return <DatasetContext.Provider value={first}>{children}</DatasetContext.Provider>;
}
