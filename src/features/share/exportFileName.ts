import { DATASET_URL } from '../../shared/load/loadDataset';

/**
 * File names for downloads, after the dataset's own file ("huawei-5g"), so a newsroom that
 * swaps in its own dataset gets its own names: `huawei-5g-status-2020-07-15.png`,
 * `huawei-5g-2022-06-29.csv`. `date` is YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function exportFileName(kind: 'status' | 'data', date: string, extension: string): string {
  const base = (DATASET_URL.split('/').pop() ?? 'map').replace(/\.json$/i, '');
  const safeDate = date.replace(/[^0-9-]/g, '');
  return `${base}${kind === 'status' ? '-status' : ''}-${safeDate}.${extension}`;
}
