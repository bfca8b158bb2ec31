/**
 * The one status scale: every status, its label, meaning and colours come from here —
 * legend, map fills, table, tooltip and exports all read this constant.
 */
export const STATUSES = ['banned', 'restricted', 'debating', 'permitted'] as const;
export type Status = (typeof STATUSES)[number];
/** A status on a date, or `none` before an entity's first status-setting update. */
export type StatusOrNone = Status | 'none';
export const STATUS_OR_NONE: readonly StatusOrNone[] = [...STATUSES, 'none'];

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}
