// Preact's own render, not react-dom's createRoot: see the first render below.
import { render } from 'preact';
import { QueryClient } from '@tanstack/react-query';
import { AppRoot } from './app/AppRoot';
import { datasetQuery, loadDataset } from './app/datasetQuery';
import { afterNextFrame } from './app/afterNextFrame';
import { loadWorld, worldQuery } from './features/map/worldQuery';
import { paintEarlyMap, renderAroundEarlyMap } from './features/map/paintEarlyMap';
import { buildGeometry } from './features/map/buildGeometry';
import { prepareShapes } from './features/map/preparedShapes';
import { yieldToMain } from './app/yieldToMain';
import { createStoreFromUrl, syncUrl } from './state/syncUrl';
import type { DatasetIndex } from './data/createIndex';
import type { Theme } from './data/statusScale';
import './app/theme.css';

/**
 * How long the app's first render waits for the map drawn before it (paintEarlyMap). On a slow
 * network the files arrive after the script, and the page becomes interactive without it.
 */
const EARLY_MAP_WAIT_MS = 1_000;

const store = createStoreFromUrl(window.location.search);
syncUrl(store);
const queryClient = new QueryClient();
const root = document.getElementById('root');

/** The day the app's map first shows: the address's, unless the dataset cannot honour it. */
function firstDay(index: DatasetIndex): number {
  const { date } = store.getState();
  // As NormaliseUrlToDataset: a date outside the dataset's range is dropped for the latest.
  return date !== null && date >= index.firstDay && date <= index.lastDay ? date : index.lastDay;
}

async function start() {
  // Both files are read at once (index.html preloads them): their loads belong to the queries,
  // which are handed the same promises below.
  const world = loadWorld();
  const dataset = loadDataset();
  // Their failures are reported by the queries (below), which may be handed them a task later.
  for (const load of [world, dataset]) load.catch(() => undefined);
  // The built page holds two prerendered pages, the plain address's and an embed's (renderShell):
  // the app's first render starts from the one of its kind.
  const prerendered = root?.hasAttribute('data-prerendered') === true;
  if (root && prerendered)
    for (const page of [...root.children])
      if (page.classList.contains('app--embed') !== store.getState().embed) page.remove();
  // Where public/boot.js has shown the prerendered page, the coloured map is drawn over its map
  // frame as soon as both files are in, before the framework's first render adopts the page.
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
      // Its frame first: the render after it is a long task on a slow phone.
      await afterNextFrame();
      // The app's map is drawn from shapes of its own (the early map's go with it): parsed now, in
      // a task of their own, rather than in the render that shows them.
      prepareShapes(buildGeometry(topology));
      await yieldToMain();
    });
    // A failed load is the queries' to report, once the app has rendered.
    await Promise.race([painted.catch(() => undefined), wait(EARLY_MAP_WAIT_MS)]);
  } else await yieldToMain();
  void queryClient.prefetchQuery({ ...worldQuery(), queryFn: () => world });
  void queryClient.prefetchQuery({ ...datasetQuery(), queryFn: () => dataset });
  if (!root) return;
  // Preact's render adopts the elements it finds, reading their attributes and correcting
  // whatever this address renders differently, rather than creating and laying out the page
  // anew; react-dom's createRoot (preact/compat's) would empty the root first, as React does.
  renderAroundEarlyMap(() => render(<AppRoot store={store} queryClient={queryClient} />, root));
  root.removeAttribute('data-prerendered');
  root.removeAttribute('inert');
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

void start();
