import { lazy, Suspense, useState } from 'react';
import { FeatureBoundary } from '../../app/FeatureBoundary';
import { strings } from '../../app/strings';
import './ShareButton.css';

// The dialog, the SVG/PNG export and the CSV writer load on demand: the first view carries
// only this button.
const load = () => import('./ShareDialog');
const ShareDialog = lazy(() => load().then((m) => ({ default: m.ShareDialog })));

/** The header's Share button (full app only) and its lazily loaded dialog. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button share-button"
        aria-haspopup="dialog"
        // Start fetching on intent, so the dialog is usually there by the time of the click.
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => setOpen(true)}
      >
        <span className="share-button__text">{strings.share.button}</span>
      </button>
      {open && (
        <FeatureBoundary feature="share dialog">
          <Suspense fallback={null}>
            <ShareDialog onClose={() => setOpen(false)} />
          </Suspense>
        </FeatureBoundary>
      )}
    </>
  );
}
