/** Figures by name, site first: "app.painted" (ms), "baseline.js" (bytes); null when not measured. */
export type Figures = Record<string, number | null>;

export type Unit = 'ms' | 'KB' | '%' | 'score' | 'cls';

/**
 * One budget: the figure judged (`ours`), the one printed beside it (`ref`, the baseline's mostly),
 * and its limit: `max` or `min` in the figure's own unit (bytes, ms, a fraction, a score), or
 * `times` the ref figure (named `refName` in the budget column, "baseline" unless said).
 */
export type Budget = { what: string; unit: Unit; ours: string; ref?: string; refName?: string } & (
  { max: number } | { min: number } | { times: number }
);

/** Step budgets for a pair of sites: medians and p95s, for "few" and "all" countries changing. */
const steps = (label: string, ours: string, ref: string): Budget[] =>
  (['few', 'all'] as const).flatMap((kind) => {
    const what = `${label}step, ${kind === 'few' ? 'a few countries change' : 'all change (wrap)'}`;
    const row = (stat: string, times: number): Budget => {
      const [o, r] = [`${ours}.${kind}.${stat}`, `${ref}.${kind}.${stat}`];
      return { what: `${what}, ${stat}`, unit: 'ms', ours: o, ref: r, times };
    };
    return [row('median', 1.5), row('p95', 2)];
  });

/** Every budget, all at 4× CPU. bench/README.md says how each figure is measured. */
export const BUDGETS: readonly Budget[] = [
  { what: 'map painted with colours', unit: 'ms', ours: 'app.painted', ref: 'baseline.painted', times: 1 },
  { what: 'first view bytes, all', unit: 'KB', ours: 'app.bytes', ref: 'baseline.bytes', max: 250_000 },
  { what: 'first view bytes, JS', unit: 'KB', ours: 'app.js', ref: 'baseline.js', max: 150_000 },
  { what: 'longest task while loading', unit: 'ms', ours: 'app.task', ref: 'baseline.task', max: 150 },
  ...steps('', 'app', 'baseline'),
  {
    what: '100×: map painted (against the app)',
    unit: 'ms',
    ours: 'app-x100.painted',
    ref: 'app.painted',
    refName: 'app',
    times: 1.2,
  },
  ...steps('100×: ', 'app-x100', 'baseline-x100'),
  { what: 'heap growth over the loops', unit: '%', ours: 'heap.growth', max: 0.05 },
  { what: 'Lighthouse performance', unit: 'score', ours: 'lighthouse.performance', min: 95 },
  { what: 'Lighthouse accessibility', unit: 'score', ours: 'lighthouse.accessibility', min: 100 },
  { what: 'Lighthouse best practices', unit: 'score', ours: 'lighthouse.bestPractices', min: 100 },
  { what: 'Lighthouse layout shift (CLS)', unit: 'cls', ours: 'lighthouse.cls', max: 0 },
  { what: 'Lighthouse total blocking time', unit: 'ms', ours: 'lighthouse.tbt', max: 200 },
];

export interface Verdict {
  budget: Budget;
  ours: number | null;
  ref: number | null;
  limit: number | null;
  /** null: a figure is missing (counts as a miss) or was skipped on purpose (does not). */
  holds: boolean | null;
  skipped: boolean;
}

/** Judges every budget against the figures; `skipped` says which figures were left out on purpose. */
export function judge(figures: Figures, skipped: (figure: string) => boolean): Verdict[] {
  return BUDGETS.map((budget) => {
    const ours = figures[budget.ours] ?? null;
    const ref = budget.ref ? (figures[budget.ref] ?? null) : null;
    const limit =
      'times' in budget
        ? ref === null
          ? null
          : budget.times * ref
        : 'max' in budget
          ? budget.max
          : budget.min;
    const holds = ours === null || limit === null ? null : 'min' in budget ? ours >= limit : ours <= limit;
    return { budget, ours, ref, limit, holds, skipped: skipped(budget.ours) };
  });
}

export function fmt(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  if (unit === 'KB') return `${(value / 1000).toFixed(1)} KB`;
  if (unit === '%') return `${(value * 100).toFixed(1)} %`;
  if (unit === 'score') return String(Math.round(value));
  if (unit === 'cls') return value.toFixed(3);
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
}

function budgetText({ budget: b, limit }: Verdict): string {
  if ('times' in b)
    return `≤ ${b.times.toFixed(1)}× ${b.refName ?? 'baseline'}${limit === null ? '' : ` (${fmt(limit, b.unit)})`}`;
  if ('min' in b) return b.unit === 'score' && b.min === 100 ? '= 100' : `≥ ${fmt(b.min, b.unit)}`;
  return b.unit === 'cls' ? `= ${fmt(b.max, 'cls')}` : `≤ ${fmt(b.max, b.unit)}`;
}

const ratio = (v: Verdict) => (v.ours !== null && v.ref ? `${(v.ours / v.ref).toFixed(2)}×` : '—');
const holdsText = (v: Verdict) =>
  v.holds === true ? 'yes' : v.holds === false ? 'NO' : v.skipped ? 'skipped' : 'not measured';

/** The table, in Markdown (for the README): what | ours | baseline (the ref figure) | ratio | budget | holds. */
export function table(verdicts: readonly Verdict[]): string {
  const rows = verdicts.map((v) => {
    const { what, unit } = v.budget;
    return [what, fmt(v.ours, unit), fmt(v.ref, unit), ratio(v), budgetText(v), holdsText(v)];
  });
  rows.unshift(['what', 'ours', 'baseline', 'ratio', 'budget', 'holds']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i >= 1 && i <= 3 ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

/** One line per budget missed or not measured (skipped ones are not misses). */
export function misses(verdicts: readonly Verdict[]): string[] {
  return verdicts
    .filter((v) => v.holds === false || (v.holds === null && !v.skipped))
    .map(
      (v) =>
        `${v.budget.what}: ${v.holds === false ? fmt(v.ours, v.budget.unit) : 'not measured'}, budget ${budgetText(v)}`,
    );
}
