/**
 * A spreadsheet's CSV export, read by hand (RFC 4180 and what Excel, Numbers, LibreOffice and
 * Google Sheets write): UTF-8 with or without a BOM; comma or semicolon separated (Excel in much
 * of Europe writes semicolons), detected from the header; quoted fields with `""` for a quote and
 * line breaks inside; CRLF, LF or CR line ends.
 */

export type CsvDelimiter = ',' | ';';

/** One record; `row` is its spreadsheet row (the header is row 1), whatever line breaks it holds. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export type CsvParseResult =
  | { ok: true; delimiter: CsvDelimiter; records: CsvRecord[] }
  /** A quote that never closes: everything after it would be one field. `cell` is 0-based. */
  | { ok: false; delimiter: CsvDelimiter; unclosedQuote: { row: number; cell: number } };

/** The delimiter of the header line (up to its first line break outside quotes): the more frequent. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') break;
    else if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses CSV text into records. Never throws; an unclosed quote is the only malformed input. */
export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    cells.push(cell);
    records.push({ row, cells });
    cells = [];
    cell = '';
    row++;
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      // A quoted field (a quote anywhere else is taken as it is, as spreadsheets do).
      const openedRow = row;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        cell += c;
        i++;
      }
      if (!closed) return { ok: false, delimiter, unclosedQuote: { row: openedRow, cell: cells.length } };
      // Anything between the closing quote and the delimiter is kept (`"a"b` → `ab`).
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  // A last record without a line end; a file that ends with one has no empty record after it.
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, delimiter, records };
}

/**
 * The text of a CSV file's bytes, strictly UTF-8: null when they are not (a file saved as
 * "CSV" rather than "CSV UTF-8" from Excel, in Windows-1252), so that the importer can say so
 * instead of importing mojibake.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
