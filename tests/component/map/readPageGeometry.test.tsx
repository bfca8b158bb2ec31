import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderShell } from '../../../src/app/renderShell';
import { buildGeometry } from '../../../src/shared/geometry/buildGeometry';
import { parseWorldText } from '../../../src/shared/load/loadWorld';
import { readPageGeometry } from '../../../src/features/map/geometry/readPageGeometry';

const files = {
  dataset: readFileSync('public/data/huawei-5g.json', 'utf8'),
  world: readFileSync('public/data/world.json', 'utf8'),
};
const fromFile = buildGeometry(parseWorldText(files.world));

/** The prerendered page's root, as index.html ships it. */
function page(markup = renderShell(files)) {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

describe('the map geometry read from the prerendered page', () => {
  const geometry = readPageGeometry(page())!;

  it('is the map file’s: every country’s path, name, anchor and box, in the same order', () => {
    expect(geometry.viewBox).toEqual(fromFile.viewBox);
    expect(geometry.countries.map((c) => c.id)).toEqual(fromFile.countries.map((c) => c.id));
    for (const c of fromFile.countries) {
      const read = geometry.byId.get(c.id)!;
      expect(read.d).toBe(c.d);
      expect(read.name).toBe(c.name);
      expect(read.anchor).toEqual(c.anchor);
      expect(read.bbox.map((v) => v.toFixed(1))).toEqual(c.bbox.map((v) => v.toFixed(1)));
    }
  });

  it('has the same markers (position, extent), borders and disputed land', () => {
    expect(geometry.markers.map(({ id, name, x, y, extent }) => ({ id, name, x, y, extent }))).toEqual(
      fromFile.markers.map(({ id, name, x, y, extent }) => ({ id, name, x, y, extent })),
    );
    expect(geometry.markerById.get('SGP')).toBe(geometry.markers.find((m) => m.id === 'SGP'));
    expect(geometry.borders).toBe(fromFile.borders);
    expect(geometry.disputed).toBe(fromFile.disputed);
  });

  it('is null when the page has no map, or one without anchors (an older page): the app loads the file', () => {
    expect(readPageGeometry(page('<main><h1>Where is Huawei banned?</h1></main>'))).toBeNull();
    const old = page();
    old.querySelector('.map-country')!.removeAttribute('data-anchor');
    expect(readPageGeometry(old)).toBeNull();
  });
});
