import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, formatProblems } from '../../../src/data/validateDataset';
import { datasetJsonSchema } from '../../../src/data/datasetJsonSchema';
import { parseDate, formatDay } from '../../../src/data/dates';
import type { Dataset, Update } from '../../../src/data/schema';
import checklist from '../../fixtures/article-checklist.json';

const raw: unknown = JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8'));

function load(): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.dataset;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "February 1, 2019" → "2019-02-01"; "August 2018" → "2018-08"; anything else → null. */
function isoOfPrinted(printed: string): string | null {
  const m = /^([A-Z][a-z]+)(?: (\d{1,2}))?, ?(\d{4})$|^([A-Z][a-z]+) (\d{4})$/.exec(printed);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1] ?? m[4] ?? '') + 1;
  const year = m[3] ?? m[5];
  if (!month || !year) return null;
  const mm = String(month).padStart(2, '0');
  return m[2] ? `${year}-${mm}-${m[2].padStart(2, '0')}` : `${year}-${mm}`;
}

describe('the bundled dataset', () => {
  it('passes validation', () => {
    const result = validateDataset(raw);
    expect(result.ok ? [] : formatProblems(result.problems).split('\n')).toEqual([]);
  });

  it('points editors at the published JSON Schema, which matches the zod definition', () => {
    const dataset = load();
    expect(dataset.$schema).toBe('./huawei-5g.schema.json');
    const committed: unknown = JSON.parse(readFileSync('public/data/huawei-5g.schema.json', 'utf8'));
    expect(committed).toEqual(datasetJsonSchema());
  });

  describe('holds every sourced item of the article, with the printed source and the right date', () => {
    const dataset = load();
    const names = new Map(dataset.entities.map((e) => [e.id, [e.name, ...(e.aliases ?? [])]]));
    const printedHeading = (u: Update) => u.corrections?.find((c) => c.field === 'entity')?.printed ?? null;
    const used = new Set<string>();

    it.each(
      checklist.items.map(
        (item) =>
          [
            `line ${item.line}: ${item.heading} — ${item.sources.map((s) => s.name).join(', ')}`,
            item,
          ] as const,
      ),
    )('%s', (_label, item) => {
      const candidates = dataset.updates.filter((u) => {
        if (u.provenance !== 'article') return false;
        const headingOk =
          item.heading === 'FAQ'
            ? u.question !== undefined
            : (printedHeading(u) ?? '') === item.heading ||
              (printedHeading(u) === null && (names.get(u.entity) ?? []).includes(item.heading));
        const sourcesOk =
          u.sources.length === item.sources.length &&
          item.sources.every(
            (s, i) => u.sources[i]?.name === s.name && (u.sources[i]?.date ?? null) === s.date,
          );
        return headingOk && sourcesOk && !used.has(u.id);
      });
      expect(candidates.length, 'exactly one unclaimed update matches').toBeGreaterThanOrEqual(1);
      const update = candidates[0]!;
      used.add(update.id);

      const printed = item.sources[0]?.date ?? null;
      const dateFix = update.corrections?.find((c) => c.field === 'date');
      if (dateFix) {
        // A corrected date: the printed value is kept and the timeline reads the correction.
        expect(dateFix.printed.replace(/\.$/, '')).toBe(printed?.replace(/\.$/, ''));
        expect(update.date).toBe(dateFix.corrected);
        expect(dateFix.reason.length).toBeGreaterThan(40);
      } else if (printed === null) {
        expect(update.note, 'an undated source needs a note saying how it was placed').toMatch(/undated/i);
      } else {
        expect(update.date).toBe(isoOfPrinted(printed));
      }
    });
  });

  it('has no update that no article item or reader comment accounts for', () => {
    const dataset = load();
    const article = dataset.updates.filter((u) => u.provenance === 'article');
    expect(article).toHaveLength(checklist.items.length);
  });

  it('lets no reader comment set a status', () => {
    const comments = load().updates.filter((u) => u.provenance === 'reader-comment');
    for (const c of comments) expect(c.status ?? {}).toEqual({});
  });

  it('explains every status that is not set on the entity the update is filed under', () => {
    for (const u of load().updates) {
      const others = Object.keys(u.status ?? {}).filter((id) => id !== u.entity);
      if (others.length > 0) expect(u.note, u.id).toBeTruthy();
    }
  });

  it('orders each heading’s updates by date once corrections are applied', () => {
    const dataset = load();
    const byEntity = new Map<string, number[]>();
    for (const u of dataset.updates) {
      const d = parseDate(u.date);
      // The article's items first, in its order; our summaries after them, in their own order.
      const key = `${u.entity} (${u.provenance === 'article' ? 'the article' : 'summaries'})`;
      if (d) byEntity.set(key, [...(byEntity.get(key) ?? []), d.day]);
    }
    for (const [entity, days] of byEntity) {
      // The article lists each heading's bullets oldest first; a corrected date must keep that.
      if (entity.startsWith('huawei (')) continue; // FAQ answers follow the questions, not the calendar
      expect(days.map(formatDay), entity).toEqual([...days].sort((a, b) => a - b).map(formatDay));
    }
  });
});
