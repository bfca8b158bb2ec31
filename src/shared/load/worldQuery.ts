import { useQuery } from '@tanstack/react-query';
import { fileQuery } from './fileQuery';
import { loadWorld, WORLD_URL } from './loadWorld';

/** Loads the world topology once, with the same retry policy as the dataset. */
export const worldQuery = (url = WORLD_URL) => fileQuery('world', url, loadWorld);

// One options object for every caller: no re-comparison per render.
const WORLD_OPTIONS = worldQuery();

export function useWorld() {
  return useQuery(WORLD_OPTIONS);
}
