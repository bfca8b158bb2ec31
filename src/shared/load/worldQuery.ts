import { useQuery } from '@tanstack/react-query';
import { fileQuery } from './fileQuery';
import { loadWorld, WORLD_URL } from './loadWorld';

/** The map's geometry: from the world file, loaded once with the dataset's retry policy (unless the page's own markup gave it: app/startApp.tsx). */
export const worldQuery = (url = WORLD_URL) => fileQuery('world', url, loadWorld);

// One options object for every caller: no re-comparison per render.
const WORLD_OPTIONS = worldQuery();

export function useWorld() {
  return useQuery(WORLD_OPTIONS);
}
