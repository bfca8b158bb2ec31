import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGeometry } from '../../../src/shared/geometry/buildGeometry';
import { parseWorldText, type WorldTopology } from '../../../src/shared/load/loadWorld';
import { validateDataset } from '../../../src/data/validateDataset';

const text = readFileSync('public/data/world.json', 'utf8');
const world = parseWorldText(text);
const geometry = buildGeometry(world);
const dataset = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
if (!dataset.ok) throw new Error('the bundled dataset must be valid');

/** A path of `M x y l dx dy … Z` rings, read back as absolute points in tenths ("x,y"). */
function absoluteRings(d: string): string[][] {
  return [...d.matchAll(/M([^l]+)l([^Z]*)Z/g)].map(([, start, moves]) => {
    const numbers = (text: string) =>
      (text.match(/-?(\d*\.\d|\d+)/g) ?? []).map((n) => Math.round(Number(n) * 10));
    let [x, y] = numbers(start!) as [number, number];
    const ring = [`${x},${y}`];
    const steps = numbers(moves!);
    for (let k = 0; k < steps.length; k += 2) ring.push(`${(x += steps[k]!)},${(y += steps[k + 1]!)}`);
    return ring;
  });
}

/** Even-odd point-in-polygon over every ring, as SVG's evenodd fill decides it. */
function inside(rings: Position[][], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < xj + ((y - yj) / (yi - yj)) * (xi - xj)) inside = !inside;
    }
  return inside;
}

describe('buildGeometry on the bundled world', () => {
  it('draws every country entity of the dataset, as a shape or a marker', () => {
    const countries = dataset.dataset.entities.filter((e) => e.kind === 'country');
    expect(countries.length).toBeGreaterThan(30);
    for (const c of countries)
      expect(geometry.byId.has(c.id) || geometry.markerById.has(c.id), c.id).toBe(true);
  });

  it('gives every drawn feature an id and a non-empty path', () => {
    expect(geometry.countries).toHaveLength(world.objects.countries.geometries.length);
    for (const c of geometry.countries) {
      expect(c.id).toMatch(/^[A-Z]{3}$/);
      expect(c.name).not.toBe('');
      expect(c.d).toMatch(/^M[\d.]+ [\d.]+l.*Z$/);
    }
    expect(new Set(geometry.countries.map((c) => c.id)).size).toBe(geometry.countries.length);
    for (const m of geometry.markers) {
      expect(geometry.byId.has(m.id)).toBe(true);
      expect(m.name).toBe(geometry.byId.get(m.id)!.name);
    }
    expect(geometry.markers.map((m) => m.id)).toEqual(expect.arrayContaining(['BHR', 'MLT', 'SGP']));
  });

  it('gives each small state the size of its drawn shape, from the file or measured alike', () => {
    expect(geometry.markers.length).toBeGreaterThan(80);
    // The same file without the build's measurements: the map measures the shapes itself.
    const unmeasured = buildGeometry({
      ...world,
      markers: world.markers.map(({ id, x, y }) => ({ id, x, y })),
    });
    for (const m of geometry.markers) {
      expect(world.markers.find((w) => w.id === m.id)?.extent, m.id).toBe(m.extent);
      expect(unmeasured.markerById.get(m.id)?.extent, m.id).toBe(m.extent);
      const [x0, y0, x1, y1] = geometry.byId.get(m.id)!.bbox;
      expect(m.extent, m.id).toBeCloseTo(Math.max(x1 - x0, y1 - y0), 1);
    }
    // Some are big enough to be drawn as their shape when zoomed in (sizeForScreen's 28 px).
    expect(geometry.markers.some((m) => m.extent > 5)).toBe(true);
  });

  it('builds once per topology object', () => {
    expect(buildGeometry(world)).toBe(geometry);
    // A different object (even with equal content) is a different topology.
    expect(buildGeometry(parseWorldText(text))).not.toBe(geometry);
  });

  it('takes each country’s anchor from the file, as found from its shape', () => {
    const { anchors, ...unmeasured } = world;
    expect(Object.keys(anchors ?? {})).toHaveLength(geometry.countries.length);
    const found = buildGeometry(unmeasured);
    for (const c of geometry.countries)
      for (const k of [0, 1]) expect(c.anchor[k], c.id).toBeCloseTo(found.byId.get(c.id)!.anchor[k]!, 2);
  });

  it('writes coordinates rounded to 0.1 px, as moves that lead back to the file’s points', () => {
    const numbers = geometry.countries.flatMap((c) => c.d.match(/-?[\d.]+/g) ?? []);
    expect(numbers.length).toBeGreaterThan(1000);
    for (const n of numbers) expect(n).toMatch(/^-?(\d*\.\d|\d+)$/);
    const features = (feature(world, world.objects.countries) as FeatureCollection<Geometry>).features;
    const tenth = (v: number) => Math.round(v * 10);
    for (const f of features as Feature<Polygon | MultiPolygon>[]) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      // topojson-client pads a ring of fewer than four points (a state quantized to a point) by
      // repeating one: compared without repeats.
      const distinct = (ring: string[]) => ring.filter((p, k) => p !== ring[k - 1]);
      const rings = polygons
        .flat()
        .map((ring) => distinct(ring.map(([x, y]) => `${tenth(x!)},${tenth(y!)}`)));
      expect(absoluteRings(geometry.byId.get(String(f.id))!.d).map(distinct), String(f.id)).toEqual(rings);
    }
  });

  it('agrees with topojson-client and d3-geo on every country’s extent, and anchors it inside', () => {
    const features = (feature(world, world.objects.countries) as FeatureCollection<Geometry>).features;
    const path = geoPath(); // null projection: the file is already projected
    for (const f of features as Feature<Polygon | MultiPolygon>[]) {
      const shape = geometry.byId.get(String(f.id))!;
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      expect(shape.bbox[0]).toBeCloseTo(x0, 5);
      expect(shape.bbox[1]).toBeCloseTo(y0, 5);
      expect(shape.bbox[2]).toBeCloseTo(x1, 5);
      expect(shape.bbox[3]).toBeCloseTo(y1, 5);
      // A state quantized to a point (Vatican City) has no inside: it must have a marker instead.
      if (path.area(f) === 0) {
        expect(geometry.markerById.has(shape.id), `${shape.id} has no area and no marker`).toBe(true);
        continue;
      }
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(
        polygons.some((rings) => inside(rings, shape.anchor)),
        `${shape.id}'s anchor ${shape.anchor.join(',')}`,
      ).toBe(true);
    }
  });

  it('draws interior borders once each and keeps coasts apart', () => {
    const count = (d: string) => (d.match(/M/g) ?? []).length;
    const usedArcs = new Set<number>();
    for (const g of [...world.objects.countries.geometries, ...(world.objects.disputed?.geometries ?? [])]) {
      const arcs = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
      for (const polygon of arcs)
        for (const ring of polygon) for (const i of ring) usedArcs.add(i < 0 ? ~i : i);
    }
    expect(count(geometry.borders)).toBeGreaterThan(300);
    expect(count(geometry.coastline)).toBeGreaterThan(300);
    expect(count(geometry.borders) + count(geometry.coastline)).toBe(usedArcs.size);
    expect(geometry.disputed).toMatch(/^M.*Z$/);
  });
});

describe('buildGeometry on any file', () => {
  /** One square country, ring (0, 1), on the file's grid: `arcs` are whole steps, delta-encoded. */
  const topologyOf = (arcs: [number, number][][], transform: WorldTopology['transform']): WorldTopology => ({
    type: 'Topology',
    viewBox: [0, 0, 960, 436],
    markers: [],
    ...(transform ? { transform } : {}),
    arcs,
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [{ type: 'Polygon', id: 'AAA', arcs: [[0, ~1]] }],
      },
    },
  });
  const step = fc.integer({ min: -400, max: 400 });
  const arc = fc.array(fc.tuple(step, step), { minLength: 2, maxLength: 6 });

  it('writes the same paths from a 0.1 px grid as from the same points written out', () => {
    fc.assert(
      fc.property(
        fc.tuple(arc, arc),
        fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })),
        (arcs, [ox, oy]) => {
          const transform = {
            scale: [0.1, 0.1] as [number, number],
            translate: [ox / 10, oy / 10] as [number, number],
          };
          // The same points with no transform: what the general (floating-point) path draws.
          const absolute = arcs.map((a) => {
            let x = 0;
            let y = 0;
            return a.map(
              ([dx, dy]) => [(x += dx) * 0.1 + ox / 10, (y += dy) * 0.1 + oy / 10] as [number, number],
            );
          });
          const gridded = buildGeometry(topologyOf(arcs, transform));
          const plain = buildGeometry(topologyOf(absolute, undefined));
          expect(gridded.countries[0]!.d).toBe(plain.countries[0]!.d);
          expect(gridded.coastline).toBe(plain.coastline);
          expect(gridded.countries[0]!.bbox).toEqual(plain.countries[0]!.bbox);
        },
      ),
    );
  });
});
