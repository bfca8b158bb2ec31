import { describe, expect, it } from 'vitest';
import { decodeUtf8, detectDelimiter, parseCsv } from '../../../src/data/parseCsv';

const cells = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error('unexpected unclosed quote');
  return r.records.map((rec) => rec.cells);
};

describe('parseCsv', () => {
  it('reads comma-separated rows, with or without a final line end', () => {
    expect(cells('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('drops a BOM', () => {
    expect(cells('\uFEFFentity,date\nUSA,2020\n')[0]).toEqual(['entity', 'date']);
  });
  it('detects a semicolon from the header, and keeps commas in its fields', () => {
    expect(detectDelimiter('entity;date;text\n')).toBe(';');
    expect(detectDelimiter('entity,date,text\n')).toBe(',');
    // A quoted header cell with semicolons does not count.
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(cells('entity;text\nFRA;Paris, then Lyon\n')[1]).toEqual(['FRA', 'Paris, then Lyon']);
  });
  it('reads quoted fields with "" escapes, delimiters and line breaks inside', () => {
    expect(cells('a,b\n"say ""hi""","x,\r\ny"\n')[1]).toEqual(['say "hi"', 'x,\r\ny']);
    expect(cells('a,b\n"",""""\n')[1]).toEqual(['', '"']);
  });
  it('takes CRLF, LF and CR line ends', () => {
    expect(cells('a\r\n1\r\n2\r3\n4')).toEqual([['a'], ['1'], ['2'], ['3'], ['4']]);
  });
  it('numbers records as spreadsheet rows, a record with line breaks counting once', () => {
    const r = parseCsv('h1,h2\n"multi\nline",x\nnext,y\n');
    expect(r.ok && r.records.map((rec) => rec.row)).toEqual([1, 2, 3]);
  });
  it('keeps empty cells and a quote inside an unquoted field', () => {
    expect(cells('a,,c\nhe said "no",,\n')).toEqual([
      ['a', '', 'c'],
      ['he said "no"', '', ''],
    ]);
  });
  it('reports the row and cell where an unclosed quote opened', () => {
    expect(parseCsv('a,b\n1,2\nx,"never\ncloses\n')).toEqual({
      ok: false,
      delimiter: ',',
      unclosedQuote: { row: 3, cell: 1 },
    });
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops its BOM; refuses Windows-1252', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0xc3, 0xbc]))).toBe('Tü');
    expect(decodeUtf8(new Uint8Array([0x54, 0xfc, 0x72]))).toBeNull();
  });
});
