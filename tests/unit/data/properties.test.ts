import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createIndex } from '../../../src/data/createIndex';
import { validateDataset } from '../../../src/data/validateDataset';
import { parseDate, formatDay } from '../../../src/data/dates';
import type { StatusOrNone } from '../../../src/data/status';
import { STATUSES, STATUS_OR_NONE } from '../../huaweiScale';
import { DEFAULT_TABLE_SORT, TABLE_COLUMNS } from '../../../src/state/tableSort';
import type { Dataset } from '../../../src/data/schema';
import {
  formatDayAt,
  stateToSearch,
  urlToState,
  VIEWS,
  REGIONS,
  THEMES,
  type UrlState,
} from '../../../src/state/urlState';

const ENTITY_IDS = ['CAN', 'USA', 'FRA', 'DEU'] as const;
const day0 = parseDate('2018-01-01')!.day;
const SPAN = 1800;

const dateArb = fc.integer({ min: 0, max: SPAN }).chain((offset) =>
  fc.constantFrom<'day' | 'month' | 'year'>('day', 'month', 'year').map((precision) => {
    const iso = formatDay(day0 + offset);
    return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
  }),
);

const datasetArb: fc.Arbitrary<Dataset> = fc
  .array(
    fc.record({
      entity: fc.constantFrom(...ENTITY_IDS),
      date: dateArb,
      status: fc.option(
        fc.dictionary(fc.constantFrom(...ENTITY_IDS), fc.constantFrom(...STATUSES), { maxKeys: 3 }),
        { nil: undefined },
      ),
    }),
    { maxLength: 40 },
  )
  .map((updates) => ({
    schemaVersion: 1 as const,
    title: 't',
    description: 'd',
    updatedAt: '2022-01-01',
    entities: ENTITY_IDS.map((id) => ({ id, kind: 'country' as const, name: id })),
    updates: updates.map((u, i) => ({
      id: `u${i}`,
      text: 'x',
      sources: [{ name: 's' }],
      provenance: 'article' as const,
      ...u,
    })),
  }));

/** The rule, written the slow and obvious way: the last status-setting update on or before the day. */
function naiveStatusAt(d: Dataset, entity: string, day: number): StatusOrNone {
  let best: { day: number; order: number; status: StatusOrNone } | null = null;
  d.updates.forEach((u, order) => {
    const status = u.status?.[entity];
    const ud = parseDate(u.date)!.day;
    if (!status || ud > day) return;
    if (!best || ud > best.day || (ud === best.day && order > best.order))
      best = { day: ud, order, status: status };
  });
  return (best as { status: StatusOrNone } | null)?.status ?? 'none';
}

describe('properties', () => {
  it('statusAt equals the status of the last status-setting update on or before the day', () => {
    fc.assert(
      fc.property(datasetArb, fc.integer({ min: -10, max: SPAN + 400 }), (dataset, offset) => {
        const index = createIndex(dataset);
        const day = day0 + offset;
        for (const id of ENTITY_IDS) expect(index.statusAt(id, day)).toBe(naiveStatusAt(dataset, id, day));
        const all = index.statusesAt(day);
        for (const id of ENTITY_IDS) expect(all.get(id) ?? 'none').toBe(naiveStatusAt(dataset, id, day));
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes the validator: any JSON value passes or gets messages', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          datasetArb.map((d) => JSON.parse(JSON.stringify(d)) as unknown),
        ),
        (value) => {
          const result = validateDataset(value);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) expect(typeof p.message).toBe('string');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('mutated real-shaped datasets still get messages, never exceptions', () => {
    fc.assert(
      fc.property(datasetArb, fc.jsonValue(), fc.nat(5), (dataset, junk, where) => {
        const copy = JSON.parse(JSON.stringify(dataset)) as Record<string, any>;
        const targets = [
          copy,
          copy.entities?.[0],
          copy.updates?.[0],
          copy.updates?.[0]?.sources?.[0],
          copy.updates?.[0]?.status,
          copy,
        ];
        const target = targets[where];
        if (target && typeof target === 'object') target[Object.keys(target)[0] ?? 'x'] = junk;
        expect(() => validateDataset(copy)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('URL parse ∘ serialize is the identity on valid states', () => {
    const dayArb = fc.integer({ min: day0, max: day0 + SPAN });
    const stateArb: fc.Arbitrary<UrlState> = fc
      .record({
        date: fc.option(dayArb, { nil: null }),
        precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
        range: fc.option(fc.tuple(dayArb, dayArb), { nil: null }),
        country: fc.option(fc.constantFrom('CAN', 'GBR', 'bt-group', 'EU'), { nil: null }),
        view: fc.constantFrom(...VIEWS),
        region: fc.constantFrom(...REGIONS),
        embed: fc.boolean(),
        theme: fc.constantFrom(...THEMES),
        autoplay: fc.boolean(),
        controls: fc.boolean(),
        childId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), { nil: null }),
        tableSort: fc.record({
          column: fc.constantFrom(...TABLE_COLUMNS),
          dir: fc.constantFrom('ascending' as const, 'descending' as const),
        }),
        tableStatus: fc.option(fc.constantFrom(...STATUS_OR_NONE), { nil: null }),
        tableQuery: fc.oneof(fc.constant(''), fc.stringMatching(/^[\p{L} .'-]{0,20}\p{L}$/u)),
      })
      .map(({ range, date, precision, tableSort, tableStatus, tableQuery, ...rest }) => {
        const compare = range ? { from: Math.min(...range), to: Math.max(...range) } : null;
        // The table's order, filter and search are in a link to the table only.
        const table =
          rest.view === 'table'
            ? { tableSort, tableStatus, tableQuery }
            : { tableSort: DEFAULT_TABLE_SORT, tableStatus: null, tableQuery: '' };
        // A month or a year is its first day (date=2018-12 is 1 December 2018, shown as the month).
        const datePrecision = compare || date === null ? 'day' : precision;
        const shown = date === null ? null : parseDate(formatDayAt(date, datePrecision))!.day;
        return { ...rest, ...table, compare, date: compare ? compare.to : shown, datePrecision };
      });
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(urlToState(stateToSearch(state))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('URL parsing never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(() => urlToState(s)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
