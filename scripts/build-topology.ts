/**
 * Builds the map geometry from Natural Earth 1:50m (world-atlas 2.0.2).
 *
 *   npx tsx scripts/build-topology.ts
 *
 * Writes:
 *   public/data/world.json            TopoJSON, projected at build time into view-box pixels
 *   src/data/countries.generated.ts   the drawn countries (alpha-3 → name, numeric, marker)
 *
 * The topology is projected here, not in the browser, so the app draws it with a null
 * projection (d3 `geoPath()`), ships no projection maths, and every coordinate in the file is
 * already a pixel in `viewBox`. Objects:
 *   countries  one geometry per drawn country: id = ISO 3166-1 alpha-3 (plus XKX), properties.name
 *   disputed   shapes drawn but not selectable (no id), see UNDRAWN_FEATURES
 * Extra top-level members: version, source, viewBox, anchors ({ [id]: [x, y] }: a point inside each
 * country, as buildGeometry finds it), markers ({ id, x, y, extent }: a dot for each
 * small state, and the larger side of its drawn shape, in view-box units).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoEqualEarth, geoPath, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { format, resolveConfig } from 'prettier';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttached, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type * as TopoJSON from 'topojson-specification';
import { buildGeometry, extentOf } from '../src/shared/geometry/buildGeometry';
import type { WorldTopology } from '../src/shared/load/loadWorld';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_FILE = path.join(ROOT, 'node_modules/world-atlas/countries-50m.json');
const OUT_TOPOLOGY = path.join(ROOT, 'public/data/world.json');
const OUT_MODULE = path.join(ROOT, 'src/data/countries.generated.ts');

// ---------------------------------------------------------------------------------------------
// Tuning. All lengths are view-box pixels, areas px², at the 960-wide view box.

const WIDTH = 960;
/** Empty border around the land so edge markers (Pacific islands near ±180°) are not clipped. */
const MARGIN = 6;
/**
 * Visvalingam effective-area threshold (px²). Points whose triangle is smaller are removed.
 * Scaled per region by DETAIL_REGIONS; 0.25 px² base (≈0.04 px² in Europe) keeps Europe
 * recognisable at 4× zoom and the whole file within the gzip budget.
 */
const SIMPLIFY_MIN_WEIGHT = 0.25;
/**
 * Islets smaller than this (px²) are dropped — unless the ring is its country's largest, shares
 * a border with another ring, or is a hole, so no country and no enclave ever disappears.
 */
const MIN_ISLET_AREA = 0.4;
/** Every surviving ring keeps at least this many vertices, so no island collapses to a line. */
const MIN_RING_VERTICES = 4;
/** Coordinates are stored as integers of this many pixels (delta-encoded by TopoJSON). */
const QUANTUM = 0.1;
/**
 * A country gets a marker when it is too small to see or hit at world scale: its largest polygon's
 * bounding box is under this many pixels in both dimensions. That covers compact countries
 * (whole bounding box that small) and scattered archipelagos whose every island is that small
 * (Kiribati, Maldives, Bahamas, Fiji), while Belgium- or Albania-sized shapes stay marker-free.
 */
const MARKER_MAX_EXTENT = 8;
const GZIP_BUDGET = 45 * 1024;

/**
 * Where detail is spent. Simplification weights and islet areas are multiplied by the factor of
 * the region a point lies in (first match wins), so a factor of 4 keeps detail down to a quarter
 * of the base thresholds. Europe (dense with small countries, and where most Huawei 5G policy
 * is made) must hold up when the app zooms 3–4×, so it gets six times the detail; the Middle East
 * and the Caribbean twice. The Arctic's fractal coasts (Canadian archipelago, Greenland, Siberia)
 * hold no small countries, so they get half (saving ≈1.5 KB gzip).
 */
const DETAIL_REGIONS: readonly {
  name: string;
  lon: [number, number];
  lat: [number, number];
  factor: number;
}[] = [
  {
    name: 'Europe and the Mediterranean',
    lon: [-25, 45],
    lat: [28, 72],
    factor: 6,
  },
  { name: 'Middle East and Caucasus', lon: [25, 63], lat: [10, 45], factor: 2 },
  {
    name: 'Caribbean and Central America',
    lon: [-92, -58],
    lat: [7, 28],
    factor: 2,
  },
  { name: 'Arctic', lon: [-180, 180], lat: [60, 90], factor: 0.5 },
];

// ---------------------------------------------------------------------------------------------
// Special cases among the world-atlas features. Everything not listed here is drawn under the
// alpha-3 code of its numeric id (i18n-iso-countries numericToAlpha3).

type Handling = 'merged' | 'excluded' | 'non-interactive';

interface UndrawnFeature {
  readonly feature: string;
  readonly numeric: string | null;
  readonly handling: Handling;
  readonly into: string | null;
  readonly reason: string;
}

/**
 * Features world-atlas ships without a numeric id (Natural Earth has no ISO code for them).
 * Matched by their world-atlas name; the script fails if an unknown unnumbered feature appears.
 */
const UNNUMBERED: Readonly<Record<string, { id: string } | { undrawn: UndrawnFeature }>> = {
  // Kosovo has no ISO 3166-1 code. XKX is the user-assigned code used by the EU, the IMF and the
  // World Bank; drawn as its own country because its 5G policy is its own.
  Kosovo: { id: 'XKX' },
  // Somaliland is not recognised by ISO 3166 (nor by any UN member); ISO and the UN count it as
  // part of Somalia, so it is drawn as part of SOM.
  Somaliland: {
    undrawn: {
      feature: 'Somaliland',
      numeric: null,
      handling: 'merged',
      into: 'SOM',
      reason: 'Not recognised by ISO 3166; merged into Somalia (SOM), as ISO and the UN treat it.',
    },
  },
  // Northern Cyprus is recognised only by Türkiye; ISO and the EU treat it as part of Cyprus.
  'N. Cyprus': {
    undrawn: {
      feature: 'N. Cyprus',
      numeric: null,
      handling: 'merged',
      into: 'CYP',
      reason: 'Not recognised by ISO 3166; merged into Cyprus (CYP), as ISO and the EU treat it.',
    },
  },
  // Christmas Island and the Cocos (Keeling) Islands: Australian external territories that
  // world-atlas ships as one unnumbered feature. Drawn as part of Australia (ISO's own codes CXR
  // and CCK would need the feature split, and no policy data distinguishes them from Australia).
  'Indian Ocean Ter.': {
    undrawn: {
      feature: 'Indian Ocean Ter.',
      numeric: null,
      handling: 'merged',
      into: 'AUS',
      reason:
        'Christmas Island and Cocos (Keeling) Islands, Australian external territories shipped as one ' +
        'unnumbered feature; merged into Australia (AUS).',
    },
  },
  // The Siachen Glacier is disputed between India and Pakistan (Natural Earth draws it apart for
  // that reason). Merging it into either would take a side, and dropping it would leave a hole in
  // the land, so it stays as a shape in the separate `disputed` object: drawn in the neutral
  // colour, with no id, never selectable. No Huawei policy concerns it.
  'Siachen Glacier': {
    undrawn: {
      feature: 'Siachen Glacier',
      numeric: null,
      handling: 'non-interactive',
      into: null,
      reason:
        "Disputed between India and Pakistan; kept as a shape with no id in the topology's " +
        '`disputed` object (drawn neutral, never selectable) rather than assigned to either country.',
    },
  },
};

/** Numbered features that are not drawn under their own geometry. */
const NUMBERED_UNDRAWN: Readonly<Record<string, UndrawnFeature>> = {
  // Antarctica has no 5G policy and, projected, would add an empty band of about a tenth of the
  // map's height along the bottom (468 px instead of 424 px of land at 960 wide).
  Antarctica: {
    feature: 'Antarctica',
    numeric: '010',
    handling: 'excluded',
    into: null,
    reason:
      'No 5G policy to show; left out on purpose: it would add an empty band of about a tenth of the ' +
      'map height (45 of 468 px) along the bottom.',
  },
  // Ashmore and Cartier Islands share Australia's numeric id 036 in world-atlas 50m (an Australian
  // external territory with no ISO code of its own): merged into the one AUS geometry so ids stay unique.
  'Ashmore and Cartier Is.': {
    feature: 'Ashmore and Cartier Is.',
    numeric: '036',
    handling: 'merged',
    into: 'AUS',
    reason: "Australian external territory sharing Australia's numeric id 036; merged into Australia (AUS).",
  },
};

/**
 * Display names where the ISO/i18n-iso-countries English name reads badly on a map
 * ("Korea, Republic of", "Holy See (Vatican City State)", "Taiwan, Province of China", …).
 */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  BRN: 'Brunei',
  CHN: 'China',
  CIV: "Côte d'Ivoire",
  CPV: 'Cabo Verde',
  FLK: 'Falkland Islands',
  FSM: 'Micronesia',
  GBR: 'United Kingdom',
  GMB: 'The Gambia',
  IRN: 'Iran',
  KOR: 'South Korea',
  LAO: 'Laos',
  MAF: 'Saint Martin',
  MDA: 'Moldova',
  MKD: 'North Macedonia',
  PCN: 'Pitcairn Islands',
  PRK: 'North Korea',
  PSE: 'Palestine',
  RUS: 'Russia',
  STP: 'São Tomé and Príncipe',
  SXM: 'Sint Maarten',
  SYR: 'Syria',
  TWN: 'Taiwan',
  TZA: 'Tanzania',
  USA: 'United States',
  VAT: 'Vatican City',
  VGB: 'British Virgin Islands',
  VIR: 'U.S. Virgin Islands',
  XKX: 'Kosovo',
};

/** Marker ids the app relies on; the build fails if any of them is not marked. */
const REQUIRED_MARKERS = ['BHR', 'SGP', 'MLT', 'HKG', 'AND', 'MCO', 'LIE', 'SMR', 'VAT', 'MDV'];

// ---------------------------------------------------------------------------------------------

function fail(message: string): never {
  throw new Error(`build-topology: ${message}`);
}

type Area = Polygon | MultiPolygon;

interface SourceProperties {
  name: string;
}

/** Signed shoelace area; positive for rings that run clockwise on screen (y down). */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

function ringContains(ring: readonly Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (
      yi > (y as number) !== yj > (y as number) &&
      (x as number) < ((xj - xi) * ((y as number) - yi)) / (yj - yi) + xi
    ) {
      inside = !inside;
    }
  }
  return inside;
}

/**
 * Projects a spherical polygon into planar view-box coordinates, clipping at the antimeridian
 * (world-atlas 2 rings cross ±180° in Russia and Fiji). d3 emits the clipped rings unclosed and
 * unsorted; exterior rings come out clockwise on screen, holes anticlockwise, so holes are put
 * back into the exterior that contains them.
 */
function projectArea(geometry: Area, projection: GeoProjection): Area {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  const sink: GeoStream = {
    point(x, y) {
      ring.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring.length === 0) return;
      const first = ring[0] as Position;
      const last = ring[ring.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) ring.push([...first]);
      if (ring.length < 4) fail(`degenerate ring of ${ring.length} points after projection`);
      rings.push(ring);
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));

  const polygons: Position[][][] = [];
  const holes: Position[][] = [];
  for (const r of rings) {
    if (ringArea(r) > 0) polygons.push([r]);
    else holes.push(r);
  }
  for (const hole of holes) {
    const owner = polygons.find((p) => ringContains(p[0] as Position[], hole[0] as Position));
    if (!owner) fail('a hole lies in no exterior ring after projection');
    owner.push(hole);
  }
  if (polygons.length === 0) fail('a geometry vanished in projection');
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function polygonsOf(geometry: Area): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function polygonArea(polygon: readonly Position[][]): number {
  return polygon.reduce((sum, r, i) => sum + (i === 0 ? Math.abs(ringArea(r)) : -Math.abs(ringArea(r))), 0);
}

/** Area-weighted planar centroid of a polygon's exterior ring. */
function polygonCentroid(polygon: readonly Position[][]): [number, number] {
  const ring = polygon[0] as Position[];
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(a) < 1e-12) return [ring[0]?.[0] as number, ring[0]?.[1] as number];
  return [cx / (3 * a), cy / (3 * a)];
}

function bounds(polygons: readonly Position[][][]): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] as Position[]) {
      x0 = Math.min(x0, x as number);
      y0 = Math.min(y0, y as number);
      x1 = Math.max(x1, x as number);
      y1 = Math.max(y1, y as number);
    }
  }
  return [x0, y0, x1, y1];
}

function isTiny([x0, y0, x1, y1]: readonly number[]): boolean {
  return (
    (x1 as number) - (x0 as number) < MARKER_MAX_EXTENT && (y1 as number) - (y0 as number) < MARKER_MAX_EXTENT
  );
}

const round1 = (v: number) => Math.round(v * 10) / 10;

// ---------------------------------------------------------------------------------------------
// 1. Read world-atlas and decide what each feature becomes.

const source = JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as TopoJSON.Topology<{
  countries: TopoJSON.GeometryCollection<SourceProperties>;
}>;
const sourceGeometries = source.objects.countries.geometries;

function nameInSource(geometry: TopoJSON.GeometryObject<SourceProperties>): string | undefined {
  return (geometry.properties as SourceProperties | undefined)?.name;
}

const groups = new Map<string, TopoJSON.GeometryObject<SourceProperties>[]>();
const disputedSources: TopoJSON.GeometryObject<SourceProperties>[] = [];
const undrawn: UndrawnFeature[] = [];
const numericOf = new Map<string, string | null>();

for (const geometry of sourceGeometries) {
  const name = nameInSource(geometry) ?? fail('a feature has no name');
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    fail(`${name} is a ${String(geometry.type)}, not an area`);
  }
  let id: string;
  if (geometry.id == null) {
    const special = UNNUMBERED[name] ?? fail(`unnumbered feature "${name}" has no rule in UNNUMBERED`);
    if ('id' in special) {
      id = special.id;
      numericOf.set(id, null);
    } else {
      undrawn.push(special.undrawn);
      if (special.undrawn.handling === 'non-interactive') {
        disputedSources.push(geometry);
        continue;
      }
      id = special.undrawn.into ?? fail(`${name}: merged without a target`);
    }
  } else {
    const numeric = String(geometry.id);
    const rule = NUMBERED_UNDRAWN[name];
    if (rule) {
      if (rule.numeric !== numeric) fail(`${name}: expected numeric ${rule.numeric}, found ${numeric}`);
      undrawn.push(rule);
      if (rule.handling === 'excluded') continue;
      id = rule.into ?? fail(`${name}: merged without a target`);
    } else {
      id = countries.numericToAlpha3(numeric) ?? fail(`${name}: numeric id ${numeric} has no alpha-3 code`);
      if (numericOf.has(id)) fail(`${name}: ${id} is already drawn by another feature`);
      numericOf.set(id, numeric);
    }
  }
  groups.set(id, [...(groups.get(id) ?? []), geometry]);
}

for (const u of undrawn) {
  if (u.handling === 'merged' && !numericOf.has(u.into ?? ''))
    fail(`${u.feature}: target ${u.into} is not drawn`);
}

// 2. One GeoJSON feature per drawn country; merged groups are dissolved along their shared arcs.

function nameOf(id: string): string {
  return NAME_OVERRIDES[id] ?? countries.getName(id, 'en') ?? fail(`${id} has no English name`);
}

function toArea(parts: TopoJSON.GeometryObject<SourceProperties>[]): Area {
  if (parts.length === 1) {
    const f = feature(source, parts[0] as TopoJSON.GeometryObject<SourceProperties>) as Feature<Area>;
    return f.geometry;
  }
  return merge(source, parts as (TopoJSON.Polygon | TopoJSON.MultiPolygon)[]);
}

const sphericalFeatures: Feature<Area, { name: string }>[] = [...groups.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([id, parts]) => ({ type: 'Feature', id, properties: { name: nameOf(id) }, geometry: toArea(parts) }));
const sphericalDisputed: Feature<Area, { name: string }>[] = disputedSources.map((g) => ({
  type: 'Feature',
  properties: { name: nameInSource(g) ?? '' },
  geometry: toArea([g]),
}));

// 3. Project. Equal Earth is equal-area, so a choropleth's colours are not weighted by Mercator-
//    style inflation of high latitudes. precision(0) turns off adaptive resampling: the 50m
//    data is dense already, and resampling could project a border shared by two countries
//    differently for each, which would stop TopoJSON from sharing the arc.

const PROJECTION_NAME = 'Equal Earth';
const everything: FeatureCollection<Area> = {
  type: 'FeatureCollection',
  features: [...sphericalFeatures, ...sphericalDisputed],
};
const projection = geoEqualEarth()
  .precision(0)
  .fitWidth(WIDTH - 2 * MARGIN, everything);
// fitWidth puts the top of the land at y = 0; shift everything by the margin.
const [translateX, translateY] = projection.translate();
projection.translate([translateX + MARGIN, translateY + MARGIN]);
const [[, landTop], [, landBottom]] = geoPath(projection).bounds(everything);
const HEIGHT = Math.ceil(landBottom - landTop + 2 * MARGIN);
const viewBox: [number, number, number, number] = [0, 0, WIDTH, HEIGHT];

const projectFeature = (f: Feature<Area, { name: string }>): Feature<Area, { name: string }> => {
  const geometry = projectArea(f.geometry, projection);
  // Self-check of projectArea: the planar area must equal d3's projected area of the source.
  const expected = geoPath(projection).area(f);
  const actual = polygonsOf(geometry).reduce((s, p) => s + polygonArea(p), 0);
  if (Math.abs(actual - expected) > 1e-6 * Math.max(1, expected)) {
    fail(`${String(f.id ?? f.properties.name)}: projected area ${actual} ≠ d3's ${expected}`);
  }
  return f.id === undefined ? { ...f, geometry } : { ...f, id: f.id, geometry };
};
const projected = sphericalFeatures.map(projectFeature);
const projectedDisputed = sphericalDisputed.map(projectFeature);

// 4. Markers for countries too small to see or hit, measured on the unsimplified shapes.

interface Marker {
  id: string;
  x: number;
  y: number;
}
const markers: Marker[] = [];
for (const f of projected) {
  const polygons = polygonsOf(f.geometry);
  const largest = polygons.reduce((best, p) => (polygonArea(p) > polygonArea(best) ? p : best));
  if (!isTiny(bounds([largest]))) continue;
  // Compact countries: the area-weighted centroid of all their parts (it may fall between
  // islands, which is where the eye expects it). Scattered ones (Kiribati, Maldives, Fiji): the
  // centroid of the largest polygon, so the marker sits on land rather than in open ocean.
  let x: number;
  let y: number;
  if (isTiny(bounds(polygons))) {
    let sx = 0;
    let sy = 0;
    let sa = 0;
    for (const p of polygons) {
      const a = polygonArea(p);
      const [cx, cy] = polygonCentroid(p);
      sx += cx * a;
      sy += cy * a;
      sa += a;
    }
    [x, y] = sa > 0 ? [sx / sa, sy / sa] : polygonCentroid(largest);
  } else {
    [x, y] = polygonCentroid(largest);
  }
  markers.push({ id: String(f.id), x: round1(x), y: round1(y) });
}
const markerIds = new Set(markers.map((m) => m.id));
for (const id of REQUIRED_MARKERS) if (!markerIds.has(id)) fail(`${id} should have a marker`);

// 5. Topology, islet filter, simplification, quantisation.

/** Objects<{}> is what topojson-simplify's and topojson-client's signatures accept. */
type Topo = TopoJSON.Topology<TopoJSON.Objects>;
let topo = topology({
  countries: { type: 'FeatureCollection', features: projected } as FeatureCollection,
  disputed: { type: 'FeatureCollection', features: projectedDisputed } as FeatureCollection,
}) as Topo;

type AreaObject = TopoJSON.Polygon | TopoJSON.MultiPolygon;
function areaObjects(t: Topo): AreaObject[] {
  return Object.values(t.objects).flatMap((o) =>
    o.type === 'GeometryCollection'
      ? o.geometries.filter((g): g is AreaObject => g.type === 'Polygon' || g.type === 'MultiPolygon')
      : [],
  );
}
function ringsOf(g: AreaObject): TopoJSON.ArcIndexes[][] {
  return g.type === 'Polygon' ? [g.arcs] : g.arcs;
}
function ringCoordinates(t: Topo, ring: TopoJSON.ArcIndexes): Position[] {
  const coords: Position[] = [];
  for (const index of ring) {
    const arc = t.arcs[index < 0 ? ~index : index] ?? fail(`missing arc ${index}`);
    const points = index < 0 ? [...arc].reverse() : arc;
    coords.push(...(coords.length ? points.slice(1) : points));
  }
  return coords;
}

/** The detail factor at a view-box point (1 outside every DETAIL_REGIONS box). */
function detailAt(point: readonly number[]): number {
  const lonLat = projection.invert?.([point[0] as number, point[1] as number]);
  if (!lonLat) return 1;
  const [lon, lat] = lonLat;
  const region = DETAIL_REGIONS.find(
    (r) => lon >= r.lon[0] && lon <= r.lon[1] && lat >= r.lat[0] && lat <= r.lat[1],
  );
  return region?.factor ?? 1;
}

function islandWeight(ring: Position[]): number {
  return Math.abs(ringArea(ring)) * detailAt(ring[0] as Position);
}

// Islets: keep a ring if it is a hole (enclaves such as Lesotho, San Marino, Vatican), touches
// another ring (islands split between countries), is big enough, or is its country's largest —
// so every country keeps its shape even when all of it is islets.
{
  const keep = new Set<TopoJSON.ArcIndexes>();
  for (const g of areaObjects(topo)) {
    let largest: TopoJSON.ArcIndexes | undefined;
    let largestArea = -1;
    for (const polygon of ringsOf(g)) {
      const exterior = polygon[0] as TopoJSON.ArcIndexes;
      const a = Math.abs(ringArea(ringCoordinates(topo, exterior)));
      if (a > largestArea) [largest, largestArea] = [exterior, a];
    }
    if (largest) keep.add(largest);
  }
  const attached = filterAttached(topo);
  const before = topo;
  topo = filter(before, (ring, interior) => {
    const arcs = ring as unknown as TopoJSON.ArcIndexes;
    return (
      interior ||
      keep.has(arcs) ||
      attached(ring, interior) ||
      islandWeight(ringCoordinates(before, arcs)) >= MIN_ISLET_AREA
    );
  });
}

topo = presimplify(topo, (triangle) => planarTriangleArea(triangle) * detailAt(triangle[1]));
// Guard: simplification keeps only arc end points of a ring whose points all weigh less than
// the threshold, collapsing small islands to a line. Promote each such ring's heaviest points.
for (const g of areaObjects(topo)) {
  for (const polygon of ringsOf(g)) {
    for (const ring of polygon) {
      const candidates: Position[] = [];
      let kept = 0;
      for (const index of ring) {
        const arc = topo.arcs[index < 0 ? ~index : index] ?? fail(`missing arc ${index}`);
        // The last point of each arc is the first of the next, so count it once.
        for (let i = 0; i < arc.length - 1; i++) {
          const p = arc[i] as Position;
          if ((p[2] as number) >= SIMPLIFY_MIN_WEIGHT) kept++;
          else candidates.push(p);
        }
      }
      candidates.sort((a, b) => (b[2] as number) - (a[2] as number));
      for (const p of candidates) {
        if (kept >= MIN_RING_VERTICES) break;
        p[2] = Infinity;
        kept++;
      }
    }
  }
}
topo = simplify(topo, SIMPLIFY_MIN_WEIGHT);
topo = quantize(topo, { scale: [QUANTUM, QUANTUM], translate: [0, 0] });

// 6. Check and write.

const drawn = (topo.objects.countries as TopoJSON.GeometryCollection).geometries;
const seen = new Set<string>();
for (const g of drawn) {
  const id = typeof g.id === 'string' ? g.id : fail('a drawn geometry has no id');
  if (!/^[A-Z]{3}$/.test(id)) fail(`bad id ${id}`);
  if (seen.has(id)) fail(`two geometries share the id ${id}`);
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') fail(`${id} lost its shape (${String(g.type)})`);
  seen.add(id);
}
if (seen.size !== groups.size) fail(`${groups.size} countries in, ${seen.size} out`);

const { type, bbox, transform, objects, arcs } = topo;
// Each marker's drawn shape measured as the map measures it (buildGeometry, on this very file), so
// the map knows when a shape is big enough to replace its dot without decoding the shape.
const measured = buildGeometry({ ...topo, viewBox, markers } as unknown as WorldTopology);
const sizedMarkers = markers.map((m) => {
  const shape = measured.byId.get(m.id) ?? fail(`${m.id} has a marker but is not drawn`);
  return { ...m, extent: extentOf(shape.bbox) };
});
// And each country's anchor (a point inside it, found by walking every point of its largest
// polygon): the map's keyboard order and region presets need them as soon as it is shown.
const anchors = Object.fromEntries(
  measured.countries.map((c) => [c.id, c.anchor.map((v) => Math.round(v * 100) / 100)]),
);
const output = {
  type,
  version: 1,
  source: `Natural Earth 1:50m via world-atlas 2.0.2, projected ${PROJECTION_NAME}`,
  viewBox,
  markers: sizedMarkers,
  anchors,
  bbox,
  transform,
  objects,
  arcs,
};
const json = JSON.stringify(output);
const gzipSize = gzipSync(json).length;

const entries = projected.map((f) => {
  const id = String(f.id);
  return `  ${id}: { name: ${JSON.stringify(f.properties.name)}, numeric: ${JSON.stringify(numericOf.get(id) ?? null)}, marker: ${markerIds.has(id)} },`;
});
const undrawnEntries = undrawn.map(
  (u) =>
    `  {\n    feature: ${JSON.stringify(u.feature)},\n    numeric: ${JSON.stringify(u.numeric)},\n` +
    `    handling: ${JSON.stringify(u.handling)},\n    into: ${JSON.stringify(u.into)},\n` +
    `    reason:\n      ${JSON.stringify(u.reason)},\n  },`,
);
const moduleText = `// GENERATED by scripts/build-topology.ts from world-atlas 2.0.2 (Natural Earth 1:50m).
// Do not edit by hand: change the script and run \`npx tsx scripts/build-topology.ts\`.
// This module imports nothing, so the data layer can use it to validate country ids.

/** Every country the map draws, keyed by the id of its geometry in public/data/world.json. */
export const COUNTRIES: Readonly<Record<string, { name: string; numeric: string | null; marker: boolean }>> = {
${entries.join('\n')}
};

/**
 * world-atlas features not drawn as a country under their own id.
 * merged: drawn as part of \`into\`; excluded: not drawn at all;
 * non-interactive: drawn in the topology's \`disputed\` object, without an id, never selectable.
 */
export const UNDRAWN_FEATURES: ReadonlyArray<{
  readonly feature: string;
  readonly numeric: string | null;
  readonly handling: 'merged' | 'excluded' | 'non-interactive';
  readonly into: string | null;
  readonly reason: string;
}> = [
${undrawnEntries.join('\n')}
];
`;
// Formatted with the project's Prettier config so the generated file passes `format:check`.
const formattedModule = await format(moduleText, {
  ...(await resolveConfig(OUT_MODULE)),
  filepath: OUT_MODULE,
});

const pointCount = arcs.reduce((s, a) => s + a.length, 0);
console.log(`projection: ${PROJECTION_NAME}, viewBox ${viewBox.join(' ')}`);
console.log(
  `features:   ${drawn.length} countries drawn (+${projectedDisputed.length} disputed) from ${sourceGeometries.length} world-atlas features`,
);
console.log(`arcs:       ${arcs.length}, ${pointCount} points`);
console.log(`markers:    ${markers.length}: ${markers.map((m) => m.id).join(' ')}`);
console.log(`world.json: ${json.length} bytes raw, ${gzipSize} bytes gzip (budget ${GZIP_BUDGET})`);
// Nothing is written unless the whole build is good, so the two outputs never disagree.
if (gzipSize > GZIP_BUDGET) fail(`world.json is ${gzipSize} bytes gzip, over the ${GZIP_BUDGET} budget`);
mkdirSync(path.dirname(OUT_TOPOLOGY), { recursive: true });
writeFileSync(OUT_TOPOLOGY, json);
writeFileSync(OUT_MODULE, formattedModule);
console.log(`wrote ${path.relative(ROOT, OUT_TOPOLOGY)} and ${path.relative(ROOT, OUT_MODULE)}`);
