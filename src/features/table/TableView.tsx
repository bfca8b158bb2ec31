import { useId, useMemo } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { useCurrentDay } from '../../shared/hooks/useCurrentDay';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { possessive } from '../../shared/text/storyText';
import { useAppStore } from '../../state/AppStoreContext';
import type { TableColumn } from '../../state/tableSort';
import { statusLabel } from '../../shared/text/statusText';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';
import { searchDataset } from '../../data/searchDataset';
import { entityName } from '../../data/entityName';
import { sortRows, tableRows, type SortKey } from './tableRows';
import './TableView.css';

/** `column`: the name the URL's `sort=` gives it (state/tableSort.ts). */
const COLUMNS: { key: SortKey; column: TableColumn; label: string }[] = [
  { key: 'name', column: 'name', label: strings.table.name },
  { key: 'status', column: 'status', label: strings.table.status },
  { key: 'latest', column: 'date', label: strings.table.latest },
  { key: 'count', column: 'updates', label: strings.table.count },
];

/**
 * The table view: the same information as the map, for readers who would rather read. It
 * follows the timeline; a row's name opens the same panel as the map. Its order, status filter
 * and search are in the store, so a link to the table keeps them.
 */
export function TableView() {
  const { data: index, isError } = useDataset();
  const day = useCurrentDay();
  const selectCountry = useAppStore((s) => s.selectCountry);
  const selected = useAppStore((s) => s.country);
  const sort = useAppStore((s) => s.tableSort);
  const filter = useAppStore((s) => s.tableStatus) ?? 'all';
  const query = useAppStore((s) => s.tableQuery);
  const setSort = useAppStore((s) => s.setTableSort);
  const setFilter = useAppStore((s) => s.setTableStatus);
  const setQuery = useAppStore((s) => s.setTableQuery);
  const sortKey = COLUMNS.find((c) => c.column === sort.column)!.key;
  const captionId = useId();

  const rows = useMemo(() => (index && day !== null ? tableRows(index, day) : []), [index, day]);
  // The header search's matcher, unlimited: aliases ("uk") and typos ("Swedan") find rows too.
  const found = useMemo(
    () => (query.trim() ? new Set(searchDataset(index, query, Infinity).map((r) => r.candidate.id)) : null),
    [index, query],
  );
  const visible = useMemo(
    () =>
      sortRows(
        rows.filter((r) => (filter === 'all' || r.status === filter) && (!found || found.has(r.id))),
        sortKey,
        sort.dir,
        index?.scale.order ?? [],
      ),
    [rows, filter, found, sortKey, sort.dir, index],
  );
  // The page's alert explains a failed load and offers Retry; the table just says it is empty.
  if (isError) return <p className="loading">{strings.table.unavailable}</p>;
  if (!index || day === null) return <p className="loading">{strings.loading}</p>;

  const toggleSort = (column: TableColumn) =>
    setSort({ column, dir: sort.column === column && sort.dir === 'ascending' ? 'descending' : 'ascending' });

  return (
    <div className="table-view" id="table">
      <div className="table-view__controls">
        <label className="table-view__field">
          <span>{strings.table.filterLabel}</span>
          <select
            value={filter}
            onChange={(e) => setFilter(e.target.value === 'all' ? null : e.target.value)}
          >
            <option value="all">{strings.table.allStatuses}</option>
            {index.scale.order.map((s) => (
              <option key={s} value={s}>
                {statusLabel(index.story, s)}
              </option>
            ))}
          </select>
        </label>
        <label className="table-view__field">
          <span>{strings.table.searchLabel}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        </label>
      </div>
      <div className="table-view__scroll">
        <table aria-labelledby={captionId} tabIndex={-1}>
          <caption id={captionId}>
            {/* A box of its own, the width of the visible part: see .table-view__caption. */}
            <span className="table-view__caption">
              {strings.table.caption(
                possessive(index.story.subject),
                formatDate(day),
                visible.length,
                rows.length,
              )}
            </span>
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.column === c.column ? sort.dir : 'none'}>
                  <button type="button" onClick={() => toggleSort(c.column)}>
                    {c.label}
                    <span aria-hidden="true" className="table-view__sort">
                      {sort.column === c.column ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={r.id} aria-selected={selected === r.id ? true : undefined}>
                <th scope="row">
                  <button type="button" className="table-view__name" onClick={() => selectCountry(r.id)}>
                    {r.name}
                  </button>
                  {r.kind !== 'country' && (
                    <span className="table-view__kind">{strings.table.kind[r.kind]}</span>
                  )}
                </th>
                <td>
                  <span className="table-view__status">
                    <StatusSwatch status={r.status} />
                    {statusLabel(index.story, r.status)}
                  </span>
                </td>
                <td>{r.latest ? formatDate(r.latest.day, r.latest.precision, 'short') : '—'}</td>
                <td className="table-view__num">
                  {r.count}
                  {r.fromBlocs.map((b) => (
                    <span key={b.bloc} className="table-view__from-bloc">
                      {' '}
                      {strings.table.fromBloc(b.count, entityName(index, b.bloc))}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {visible.length === 0 && <p className="table-view__empty">{strings.table.empty}</p>}
      </div>
    </div>
  );
}
