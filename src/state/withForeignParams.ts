import { URL_PARAMS } from './urlState';

/**
 * The app's query string (`ours`, from stateToSearch) with the params of `current` that the app
 * does not read (utm_*, a host page's own) after it, as they were: ours say only what the app
 * applied, and what others put in the address is theirs to keep. Params without a name go.
 */
export function withForeignParams(ours: string, current: string): string {
  const out = new URLSearchParams(ours);
  let theirs: URLSearchParams;
  try {
    theirs = new URLSearchParams(current);
  } catch {
    theirs = new URLSearchParams();
  }
  const known = new Set<string>(URL_PARAMS);
  for (const [name, value] of theirs) if (name !== '' && !known.has(name)) out.append(name, value);
  const q = out.toString();
  return q ? `?${q}` : '';
}
