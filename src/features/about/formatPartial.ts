import { parseDate } from '../../data/dates';
import { formatDate } from '../../shared/text/formatDate';

/** A dataset date ("2019-02", "2026-05-27") as the page writes it, or null if absent or invalid. */
export function formatPartial(value: string | undefined): string | null {
  const parsed = value ? parseDate(value) : null;
  return parsed ? formatDate(parsed.day, parsed.precision) : null;
}
