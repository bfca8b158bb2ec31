import { lazy, Suspense } from 'react';
import { FeatureBoundary } from '../../shared/ui/FeatureBoundary';
import { strings } from '../../shared/text/strings';
import { useAppStore } from '../../state/AppStoreContext';
import './ShareButton.css';

// The dialog, the SVG/PNG export and the CSV writer load on demand: the first view carries
// only this button.
const load = () => import('./ShareDialog');
const ShareDialog = lazy(() => load().then((m) => ({ default: m.ShareDialog })));

/** The header's Share button (full app only) and its lazily loaded dialog. */
export function ShareButton() {
  const open = useAppStore((s) => s.dialog === 'share');
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <>
      <button
        type="button"
        className="button share-button"
        aria-haspopup="dialog"
        // Start fetching on intent, so the dialog is usually there by the time of the click.
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => openDialog('share')}
      >
        {/* Three linked dots, the usual share mark, shown instead of the word on a phone
            (ShareButton.css). Inline rather than a CSS image: an image made from SVG markup is a
            document of its own that the browser builds in the page's first frame. */}
        <svg className="share-button__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <g fill="none" stroke="currentColor" strokeWidth="1.8">
            <circle cx="15" cy="4.5" r="2.5" />
            <circle cx="5" cy="10" r="2.5" />
            <circle cx="15" cy="15.5" r="2.5" />
            <path d="M7.2 8.8l5.6-3.1M7.2 11.2l5.6 3.1" />
          </g>
        </svg>
        <span className="share-button__text">{strings.share.button}</span>
      </button>
      {open && (
        <FeatureBoundary feature="share dialog">
          <Suspense fallback={null}>
            <ShareDialog />
          </Suspense>
        </FeatureBoundary>
      )}
    </>
  );
}
