import { useId, useState } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useCurrentDay } from '../../shared/hooks/useCurrentDay';
import { formatDay } from '../../data/dates';
import { toCsv } from '../../data/toCsv';
import { buildGeometry } from '../../shared/geometry/buildGeometry';
import { useWorld } from '../../shared/load/worldQuery';
import { downloadBlob } from './downloadBlob';
import { exportFileName } from './exportFileName';
import { mapToSvg } from './mapToSvg';
import { svgToPng } from './svgToPng';

/** Downloads: the map on the shown day as PNG or SVG, and the dataset as CSV or JSON. */
export function DownloadPanel() {
  const index = useDataset().data;
  const world = useWorld().data;
  const day = useCurrentDay();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const save = (blob: Blob, fileName: string) => {
    downloadBlob(blob, fileName);
    setMessage(strings.share.saved(fileName));
  };
  const image = () =>
    index && world && day !== null ? mapToSvg({ geometry: buildGeometry(world), index, day }) : null;

  const downloadSvg = () => {
    const map = image();
    if (map && day !== null)
      save(new Blob([map.svg], { type: 'image/svg+xml' }), exportFileName('status', formatDay(day), 'svg'));
  };
  const downloadPng = async () => {
    const map = image();
    if (!map || day === null || busy) return;
    setBusy(true);
    setMessage('');
    try {
      save(await svgToPng(map.svg, map.width, map.height), exportFileName('status', formatDay(day), 'png'));
    } catch (error) {
      console.error('[share] PNG export', error);
      setMessage(strings.share.failed);
    } finally {
      setBusy(false);
    }
  };
  const downloadData = (format: 'csv' | 'json') => {
    if (!index) return;
    const { dataset } = index;
    const blob =
      format === 'csv'
        ? // A byte-order mark, or Excel reads the UTF-8 (curly quotes, accents) as ANSI.
          new Blob(['\uFEFF', toCsv(dataset)], { type: 'text/csv;charset=utf-8' })
        : new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' });
    save(blob, exportFileName('data', dataset.updatedAt, format));
  };

  // Not disabled while busy: a disabled button drops keyboard focus out of the dialog.
  const imageReady = Boolean(index && world && day !== null);
  return (
    <>
      <section className="share__group" aria-labelledby={`${ids}-image`}>
        <h3 id={`${ids}-image`} className="share__label">
          {strings.share.image(day !== null ? formatDate(day) : '…')}
        </h3>
        <div className="share__actions">
          <button
            type="button"
            className="button share__primary"
            disabled={!imageReady}
            aria-busy={busy}
            onClick={() => void downloadPng()}
          >
            {strings.share.png}
          </button>
          <button type="button" className="button" disabled={!imageReady} onClick={downloadSvg}>
            {strings.share.svg}
          </button>
        </div>
      </section>
      <section className="share__group" aria-labelledby={`${ids}-data`}>
        <h3 id={`${ids}-data`} className="share__label">
          {strings.share.data}
        </h3>
        <div className="share__actions">
          <button type="button" className="button" disabled={!index} onClick={() => downloadData('csv')}>
            {strings.share.csv}
          </button>
          <button type="button" className="button" disabled={!index} onClick={() => downloadData('json')}>
            {strings.share.json}
          </button>
        </div>
      </section>
      <p role="status" aria-live="polite" className="share__status">
        {message}
      </p>
    </>
  );
}
