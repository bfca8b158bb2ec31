import { COUNTRIES } from '../../../data/countries.generated';
import type { Box, CountryShape, MapGeometry, MarkerShape } from '../../../shared/geometry/buildGeometry';
import { pathBox } from '../../../shared/geometry/pathBox';

const numbers = (text: string | null | undefined): number[] | null => {
  if (!text) return null;
  const values = text.trim().split(/\s+/).map(Number);
  return values.every(Number.isFinite) ? values : null;
};

/**
 * The map's geometry read back from the prerendered map in `root` (index.html's, written by
 * CountryShapes at build time): the same paths, anchors and markers the map file would give, so a
 * prerendered page never downloads the shapes a second time. Null when `root` holds no complete
 * map (a page from elsewhere, or one rendered without it): the app loads the map file then.
 */
export function readPageGeometry(root: ParentNode): MapGeometry | null {
  const svg = root.querySelector('svg.map__svg');
  const viewBox = numbers(svg?.getAttribute('viewBox'));
  if (!svg || viewBox?.length !== 4) return null;
  const countries: CountryShape[] = [];
  for (const el of svg.querySelectorAll('.map-countries > path.map-country[data-id]')) {
    const id = el.getAttribute('data-id')!;
    const d = el.getAttribute('d');
    const anchor = numbers(el.getAttribute('data-anchor'));
    if (!d || anchor?.length !== 2) return null;
    let bbox: Box | undefined;
    countries.push({
      id,
      name: COUNTRIES[id]?.name ?? id,
      d,
      get bbox() {
        return (bbox ??= pathBox(d));
      },
      anchor: [anchor[0]!, anchor[1]!],
    });
  }
  const borders = svg.querySelector('path.map-borders')?.getAttribute('d');
  if (countries.length === 0 || !borders) return null;
  const byId = new Map(countries.map((c) => [c.id, c] as const));
  const markers: MarkerShape[] = [];
  for (const el of svg.querySelectorAll('.map-markers > g.map-marker[data-id]')) {
    const id = el.getAttribute('data-id')!;
    const dot = el.querySelector('.map-marker__dot');
    const extent = Number(el.getAttribute('data-extent'));
    const x = Number(dot?.getAttribute('cx'));
    const y = Number(dot?.getAttribute('cy'));
    const shape = byId.get(id);
    if (!shape || !dot || ![x, y, extent].every(Number.isFinite)) return null;
    markers.push({ id, name: shape.name, x, y, extent });
  }
  return {
    viewBox: [viewBox[0]!, viewBox[1]!, viewBox[2]!, viewBox[3]!],
    countries,
    byId,
    markers,
    markerById: new Map(markers.map((m) => [m.id, m] as const)),
    borders,
    disputed: svg.querySelector('path.map-disputed')?.getAttribute('d') ?? '',
  };
}
