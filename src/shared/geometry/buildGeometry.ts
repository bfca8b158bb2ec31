import type * as TopoJSON from 'topojson-specification';
import type { WorldTopology } from '../load/loadWorld';

/**
 * Turns the projected world topology into SVG path strings, once per topology object.
 *
 * The file is projected at build time, so no projection runs here; and instead of
 * topojson-client + d3-geo (≈3 KB gzip in the first view) this decodes the arcs and writes
 * the paths itself: each arc is turned into text once and shared by the two countries it
 * borders and by the border mesh.
 */

export type Box = [x0: number, y0: number, x1: number, y1: number];
type Point = [number, number];

export interface CountryShape {
  /** ISO 3166-1 alpha-3 (the topology's geometry id). */
  id: string;
  name: string;
  /** SVG path data in view-box pixels, 0.1 px precise, relative moves; fill-rule evenodd. */
  d: string;
  bbox: Box;
  /**
   * A point inside the country's largest polygon, near its centroid: where the compare-mode
   * dot goes and what keyboard navigation orders by.
   */
  anchor: Point;
}

export interface MarkerShape {
  id: string;
  name: string;
  x: number;
  y: number;
  /** The larger side of the state's drawn shape, in view-box units. */
  extent: number;
}

export interface MapGeometry {
  viewBox: WorldTopology['viewBox'];
  /** Every country with an id, in the file's order. */
  countries: readonly CountryShape[];
  byId: ReadonlyMap<string, CountryShape>;
  /** Small states drawn as dots as well as (tiny) shapes. */
  markers: readonly MarkerShape[];
  markerById: ReadonlyMap<string, MarkerShape>;
  /** Borders between two different countries, as one path. */
  borders: string;
  /** Shapes drawn but not selectable (no id), e.g. the Siachen Glacier. */
  disputed: string;
}

/** The geometry as built from the topology, which also knows what no screen draws. */
export interface TopologyGeometry extends MapGeometry {
  /** Arcs that bound only one country: coasts (and the outer edge of the land). */
  coastline: string;
}

const cache = new WeakMap<WorldTopology, TopologyGeometry>();

/** Where a country is pointed at: its marker if it has one, else its shape's anchor. */
export function countryPoint(geometry: MapGeometry, id: string): [number, number] | null {
  const marker = geometry.markerById.get(id);
  if (marker) return [marker.x, marker.y];
  return geometry.byId.get(id)?.anchor ?? null;
}

/** The geometry for a topology; the same object comes back for the same topology. */
export function buildGeometry(topology: WorldTopology): TopologyGeometry {
  let geometry = cache.get(topology);
  if (!geometry) cache.set(topology, (geometry = build(topology)));
  return geometry;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A box's larger side, rounded as the paths are (to 0.1 view-box units). */
export const extentOf = (box: Box): number => round(Math.max(box[2] - box[0], box[3] - box[1]));

function build(topology: WorldTopology): TopologyGeometry {
  // An arc's points as numbers are needed only for the box or anchor of a country it bounds, found
  // when first asked for: decoded then, one arc at a time (the markers' boxes need only small
  // states' arcs, the keyboard order only those of countries with data).
  const decoded: (Point[] | undefined)[] = [];
  const arcPoints = (i: number) => (decoded[i] ??= decodeArc(topology, i));
  // Each arc's points in whole tenths (the paths' precision); its text is written once per
  // direction as relative moves, which rings and the mesh reuse: a third of absolute text's size.
  const tenths = arcTenths(topology);
  const text: (string | undefined)[][] = [[], []];
  const arcText = (i: number) => {
    const arc = i < 0 ? ~i : i;
    const cache = text[i < 0 ? 1 : 0]!;
    return (cache[arc] ??= relativeText(tenths[arc]!, i < 0));
  };
  const startOf = (i: number) => {
    const q = tenths[i < 0 ? ~i : i]!;
    const k = i < 0 ? q.length - 2 : 0;
    return `M${decimal(q[k]!)} ${decimal(q[k + 1]!)}`;
  };
  const ringPath = (ring: readonly number[]) =>
    `${startOf(ring[0]!)}l${ring.map((i) => arcText(i)).join(' ')}Z`;
  const ringPoints = (ring: readonly number[]): Point[] => {
    const out: Point[] = [];
    ring.forEach((i, n) => {
      const arc = arcPoints(i < 0 ? ~i : i);
      const last = arc.length - 1;
      for (let k = n === 0 ? 0 : 1; k <= last; k++) out.push(arc[i < 0 ? last - k : k]!);
    });
    return out;
  };
  // Per arc, its bounding box and shoelace sum, so a ring's extent and area need no points.
  const boxes: ({ b: Box; cross: number } | undefined)[] = [];
  const arcBox = (i: number) => (boxes[i] ??= boxOf(arcPoints(i)));
  const boxOf = (arc: readonly Point[]) => {
    const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
    let cross = 0;
    for (let k = 0; k < arc.length; k++) {
      const [x, y] = arc[k]!;
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
      if (k > 0) cross += arc[k - 1]![0] * y - x * arc[k - 1]![1];
    }
    return { b, cross };
  };

  /** Bounding box over every ring: from the arcs' boxes, no point is visited. */
  const bboxOf = (polygons: readonly (readonly number[])[][]): Box => {
    const bbox: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const i of ring) {
          const { b } = arcBox(i < 0 ? ~i : i);
          if (b[0] < bbox[0]) bbox[0] = b[0];
          if (b[1] < bbox[1]) bbox[1] = b[1];
          if (b[2] > bbox[2]) bbox[2] = b[2];
          if (b[3] > bbox[3]) bbox[3] = b[3];
        }
    return polygons.length > 0 ? bbox : [0, 0, 0, 0];
  };

  /** An interior anchor in the largest polygon (by its outer ring's area). */
  const anchorOf = (polygons: readonly (readonly number[])[][]): Point => {
    let best: { area: number; polygon: readonly (readonly number[])[] } | null = null;
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (!outer) continue;
      let cross = 0;
      for (const i of outer) cross += i < 0 ? -arcBox(~i).cross : arcBox(i).cross;
      const area = Math.abs(cross / 2);
      if (!best || area > best.area) best = { area, polygon };
    }
    if (!best) return [0, 0];
    const rings = best.polygon.map(ringPoints);
    const { cx, cy } = ringMoments(rings[0]!);
    return interiorPoint(rings, cx, cy);
  };

  const countries: CountryShape[] = [];
  // Per arc, the first shape seen to use it, and whether another one does too: a border.
  const firstOwner = new Array<string | number | undefined>(tenths.length);
  const shared = new Uint8Array(tenths.length);
  const noteOwner = (polygons: readonly (readonly number[])[][], owner: string | number) => {
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const i of ring) {
          const arc = i < 0 ? ~i : i;
          const first = firstOwner[arc];
          if (first === undefined) firstOwner[arc] = owner;
          else if (first !== owner) shared[arc] = 1;
        }
  };

  for (const g of topology.objects.countries.geometries) {
    const polygons = polygonsOf(g);
    if (g.id === undefined || polygons.length === 0) continue;
    const id = String(g.id);
    const properties: { name?: string } | undefined = g.properties;
    noteOwner(polygons, id);
    // Found when first asked for: the first paint needs no anchor, the keyboard order only those
    // of the ~40 countries with data, and finding one walks every point of a country.
    let bbox: Box | undefined;
    const given = topology.anchors?.[id];
    let anchor: Point | undefined =
      Array.isArray(given) && given.length === 2 && given.every(Number.isFinite)
        ? [given[0], given[1]]
        : undefined;
    countries.push({
      id,
      name: properties?.name ?? id,
      d: polygons.map((p) => p.map(ringPath).join('')).join(''),
      get bbox() {
        return (bbox ??= bboxOf(polygons));
      },
      get anchor() {
        return (anchor ??= anchorOf(polygons));
      },
    });
  }

  const disputedParts: string[] = [];
  (topology.objects.disputed?.geometries ?? []).forEach((g, n) => {
    const polygons = polygonsOf(g);
    // Disputed land borders its neighbours like a country does.
    noteOwner(polygons, n);
    disputedParts.push(polygons.map((p) => p.map(ringPath).join('')).join(''));
  });

  const mesh = (border: boolean) => {
    const parts: string[] = [];
    for (let i = 0; i < tenths.length; i++)
      if (firstOwner[i] !== undefined && (shared[i] === 1) === border)
        parts.push(`${startOf(i)}l${arcText(i)}`);
    return parts.join('');
  };
  // Nothing on screen draws the coasts: made only if asked for.
  let coastline: string | undefined;

  const byId = new Map(countries.map((c) => [c.id, c] as const));
  const markers = topology.markers
    .filter((m) => byId.has(m.id))
    .map((m): MarkerShape => {
      const shape = byId.get(m.id)!;
      // The file's, measured at build time; else from the shape, when first asked for.
      let extent = typeof m.extent === 'number' && Number.isFinite(m.extent) ? m.extent : undefined;
      return {
        id: m.id,
        name: shape.name,
        x: m.x,
        y: m.y,
        get extent() {
          return (extent ??= extentOf(shape.bbox));
        },
      };
    });

  return {
    viewBox: topology.viewBox,
    countries,
    byId,
    markers,
    markerById: new Map(markers.map((m) => [m.id, m] as const)),
    borders: mesh(true),
    get coastline() {
      return (coastline ??= mesh(false));
    },
    disputed: disputedParts.join(''),
  };
}

/**
 * Every arc's points as whole tenths of a view-box unit, x and y interleaved. When the file's
 * grid is that 0.1 px (scripts/build-topology.ts quantises so), straight from its integers;
 * otherwise rounded from the decoded points.
 */
function arcTenths(topology: WorldTopology): Int32Array[] {
  const t = topology.transform;
  const ox = t ? t.translate[0] * 10 : 0;
  const oy = t ? t.translate[1] * 10 : 0;
  const onGrid =
    t && t.scale[0] === 0.1 && t.scale[1] === 0.1 && Number.isInteger(ox) && Number.isInteger(oy);
  return topology.arcs.map((arc, i) => {
    const out = new Int32Array(arc.length * 2);
    if (onGrid) {
      // Delta-encoded, as in decodeArc.
      let x = ox;
      let y = oy;
      arc.forEach(([dx, dy], k) => {
        out[2 * k] = x += dx!;
        out[2 * k + 1] = y += dy!;
      });
    } else
      decodeArc(topology, i).forEach(([x, y], k) => {
        out[2 * k] = Math.round(x * 10);
        out[2 * k + 1] = Math.round(y * 10);
      });
    return out;
  });
}

/** Tenths as the shortest decimal: 1234 → "123.4", 120 → "12", 3 → ".3", -3 → "-.3". */
function decimal(q: number): string {
  const sign = q < 0 ? '-' : '';
  const a = Math.abs(q);
  const whole = Math.trunc(a / 10);
  const tenth = a % 10;
  return `${sign}${whole === 0 && tenth !== 0 ? '' : whole}${tenth === 0 ? '' : `.${tenth}`}`;
}

/** An arc's moves after its first point, relative ("l" pairs), forwards or from its end. */
function relativeText(q: Int32Array, reversed: boolean): string {
  let out = '';
  const n = q.length / 2;
  for (let s = 1; s < n; s++) {
    const k = reversed ? n - 1 - s : s;
    const j = reversed ? k + 1 : k - 1;
    const dx = decimal(q[2 * k]! - q[2 * j]!);
    const dy = decimal(q[2 * k + 1]! - q[2 * j + 1]!);
    // A minus sign separates numbers by itself.
    out += `${s === 1 || dx.startsWith('-') ? '' : ' '}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
  }
  return out;
}

function decodeArc(topology: WorldTopology, i: number): Point[] {
  const arc = topology.arcs[i]!;
  const t = topology.transform;
  if (!t) return arc.map(([x, y]) => [x!, y!] as Point);
  const [sx, sy] = t.scale;
  const [tx, ty] = t.translate;
  // Quantized arcs are delta-encoded: each position is an offset from the previous one.
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx!;
    y += dy!;
    return [x * sx + tx, y * sy + ty] as Point;
  });
}

function polygonsOf(g: TopoJSON.GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

/** Signed area (shoelace) and area-weighted centroid of a ring. */
function ringMoments(ring: readonly Point[]): { area: number; cx: number; cy: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return a === 0
    ? { area: 0, cx: ring[0]![0], cy: ring[0]![1] }
    : { area: a / 2, cx: cx / (3 * a), cy: cy / (3 * a) };
}

/**
 * The centroid of a concave country (Croatia, Chile's neighbours, a crescent) can fall outside
 * it. Cast a horizontal line through the centroid, keep the spans inside the polygon (even-odd,
 * so holes count), and take the middle of the span nearest the centroid — inside by construction.
 */
function interiorPoint(rings: readonly Point[][], cx: number, cy: number): Point {
  const xs: number[] = [];
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j]!;
      const [x1, y1] = ring[i]!;
      if (y0 > cy !== y1 > cy) xs.push(x0 + ((cy - y0) / (y1 - y0)) * (x1 - x0));
    }
  xs.sort((a, b) => a - b);
  let best: Point | null = null;
  let bestScore = Infinity;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const a = xs[i]!;
    const b = xs[i + 1]!;
    if (a <= cx && cx <= b) return [cx, cy];
    // Prefer a near, wide span: distance to the centroid, discounted by half the span's width.
    const score = Math.min(Math.abs(a - cx), Math.abs(b - cx)) - (b - a) / 2;
    if (score < bestScore) {
      bestScore = score;
      best = [(a + b) / 2, cy];
    }
  }
  return best ?? [cx, cy];
}
