import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, UNDRAWN_FEATURES } from '../../../src/data/countries.generated';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WORLD_FILE = path.join(ROOT, 'public/data/world.json');

interface Marker {
  id: string;
  x: number;
  y: number;
}
interface WorldFile extends TopoJSON.Topology<{
  countries: TopoJSON.GeometryCollection<{ name: string }>;
  disputed: TopoJSON.GeometryCollection<{ name: string }>;
}> {
  version: number;
  source: string;
  viewBox: [number, number, number, number];
  markers: Marker[];
}
type SourceTopology = TopoJSON.Topology<{ countries: TopoJSON.GeometryCollection<{ name: string }> }>;

const raw = readFileSync(WORLD_FILE);
const world = JSON.parse(raw.toString('utf8')) as WorldFile;
const source = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
) as SourceTopology;

const geometries = world.objects.countries.geometries;
const [vx, vy, width, height] = world.viewBox;
const drawnIds = geometries.map((g) => g.id);
const path2d = geoPath();

function nameOf(g: TopoJSON.GeometryObject<{ name: string }>): string | undefined {
  return (g.properties as { name: string } | undefined)?.name;
}

function asFeatures(object: TopoJSON.GeometryCollection): Feature<Geometry, { name: string }>[] {
  return (feature(world, object) as FeatureCollection<Geometry, { name: string }>).features;
}

describe('public/data/world.json', () => {
  it('is a projected topology with its metadata', () => {
    expect(world.type).toBe('Topology');
    expect(world.version).toBe(1);
    expect(world.source).toMatch(/^Natural Earth 1:50m via world-atlas 2\.0\.2, projected /);
    expect([vx, vy, width]).toEqual([0, 0, 960]);
    expect(height).toBeGreaterThan(400);
    expect(height).toBeLessThan(500);
    expect(world.transform).toBeDefined();
  });

  it('draws every geometry under a unique alpha-3 id that COUNTRIES knows, and nothing else', () => {
    for (const id of drawnIds) expect(id).toMatch(/^[A-Z]{3}$/);
    expect(new Set(drawnIds).size).toBe(drawnIds.length);
    expect([...drawnIds].sort()).toEqual(Object.keys(COUNTRIES).sort());
    for (const g of geometries) {
      expect(['Polygon', 'MultiPolygon']).toContain(g.type);
      expect(nameOf(g)).toBe(COUNTRIES[String(g.id)]?.name);
    }
  });

  it('accounts for every world-atlas 50m feature: drawn under its own id, or listed with a reason', () => {
    const undrawnNames = new Set(UNDRAWN_FEATURES.map((u) => u.feature));
    for (const g of source.objects.countries.geometries) {
      const name = nameOf(g) ?? '';
      if (undrawnNames.has(name)) continue;
      // Kosovo has no ISO numeric code; it is drawn under the user-assigned code XKX.
      const expected =
        g.id == null ? (name === 'Kosovo' ? 'XKX' : undefined) : countries.numericToAlpha3(g.id);
      expect(expected, `${name} (${String(g.id)})`).toBeDefined();
      expect(drawnIds, `${name} (${String(g.id)})`).toContain(expected);
      expect(COUNTRIES[expected as string]?.numeric ?? null).toBe(g.id == null ? null : String(g.id));
    }
    for (const u of UNDRAWN_FEATURES) {
      expect(u.reason.length, u.feature).toBeGreaterThan(20);
      const match = source.objects.countries.geometries.find((g) => nameOf(g) === u.feature);
      expect(match, `${u.feature} is a world-atlas feature`).toBeDefined();
      expect(match?.id == null ? null : String(match.id)).toBe(u.numeric);
      if (u.handling === 'merged') expect(drawnIds).toContain(u.into);
      else expect(u.into).toBeNull();
    }
    expect(UNDRAWN_FEATURES.find((u) => u.feature === 'Antarctica')?.handling).toBe('excluded');
    expect(drawnIds).not.toContain('ATA');
  });

  it('keeps non-interactive features out of `countries`, without ids', () => {
    const disputed = world.objects.disputed.geometries;
    const expected = UNDRAWN_FEATURES.filter((u) => u.handling === 'non-interactive').map((u) => u.feature);
    expect(disputed.map(nameOf).sort()).toEqual([...expected].sort());
    for (const g of disputed) expect(g.id).toBeUndefined();
  });

  it('keeps every shape inside the view box', () => {
    for (const object of [world.objects.countries, world.objects.disputed]) {
      for (const f of asFeatures(object)) {
        const [[x0, y0], [x1, y1]] = path2d.bounds(f);
        expect(x0, f.properties.name).toBeGreaterThanOrEqual(vx);
        expect(y0, f.properties.name).toBeGreaterThanOrEqual(vy);
        expect(x1, f.properties.name).toBeLessThanOrEqual(vx + width);
        expect(y1, f.properties.name).toBeLessThanOrEqual(vy + height);
      }
    }
  });

  it('gives every country either a visible shape or a marker', () => {
    const marked = new Set(world.markers.map((m) => m.id));
    for (const f of asFeatures(world.objects.countries)) {
      const id = String(f.id);
      if (!marked.has(id)) expect(path2d.area(f), id).toBeGreaterThan(4);
    }
  });

  it('marks the small states, inside the view box', () => {
    const byId = new Map(world.markers.map((m) => [m.id, m]));
    for (const id of ['BHR', 'SGP', 'MLT', 'HKG', 'AND', 'MCO', 'LIE', 'SMR', 'VAT', 'MDV']) {
      const m = byId.get(id);
      expect(m, id).toBeDefined();
      expect(m?.x).toBeGreaterThan(vx);
      expect(m?.x).toBeLessThan(vx + width);
      expect(m?.y).toBeGreaterThan(vy);
      expect(m?.y).toBeLessThan(vy + height);
    }
  });

  it('has unique markers, only for drawn countries, matching COUNTRIES[id].marker', () => {
    const ids = world.markers.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of world.markers) {
      expect(drawnIds).toContain(m.id);
      expect(m.x).toBeGreaterThanOrEqual(vx);
      expect(m.x).toBeLessThanOrEqual(vx + width);
      expect(m.y).toBeGreaterThanOrEqual(vy);
      expect(m.y).toBeLessThanOrEqual(vy + height);
      expect(Math.round(m.x * 10) / 10).toBe(m.x);
      expect(Math.round(m.y * 10) / 10).toBe(m.y);
    }
    const flagged = Object.entries(COUNTRIES)
      .filter(([, c]) => c.marker)
      .map(([id]) => id);
    expect([...ids].sort()).toEqual(flagged.sort());
  });

  it('stays within the 45 KB gzip budget', () => {
    expect(gzipSync(raw).length).toBeLessThanOrEqual(45 * 1024);
  });
});

describe('src/data/countries.generated.ts', () => {
  it('imports nothing, so the data layer can depend on it freely', () => {
    const text = readFileSync(path.join(ROOT, 'src/data/countries.generated.ts'), 'utf8');
    expect(text).toMatch(/^\/\/ GENERATED by scripts\/build-topology\.ts/);
    expect(text).not.toMatch(/^\s*import\b/m);
    expect(text).not.toMatch(/\brequire\(/);
  });

  it('names every country and records its ISO numeric code', () => {
    for (const [id, c] of Object.entries(COUNTRIES)) {
      expect(c.name.trim().length, id).toBeGreaterThan(0);
      if (id === 'XKX') expect(c.numeric).toBeNull();
      else expect(c.numeric, id).toMatch(/^\d{3}$/);
    }
    expect(COUNTRIES.GBR?.name).toBe('United Kingdom');
    expect(COUNTRIES.USA?.name).toBe('United States');
    expect(COUNTRIES.KOR?.name).toBe('South Korea');
    expect(COUNTRIES.XKX?.name).toBe('Kosovo');
  });
});
