import { stateToSearch, type UrlState } from './urlState';

/** The full app's URL carrying the embed's state (date, country, region, view, theme). */
export function fullMapUrl(state: UrlState, location: Pick<Location, 'origin' | 'pathname'>): string {
  const search = stateToSearch({ ...state, embed: false, childId: null, autoplay: false, controls: true });
  return `${location.origin}${location.pathname}${search}`;
}
