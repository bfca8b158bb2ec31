/**
 * What a dataset check reports, shared by the compiled check's path (checkDataset) and zod's
 * (validateDataset), and nothing else: the page loads this without zod.
 */
import type { Dataset } from './schema';

/** One thing wrong with a dataset, located by a JSON path such as `updates[12].date`. */
export interface Problem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** Dates after this day are rejected as "in the future". Defaults to now. */
  today?: Date;
  /** Country ids the map can draw. Defaults to the bundled world topology's. */
  drawableCountries?: ReadonlySet<string>;
}

/** Shortens a hostile or huge value so it can be quoted in a message. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** One line per problem, as printed by `npm run validate:data` and shown to editors. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
