import { useId, useMemo, useState } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { useCurrentDay } from '../../shared/hooks/useCurrentDay';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useAppStore } from '../../state/AppStoreContext';
import { STATUS_OR_NONE, type StatusOrNone } from '../../data/status';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';
import { entityName } from '../../data/entityName';
import { matchesQuery, sortRows, tableRows, type SortDir, type SortKey } from './tableRows';
import './TableView.css';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: strings.table.name },
  { key: 'status', label: strings.table.status },
  { key: 'latest', label: strings.table.latest },
  { key: 'count', label: strings.table.count },
];

/**
 * The table view: the same information as the map, for readers who would rather read. It
 * follows the timeline; a row's name opens the same panel as the map.
 */
export function TableView() {
  const { data: index, isError } = useDataset();
  const day = useCurrentDay();
  const selectCountry = useAppStore((s) => s.selectCountry);
  const selected = useAppStore((s) => s.country);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'status', dir: 'ascending' });
  const [filter, setFilter] = useState<StatusOrNone | 'all'>('all');
  const [query, setQuery] = useState('');
  const captionId = useId();

  const rows = useMemo(() => (index && day !== null ? tableRows(index, day) : []), [index, day]);
  const visible = useMemo(
    () =>
      sortRows(
        rows.filter((r) => (filter === 'all' || r.status === filter) && matchesQuery(r, query)),
        sort.key,
        sort.dir,
      ),
    [rows, filter, query, sort],
  );
  // The page's alert explains a failed load and offers Retry; the table just says it is empty.
  if (isError) return <p className="loading">{strings.table.unavailable}</p>;
  if (!index || day === null) return <p className="loading">{strings.loading}</p>;

  const toggleSort = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div className="table-view" id="table">
      <div className="table-view__controls">
        <label className="table-view__field">
          <span>{strings.table.filterLabel}</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as StatusOrNone | 'all')}>
            <option value="all">{strings.table.allStatuses}</option>
            {STATUS_OR_NONE.map((s) => (
              <option key={s} value={s}>
                {strings.statusLabel[s]}
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
              {strings.table.caption(formatDate(day), visible.length, rows.length)}
            </span>
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : 'none'}>
                  <button type="button" onClick={() => toggleSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true" className="table-view__sort">
                      {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
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
                    {strings.statusLabel[r.status]}
                  </span>
                </td>
                <td>{r.latest ? formatDate(r.latest.day, r.latest.precision) : '—'}</td>
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
