import { useId, useRef } from 'react';
import { strings } from '../../shared/text/strings';
import { useStory } from '../../shared/load/useStory';
import { useAppStore } from '../../state/AppStoreContext';
import { pickUrlState } from '../../state/createAppStore';
import { stateToSearch, urlToState } from '../../state/urlState';
import { CopyStatus } from './CopyStatus';
import { fullMapUrl } from '../../state/fullMapUrl';
import { useCopy } from './useCopy';

/** The link to what the reader is looking at, to copy or hand to the system's share sheet. */
export function LinkPanel() {
  // Selecting the serialised state re-renders only when the shareable state changes.
  const search = useAppStore((s) => stateToSearch(pickUrlState(s)));
  const url = fullMapUrl(urlToState(search), window.location);
  const field = useRef<HTMLInputElement>(null);
  const { state, copy } = useCopy();
  const id = useId();
  const { story } = useStory();
  // Only where the browser has a share sheet (phones, Safari, Edge); elsewhere Copy does the job.
  const canShare = typeof navigator.share === 'function';

  return (
    <>
      <label htmlFor={id} className="share__label">
        {strings.share.linkLabel}
      </label>
      <input
        id={id}
        ref={field}
        className="share__field"
        type="url"
        readOnly
        value={url}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="share__actions">
        <button type="button" className="button share__primary" onClick={() => void copy(url, field.current)}>
          {strings.share.copyLink}
        </button>
        {canShare && (
          <button
            type="button"
            className="button"
            onClick={() => {
              // Dismissing the sheet rejects with AbortError: nothing to report.
              navigator.share({ title: story.title, url }).catch(() => {});
            }}
          >
            {strings.share.shareNative}
          </button>
        )}
        <CopyStatus state={state} />
      </div>
    </>
  );
}
