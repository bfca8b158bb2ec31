import { useAppStore } from '../../state/AppStoreContext';
import { pickUrlState } from '../../state/createAppStore';
import { stateToSearch, urlToState } from '../../state/urlState';
import { strings } from '../../shared/text/strings';
import { fullMapUrl } from '../../state/fullMapUrl';

/** Prerendered at build time (renderShell), the link is relative; the app's render makes it whole. */
const PRERENDERED = { origin: '', pathname: './' };

/** In an embed: a link to the full app in a new tab, carrying what the reader is looking at. */
export function FullMapLink() {
  // Selecting the serialised state re-renders only when the shareable state changes.
  const search = useAppStore((s) => stateToSearch(pickUrlState(s)));
  return (
    <a
      className="app-footer__full"
      href={fullMapUrl(urlToState(search), typeof window === 'undefined' ? PRERENDERED : window.location)}
      target="_blank"
      rel="noopener noreferrer"
    >
      {strings.openFullMap}
    </a>
  );
}
