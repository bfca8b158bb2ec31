/**
 * One CSV cell: RFC 4180 quoting, plus a leading apostrophe on cells that a spreadsheet would
 * otherwise run as a formula (=, +, -, @, tab, CR) — the data may come from anyone.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: CRLF line ends, the last row ended too. */
export const csvRows = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
