import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../../eslint.layers.js';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...layerRules],
});

/** The layer messages `npm run lint` gives for one import written in the file at `path`. */
async function lintImport(path: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport { x };\n`, {
    filePath: path,
  });
  return result!.messages.map((m) => m.message);
}

describe('the one-way layers (eslint.layers.js)', () => {
  it.each([
    ['src/features/map/MapCanvas.tsx', '../../app/App', /Only app\/ composes/],
    ['src/features/map/paint/drawPulses.ts', '../../../app/strings', /Only app\/ composes/],
    ['src/features/panel/StatusNow.tsx', '../table/TableView', /never imports another feature/],
    ['src/features/map/geometry/shapesMarkup.ts', '../../share/mapToSvg', /never imports another feature/],
    ['src/shared/ui/Dialog.tsx', '../../features/map/WorldMap', /sit below the features/],
    ['src/shared/embedMessages.ts', '../app/App', /Only app\/ composes/],
    ['src/state/syncUrl.ts', '../features/timeline/usePlayback', /sit below the features/],
    ['src/data/createIndex.ts', '../state/urlState', /imports only src\/data/],
    ['src/data/status.ts', 'react', /pure TypeScript/],
  ])('%s may not import %s', async (path, specifier, message) => {
    const messages = await lintImport(path, specifier);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['src/features/map/MapCanvas.tsx', './paint/createMapPainter'],
    ['src/features/map/paint/createMapPainter.ts', '../geometry/shapesMarkup'],
    ['src/features/share/svgMapLayer.ts', '../../shared/geometry/regionTransform'],
    ['src/features/map/paint/createMapPainter.ts', '../../../shared/geometry/hatch'],
    ['src/features/panel/StatusNow.tsx', '../../shared/ui/StatusSwatch'],
    ['src/features/share/EmbedPanel.tsx', '../../state/urlState'],
    ['src/shared/hooks/useCurrentDay.ts', '../../state/AppStoreContext'],
    ['src/shared/load/loadDataset.ts', '../../data/createIndex'],
    ['src/app/App.tsx', '../features/map/WorldMap'],
    ['src/data/createIndex.ts', './dates'],
  ])('%s may import %s', async (path, specifier) => {
    expect(await lintImport(path, specifier)).toEqual([]);
  });
});
