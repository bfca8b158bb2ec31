/** Budget rows and the printed table. */

export type Unit = 'KB' | 'ms' | '%' | 'score' | 'cls' | 'fps';

export interface Row {
  section: string;
  metric: string;
  unit: Unit;
  ours: number | null;
  baseline: number | null;
  /** Text for the budget column; empty when the row is information only. */
  budget: string;
  /** Whether the budget holds; null when there is no budget (or nothing to judge it on). */
  pass: boolean | null;
  /** Why a budgeted row could not be judged (a measurement is missing). */
  missing?: string;
  /**
   * An absolute upper limit (`max`) that the baseline misses as well: no page, not even the
   * hand-written one, meets it on this machine, which is slower than the budget assumes.
   */
  baselineMissesToo?: boolean;
}

/** 1 KB = 1000 bytes, as Vite's build output and Chrome DevTools count. */
export const KB = 1000;

export function fmt(value: number | null, unit: Unit): string {
  if (value === null || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'KB':
      return `${(value / KB).toFixed(1)} KB`;
    case 'ms':
      return value < 10
        ? `${value.toFixed(2)} ms`
        : value < 100
          ? `${value.toFixed(1)} ms`
          : `${Math.round(value)} ms`;
    case '%':
      return `${(value * 100).toFixed(1)} %`;
    case 'score':
      return String(Math.round(value));
    case 'cls':
      return value.toFixed(3);
    case 'fps':
      return `${value.toFixed(1)} fps`;
  }
}

function ratio(row: Row): string {
  if (row.ours === null || row.baseline === null || row.baseline === 0) return '—';
  return `${(row.ours / row.baseline).toFixed(2)}×`;
}

/**
 * A budget row. `max`/`min` are absolute limits in the row's unit (bytes, ms, fraction, score);
 * `maxRatio` limits ours/baseline; `maxOf` limits ours against another figure (`of`, labelled).
 */
export function judge(
  row: Omit<Row, 'pass' | 'budget'>,
  budget:
    | { max: number }
    | { min: number }
    | { maxRatio: number }
    | { maxOf: number; of: number | null; label: string }
    | null,
  missing?: string,
): Row {
  if (!budget) return { ...row, budget: '', pass: null };
  let text: string;
  let pass: boolean | null;
  let baselineMissesToo = false;
  if ('maxRatio' in budget) {
    text = `≤ ${budget.maxRatio}× baseline`;
    pass = row.ours !== null && row.baseline ? row.ours <= budget.maxRatio * row.baseline : null;
  } else if ('maxOf' in budget) {
    const limit = budget.of === null ? null : budget.maxOf * budget.of;
    text = `≤ ${budget.maxOf}× ${budget.label}${limit === null ? '' : ` (${fmt(limit, row.unit)})`}`;
    pass = row.ours !== null && limit !== null ? row.ours <= limit : null;
  } else if ('max' in budget) {
    text = row.unit === 'cls' ? `= ${fmt(budget.max, row.unit)}` : `≤ ${fmt(budget.max, row.unit)}`;
    pass = row.ours === null ? null : row.ours <= budget.max;
    baselineMissesToo = row.baseline !== null && row.baseline > budget.max;
  } else {
    text = budget.min === 100 && row.unit === 'score' ? '= 100' : `≥ ${fmt(budget.min, row.unit)}`;
    pass = row.ours === null ? null : row.ours >= budget.min;
  }
  return {
    ...row,
    budget: text,
    pass,
    ...(pass === null ? { missing: missing ?? 'not measured' } : {}),
    ...(baselineMissesToo ? { baselineMissesToo } : {}),
  };
}

/** Rows whose budget failed or could not be checked. */
export function misses(rows: readonly Row[]): string[] {
  return rows
    .filter((r) => r.budget && r.pass !== true)
    .map((r) =>
      r.pass === false
        ? `${r.section} — ${r.metric}: ${fmt(r.ours, r.unit)}${r.baseline !== null ? ` (baseline ${fmt(r.baseline, r.unit)}, ${ratio(r)})` : ''}, budget ${r.budget}` +
          (r.baselineMissesToo
            ? ' — the baseline misses it too: this machine is slower than the budget assumes'
            : '')
        : `${r.section} — ${r.metric}: not measured (${r.missing ?? 'no figure'}), budget ${r.budget}`,
    );
}

export function table(rows: readonly Row[]): string {
  const header = ['metric', 'ours', 'baseline', 'ours/base', 'budget', 'result'];
  const body = rows.map((r) => [
    `  ${r.metric}`,
    fmt(r.ours, r.unit),
    fmt(r.baseline, r.unit),
    ratio(r),
    r.budget,
    r.budget ? (r.pass === true ? 'pass' : r.pass === false ? 'FAIL' : 'n/a') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  ')];
  let section = '';
  rows.forEach((r, i) => {
    if (r.section !== section) {
      section = r.section;
      out.push(r.section);
    }
    out.push(line(body[i]!));
  });
  return out.join('\n');
}
