import { useAppStore } from '../../state/AppStoreContext';
import { pickUrlState } from '../../state/createAppStore';
import { stateToSearch, urlToState } from '../../state/urlState';
import { strings } from '../../app/strings';
import { fullMapUrl } from './fullMapUrl';

/** In an embed: a link to the full app in a new tab, carrying what the reader is looking at. */
export function FullMapLink() {
  // Selecting the serialised state re-renders only when the shareable state changes.
  const search = useAppStore((s) => stateToSearch(pickUrlState(s)));
  return (
    <a
      className="app-footer__full"
      href={fullMapUrl(urlToState(search), window.location)}
      target="_blank"
      rel="noopener noreferrer"
    >
      {strings.openFullMap}
    </a>
  );
}
