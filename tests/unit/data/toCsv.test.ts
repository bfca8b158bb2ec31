import { describe, expect, it } from 'vitest';
import { toCsv, CSV_COLUMNS } from '../../../src/data/toCsv';
import type { Dataset } from '../../../src/data/schema';

const ds: Dataset = {
  schemaVersion: 1,
  title: 't',
  description: 'd',
  updatedAt: '2022-01-01',
  entities: [{ id: 'CAN', kind: 'country', name: 'Canada' }],
  updates: [
    {
      id: 'u1',
      entity: 'CAN',
      date: '2019-02-01',
      text: 'Says "no", then, a comma\nand a line',
      sources: [
        { name: 'A', date: 'February 1, 2019' },
        { name: '=HYPERLINK("http://evil")', url: 'https://x.test/' },
      ],
      status: { CAN: 'debating' },
      provenance: 'article',
    },
  ],
};

describe('toCsv', () => {
  const csv = toCsv(ds);
  const lines = csv.split('\r\n');
  it('has a header and one row per update × source', () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    // Rows end in CRLF; the text's own LF stays inside its quoted cell.
    expect(lines.filter(Boolean)).toHaveLength(1 + 2);
  });
  it('quotes commas, quotes and newlines per RFC 4180', () => {
    expect(csv).toContain('"Says ""no"", then, a comma\nand a line"');
  });
  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('CAN=debating');
  });
});
