import { yieldToMain } from '../util/yieldToMain';
import type * as TopoJSON from 'topojson-specification';
import { fetchText } from './fetchText';
import { LoadError } from './LoadError';
import { buildGeometry, type MapGeometry } from '../geometry/buildGeometry';

export const WORLD_URL = './data/world.json';

/** A small state drawn as a clickable dot, at its position in the view box. */
export interface WorldMarker {
  id: string;
  x: number;
  y: number;
  /**
   * The larger side of the state's drawn shape, in view-box units (scripts/build-topology.ts):
   * whether the shape is big enough on screen to take the dot's place, known without measuring
   * the shape. Measured from the shape when absent.
   */
  extent?: number;
}

/**
 * public/data/world.json: TopoJSON already projected at build time (scripts/build-topology.ts),
 * so every coordinate is a pixel of `viewBox` and the browser ships no projection maths.
 */
export interface WorldTopology extends TopoJSON.Topology<{
  countries: TopoJSON.GeometryCollection<{ name?: string }>;
  disputed?: TopoJSON.GeometryCollection<{ name?: string }>;
}> {
  viewBox: [number, number, number, number];
  markers: WorldMarker[];
  /**
   * A point inside each country, by id (scripts/build-topology.ts, as buildGeometry finds it):
   * known without walking the shape. Found from the shape when absent.
   */
  anchors?: Record<string, [number, number]>;
}

/** The view box the bundled file uses, so the map reserves its space before the file arrives. */
export const DEFAULT_VIEW_BOX: WorldTopology['viewBox'] = [0, 0, 960, 436];

/**
 * Checks only what the map relies on; the file is generated and tested at build time, so this
 * guards against a wrong file (an HTML error page, another topology), not against subtle damage.
 */
export function parseWorldText(text: string, url = WORLD_URL): WorldTopology {
  if (/^\s*</.test(text)) throw new LoadError('html', url, `${url} is a web page, not the map file`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LoadError('json', url, `${url} is not valid JSON (${(error as Error).message})`);
  }
  const problems: { path: string; message: string }[] = [];
  const v = value as Partial<WorldTopology> | null;
  if (!v || typeof v !== 'object' || v.type !== 'Topology')
    problems.push({ path: 'type', message: 'must be "Topology"' });
  const viewBox = v?.viewBox;
  if (
    !Array.isArray(viewBox) ||
    viewBox.length !== 4 ||
    !viewBox.every((n) => Number.isFinite(n)) ||
    !(viewBox[2] > 0 && viewBox[3] > 0)
  )
    problems.push({ path: 'viewBox', message: 'must be [x, y, width, height] with a positive size' });
  if (!Array.isArray(v?.markers)) problems.push({ path: 'markers', message: 'must be an array' });
  if (!Array.isArray(v?.objects?.countries?.geometries))
    problems.push({ path: 'objects.countries', message: 'must be a GeometryCollection' });
  if (!Array.isArray(v?.arcs)) problems.push({ path: 'arcs', message: 'must be an array' });
  if (problems.length > 0)
    throw new LoadError(
      'schema',
      url,
      `${url} is not the map file: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
      problems,
    );
  return value as WorldTopology;
}

/**
 * Reads the world file and builds the map's geometry from it, each stage in a task of its own,
 * rather than in the map's first render.
 */
export async function loadWorld(url = WORLD_URL, signal?: AbortSignal): Promise<MapGeometry> {
  const text = await fetchText(url, signal);
  await yieldToMain();
  const topology = parseWorldText(text, url);
  await yieldToMain();
  return buildGeometry(topology);
}
