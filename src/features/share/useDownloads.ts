import { useState } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { strings } from '../../shared/text/strings';
import { useCurrentDay } from '../../shared/hooks/useCurrentDay';
import { useResolvedTheme } from '../../shared/hooks/useResolvedTheme';
import { useAppStore } from '../../state/AppStoreContext';
import { formatDay } from '../../data/dates';
import { toCsv } from '../../data/toCsv';
import { toStatusCsv } from '../../data/toStatusCsv';
import { useWorld } from '../../shared/load/worldQuery';
import { downloadBlob } from './downloadBlob';
import { exportFileName } from './exportFileName';
import { mapToSvg } from './mapToSvg';
import { svgToPng } from './svgToPng';

// A byte-order mark, or Excel reads the UTF-8 (curly quotes, accents) as ANSI.
const csvBlob = (text: string) => new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });

/**
 * The Share dialog's downloads and what they announce. The map is framed and coloured as on
 * screen (region preset, resolved theme) on the shown day: compare mode's later date, which the
 * store keeps as its date.
 */
export function useDownloads() {
  const index = useDataset().data;
  const world = useWorld().data;
  const day = useCurrentDay();
  const theme = useResolvedTheme();
  const region = useAppStore((s) => s.region);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const save = (blob: Blob, fileName: string) => {
    downloadBlob(blob, fileName);
    setMessage(strings.share.saved(fileName));
  };
  const image = () =>
    index && world && day !== null ? mapToSvg({ geometry: world, index, day, theme, region }) : null;

  const svg = () => {
    const map = image();
    if (map && day !== null)
      save(new Blob([map.svg], { type: 'image/svg+xml' }), exportFileName('status', formatDay(day), 'svg'));
  };
  const png = async () => {
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
  const statuses = () => {
    if (index && day !== null)
      save(csvBlob(toStatusCsv(index, day)), exportFileName('status', formatDay(day), 'csv'));
  };
  const data = (format: 'csv' | 'json') => {
    if (!index) return;
    const { dataset } = index;
    const blob =
      format === 'csv'
        ? csvBlob(toCsv(dataset))
        : new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' });
    save(blob, exportFileName('data', dataset.updatedAt, format));
  };

  return {
    day,
    message,
    busy,
    imageReady: Boolean(index && world && day !== null),
    statusesReady: Boolean(index && day !== null),
    dataReady: Boolean(index),
    png,
    svg,
    statuses,
    data,
  };
}
