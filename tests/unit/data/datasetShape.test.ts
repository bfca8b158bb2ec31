import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate as hasDatasetShape } from '../../../src/data/datasetShape.generated.js';
import { datasetSchema } from '../../../src/data/schema';
import { validateDataset } from '../../../src/data/validateDataset';
import { syntheticDataset } from '../../../scripts/lib/syntheticDataset';
import { DATASET_SHAPE_TYPES, datasetShapeSource } from '../../../scripts/lib/datasetShapeSource';

/**
 * The compiled check (src/data/datasetShape.generated.js) lets a well-formed file skip zod at
 * load. That is only sound one way round: whatever it accepts, zod must accept and return
 * unchanged (zod trims text, so a value it would change must not get through).
 */
const real: unknown = JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8'));
const clone = <T>(x: T): T => structuredClone(x);

/** Every place in a JSON value: the path to it. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}
const PATHS = pathsOf(real);

/** Values that break the contract in the ways a hand-edited file does, and some that do not. */
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ' padded ',
    'trailing\n',
    '\u00a0nbsp',
    'x\u2028',
    '2020-13-45',
    '2020',
    'CAN',
    'can',
    'javascript:alert(1)',
    'https://example.com/a b',
    'banned',
    'BANNED',
    'country',
    'article',
    'x'.repeat(5001),
    '😀'.repeat(60),
    0,
    1,
    -1,
    1.5,
    true,
    null,
    [],
    {},
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.integer(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

type Edit =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(PATHS.length - 1), value: valueArb }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(PATHS.length - 1) }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(PATHS.length - 1),
    key: fc.constantFrom('note', 'extra', 'mentions', 'status', 'aliases', '__proto__'),
    value: valueArb,
  }),
);

/** Applies an edit in place, where its path still leads somewhere after the earlier edits. */
function applyEdit(root: unknown, edit: Edit): unknown {
  const path = PATHS[edit.at]!;
  if (path.length === 0) return edit.kind === 'set' ? edit.value : root;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return root;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === null || typeof parent !== 'object') return root;
  const record = parent as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (edit.kind === 'set') record[last] = edit.value;
  else if (edit.kind === 'delete') {
    if (Array.isArray(record)) record.splice(Number(last), 1);
    else delete record[last];
  } else {
    const target = record[last];
    // defineProperty, so that "__proto__" is an own key as JSON.parse would make it.
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, edit.key, {
        value: edit.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return root;
}

// Thousands of generated files: allow for a slow machine.
describe('the compiled dataset check', { timeout: 30_000 }, () => {
  it('accepts the real dataset and the 100× synthetic one', () => {
    expect(hasDatasetShape(real)).toBe(true);
    expect(hasDatasetShape(JSON.parse(JSON.stringify(syntheticDataset(real as never, 100))))).toBe(true);
  });

  it('accepts nothing zod would reject or change, whatever an editor does to the file', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 3 }), (edits) => {
        // Through JSON, as the page gets it: plain objects only (fast-check also makes objects
        // without a prototype, which no file can hold), and "__proto__" as an own key.
        const edited = edits.reduce<unknown>((value, edit) => applyEdit(value, edit), clone(real));
        const input: unknown = JSON.parse(JSON.stringify(edited) ?? 'null');
        if (!hasDatasetShape(input)) return;
        const parsed = datasetSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toStrictEqual(input);
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses text zod would trim, so it never skips a change zod makes', () => {
    for (const text of [' Reuters', 'Reuters ', '\tReuters', 'Reuters\u00a0', 'Reuters\ufeff']) {
      const input = clone(real) as { updates: { sources: { name: string }[] }[] };
      input.updates[0]!.sources[0]!.name = text;
      expect(hasDatasetShape(input)).toBe(false);
      // …and the file still loads, through zod, with the name trimmed.
      const result = validateDataset(input);
      expect(result.ok && result.dataset.updates[0]!.sources[0]!.name).toBe('Reuters');
    }
  });

  it('is the one the schema compiles to now (npm run build:validator after changing it)', () => {
    expect(readFileSync('src/data/datasetShape.generated.js', 'utf8')).toBe(datasetShapeSource());
    expect(readFileSync('src/data/datasetShape.generated.d.ts', 'utf8')).toBe(DATASET_SHAPE_TYPES);
  });
});
