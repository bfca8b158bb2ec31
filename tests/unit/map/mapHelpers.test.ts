import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGeometry } from '../../../src/shared/geometry/buildGeometry';
import { compareStatuses } from '../../../src/data/compareStatuses';
import { countStatuses } from '../../../src/data/countStatuses';
import { createKeyboardOrder } from '../../../src/features/map/geometry/keyboardOrder';
import { parseWorldText } from '../../../src/shared/load/loadWorld';
import { createIndex } from '../../../src/data/createIndex';
import { parseDate } from '../../../src/data/dates';
import { validateDataset } from '../../../src/data/validateDataset';
import { COUNTRIES } from '../../../src/data/countries.generated';
import { countsOn } from '../../statusesFromFile';

const result = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
if (!result.ok) throw new Error('the bundled dataset must be valid');
const index = createIndex(result.dataset);
const day = (d: string) => parseDate(d)!.day;
const geometry = buildGeometry(parseWorldText(readFileSync('public/data/world.json', 'utf8')));

describe('compareStatuses', () => {
  it('lists exactly the entities whose status differs between the two days', () => {
    const from = day('2018-08-24');
    const to = day('2022-06-29');
    const changes = compareStatuses(index, from, to);
    expect(changes).toContainEqual({ id: 'CAN', from: 'none', to: 'banned' });
    expect(changes.find((c) => c.id === 'AUS')).toBeUndefined(); // banned since 2018 on both days
    for (const id of index.entities.keys()) {
      const changed = index.statusAt(id, from) !== index.statusAt(id, to);
      expect(changes.some((c) => c.id === id)).toBe(changed);
    }
    expect(changes.map((c) => c.id)).toEqual(changes.map((c) => c.id).sort());
  });

  it('is empty for one day against itself, and counts an update dated on the day', () => {
    expect(compareStatuses(index, day('2020-07-14'), day('2020-07-14'))).toEqual([]);
    expect(compareStatuses(index, day('2020-07-13'), day('2020-07-14'))).toContainEqual({
      id: 'GBR',
      from: 'restricted',
      to: 'banned',
    });
  });
});

describe('countStatuses', () => {
  it('counts countries only, and the rest of the map as no data', () => {
    for (const date of ['2020-07-15', index.dataset.updatedAt]) {
      const counts = countStatuses(index, index.statusesAt(day(date)));
      expect(counts).toEqual({ ...countsOn(date), none: expect.any(Number) });
    }
    const counts = countStatuses(index, index.statusesAt(day('2020-07-15')));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(Object.keys(COUNTRIES).length);
  });
});

describe('createKeyboardOrder', () => {
  const points = [
    { id: 'NW', x: 0, y: 0 },
    { id: 'NE', x: 10, y: 1 },
    { id: 'SW', x: 0, y: 10 },
    { id: 'SE', x: 10, y: 11 },
    { id: 'S', x: 5, y: 20 },
  ];
  const order = createKeyboardOrder(points, 5);

  it('reads west to east within bands, north to south', () => {
    expect(order.order).toEqual(['NW', 'NE', 'SW', 'SE', 'S']);
    expect(order.move('NE', 'ArrowRight')).toBe('SW');
    expect(order.move('NE', 'ArrowLeft')).toBe('NW');
    expect(order.move('NW', 'ArrowLeft')).toBeNull();
    expect(order.move('S', 'ArrowRight')).toBeNull();
    expect(order.move('SE', 'Home')).toBe('NW');
    expect(order.move('NW', 'End')).toBe('S');
  });

  it('goes up and down to the nearest place in that direction', () => {
    expect(order.move('NE', 'ArrowDown')).toBe('SE');
    expect(order.move('SW', 'ArrowUp')).toBe('NW');
    expect(order.move('SE', 'ArrowDown')).toBe('S');
    expect(order.move('NW', 'ArrowUp')).toBeNull();
  });

  it('reaches every country with data on the real map by ArrowRight alone', () => {
    const ids = index.entitiesWithData().filter((id) => geometry.byId.has(id));
    const real = createKeyboardOrder(
      ids.map((id) => ({ id, x: geometry.byId.get(id)!.anchor[0], y: geometry.byId.get(id)!.anchor[1] })),
      30,
    );
    const seen = [real.order[0]!];
    for (let next = real.move(seen[0]!, 'ArrowRight'); next; next = real.move(next, 'ArrowRight'))
      seen.push(next);
    expect(seen.sort()).toEqual([...ids].sort());
  });
});
