import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGeometry } from '../../../src/shared/geometry/buildGeometry';
import {
  clampZoom,
  fitBox,
  IDENTITY,
  regionBox,
  regionZoom,
  visibleBox,
} from '../../../src/shared/geometry/regionTransform';
import { parseWorldText } from '../../../src/shared/load/loadWorld';

const geometry = buildGeometry(parseWorldText(readFileSync('public/data/world.json', 'utf8')));

describe('region zoom', () => {
  const [, , width, height] = geometry.viewBox;

  it('frames Europe: its countries inside the view, zoomed in', () => {
    const z = fitBox(regionBox('europe', geometry), geometry.viewBox);
    expect(z.k).toBeGreaterThan(2.5);
    for (const id of ['PRT', 'FIN', 'CYP', 'IRL', 'GRC', 'DEU']) {
      const [x, y] = geometry.byId.get(id)!.anchor;
      const sx = z.x + z.k * x;
      const sy = z.y + z.k * y;
      expect(sx, id).toBeGreaterThan(0);
      expect(sx, id).toBeLessThan(width);
      expect(sy, id).toBeGreaterThan(0);
      expect(sy, id).toBeLessThan(height);
    }
    expect(fitBox(regionBox('world', geometry), geometry.viewBox)).toEqual(IDENTITY);
  });

  it('keeps zoom within 1–12 and the view inside the map', () => {
    expect(clampZoom({ k: 40, x: 0, y: 0 }, width, height).k).toBe(12);
    expect(clampZoom({ k: 0.2, x: 50, y: 50 }, width, height)).toEqual(IDENTITY);
    const z = clampZoom({ k: 2, x: 100, y: -5000 }, width, height);
    expect(z).toEqual({ k: 2, x: 0, y: height - 2 * height });
  });

  it('gives the rectangle a zoom shows, the same for a preset as the screen draws it', () => {
    expect(visibleBox(IDENTITY, geometry.viewBox)).toEqual([0, 0, width, height]);
    const z = regionZoom('europe', geometry);
    const [x0, y0, x1, y1] = visibleBox(z, geometry.viewBox);
    // Its corners land on the screen's corners, and it holds the region's box.
    expect(z.x + z.k * x0).toBeCloseTo(0);
    expect(z.y + z.k * y1).toBeCloseTo(height);
    const box = regionBox('europe', geometry)!;
    expect(x0).toBeLessThanOrEqual(box[0] + 1e-9);
    expect(y0).toBeLessThanOrEqual(box[1] + 1e-9);
    expect(x1).toBeGreaterThanOrEqual(box[2] - 1e-9);
    expect(y1).toBeGreaterThanOrEqual(box[3] - 1e-9);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(width / height);
  });
});
