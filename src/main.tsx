import { afterNextFrame } from './app/afterNextFrame';
import { loadDataset } from './app/loadDataset';
import { yieldToMain } from './app/yieldToMain';
import { buildGeometry } from './features/map/buildGeometry';
import { loadWorld } from './features/map/loadWorld';
import { paintEarlyMap } from './features/map/paintEarlyMap';
import { prepareShapes } from './features/map/preparedShapes';
import { createStoreFromUrl, syncUrl } from './state/syncUrl';
import type { DatasetIndex } from './data/createIndex';
import type { Theme } from './data/statusScale';
// The first view's styles load with this entry, not with the framework it loads later: the
// prerendered page is on screen, styled, before either has run. In the order the components
// imported them before (the cascade depends on it: theme.css last).
import './features/map/map.css';
import './features/timeline/Timeline.css';
import './features/panel/SourceList.css';
import './features/panel/CountryPanel.css';
import './features/search/SearchBox.css';
import './features/embed/ShareButton.css';
import './app/theme.css';

/**
 * The page's entry: it starts both files, draws the coloured map over the prerendered page, and
 * only then loads and runs the framework (src/app/startApp.tsx). What a reader waits for first is
 * the map; evaluating the framework and every component before drawing it was a long task of its
 * own on a slow phone, ahead of the map.
 */

/**
 * How long the app waits for the map drawn before it (paintEarlyMap). On a slow network the files
 * arrive after the script, and the page becomes interactive without it.
 */
const EARLY_MAP_WAIT_MS = 1_000;

const store = createStoreFromUrl(window.location.search);
syncUrl(store);
const root = document.getElementById('root');

/** The day the app's map first shows: the address's, unless the dataset cannot honour it. */
function firstDay(index: DatasetIndex): number {
  const { date } = store.getState();
  // As NormaliseUrlToDataset: a date outside the dataset's range is dropped for the latest.
  return date !== null && date >= index.firstDay && date <= index.lastDay ? date : index.lastDay;
}

async function start() {
  // Both files are read at once (index.html preloads them): their loads belong to the queries,
  // which are handed the same promises (startApp).
  const world = loadWorld();
  const dataset = loadDataset();
  // Their failures are reported by the queries, once the app has rendered.
  for (const load of [world, dataset]) load.catch(() => undefined);
  // The built page holds two prerendered pages, the plain address's and an embed's (renderShell):
  // the app's first render starts from the one of its kind.
  const prerendered = root?.hasAttribute('data-prerendered') === true;
  if (root && prerendered)
    for (const page of [...root.children])
      if (page.classList.contains('app--embed') !== store.getState().embed) page.remove();
  // Where public/boot.js has shown the prerendered page, the coloured map is drawn over its map
  // frame as soon as both files are in, before the framework is loaded.
  const frame =
    prerendered && document.documentElement.dataset.shell !== 'off'
      ? root?.querySelector('.map__frame')
      : null;
  if (frame) {
    const theme: Theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
    const painted = Promise.all([world, dataset]).then(async ([topology, index]) => {
      // Too late: the app has rendered (and owns the frame) without it.
      if (!root?.hasAttribute('data-prerendered')) return;
      paintEarlyMap(frame, topology, index, firstDay(index), theme);
      // Its frame first: what follows is a long task on a slow phone.
      await afterNextFrame();
      // The app's map is drawn from shapes of its own (the early map's go with it): parsed now, in
      // a task of their own, rather than in the render that shows them.
      prepareShapes(buildGeometry(topology));
      await yieldToMain();
    });
    await Promise.race([painted.catch(() => undefined), wait(EARLY_MAP_WAIT_MS)]);
  }
  const { startApp } = await import('./app/startApp');
  if (root) startApp(root, store, { world, dataset });
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

void start();
