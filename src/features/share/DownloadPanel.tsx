import { useId } from 'react';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useDownloads } from './useDownloads';

/**
 * Downloads: the map on the shown day as PNG or SVG, as on screen; each country's status that
 * day as CSV; the whole dataset as CSV (an update per row and source) or JSON.
 */
export function DownloadPanel() {
  const downloads = useDownloads();
  const ids = useId();
  const dayText = downloads.day !== null ? formatDate(downloads.day) : '…';
  // Not disabled while busy: a disabled button drops keyboard focus out of the dialog.
  return (
    <>
      <section className="share__group" aria-labelledby={`${ids}-image`}>
        <h3 id={`${ids}-image`} className="share__label">
          {strings.share.image(dayText)}
        </h3>
        <div className="share__actions">
          <button
            type="button"
            className="button share__primary"
            disabled={!downloads.imageReady}
            aria-busy={downloads.busy}
            onClick={() => void downloads.png()}
          >
            {strings.share.png}
          </button>
          <button type="button" className="button" disabled={!downloads.imageReady} onClick={downloads.svg}>
            {strings.share.svg}
          </button>
        </div>
      </section>
      <section className="share__group" aria-labelledby={`${ids}-data`}>
        <h3 id={`${ids}-data`} className="share__label">
          {strings.share.data}
        </h3>
        <div className="share__actions">
          <button
            type="button"
            className="button"
            disabled={!downloads.statusesReady}
            onClick={downloads.statuses}
          >
            {strings.share.statusCsv(dayText)}
          </button>
          <button
            type="button"
            className="button"
            disabled={!downloads.dataReady}
            onClick={() => downloads.data('csv')}
          >
            {strings.share.csv}
          </button>
          <button
            type="button"
            className="button"
            disabled={!downloads.dataReady}
            onClick={() => downloads.data('json')}
          >
            {strings.share.json}
          </button>
        </div>
      </section>
      <p role="status" aria-live="polite" className="share__status">
        {downloads.message}
      </p>
    </>
  );
}
