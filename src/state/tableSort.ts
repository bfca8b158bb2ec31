/**
 * The table's order as the URL names it: `sort=status` (the default), `sort=-date` for the
 * latest update first. A leading `-` means descending; columns are named as readers read them.
 */
export const TABLE_COLUMNS = ['name', 'status', 'date', 'updates'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableSort {
  column: TableColumn;
  /** The words aria-sort uses, so the table can hand them on as they are. */
  dir: 'ascending' | 'descending';
}

export const DEFAULT_TABLE_SORT: TableSort = { column: 'status', dir: 'ascending' };

/** `status` → status ascending, `-date` → date descending; null for anything else. */
export function parseTableSort(raw: string): TableSort | null {
  const descending = raw.startsWith('-');
  const column = descending ? raw.slice(1) : raw;
  if (!(TABLE_COLUMNS as readonly string[]).includes(column)) return null;
  return { column: column as TableColumn, dir: descending ? 'descending' : 'ascending' };
}

export function formatTableSort(sort: TableSort): string {
  return `${sort.dir === 'descending' ? '-' : ''}${sort.column}`;
}

export function isDefaultTableSort(sort: TableSort): boolean {
  return sort.column === DEFAULT_TABLE_SORT.column && sort.dir === DEFAULT_TABLE_SORT.dir;
}
