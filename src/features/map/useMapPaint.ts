import { useLayoutEffect, type RefObject } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import type { Theme } from '../../data/statusScale';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { matches } from '../../shared/hooks/mediaQuery';
import { REDUCED_MOTION } from '../../shared/hooks/useMediaQuery';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { PLAYING_WRITE_MS } from './MapDescription';
import { createMapPainter } from './paint/createMapPainter';
import { drawPulses } from './paint/drawPulses';
import { paintInput, paintState } from './paint/paintInput';

/**
 * Paints fills, fades and names onto the country layer now and on every store change that affects
 * them, without a React render; draws the playback pulses. While the timeline plays, names follow
 * at most once a second (as MapDescription does), in a task of their own.
 */
export function useMapPaint(
  layerRef: RefObject<SVGGElement | null>,
  pulseRef: RefObject<SVGGElement | null>,
  index: DatasetIndex | null,
  geometry: MapGeometry,
  theme: Theme,
  unitsPerPx: () => number | null,
  /** Roles change with it, and the painter names only focusable countries. */
  focusable: ReadonlySet<string>,
) {
  const store = useAppStoreApi();
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const paint = createMapPainter(layer);
    let last: unknown[] = [];
    let namesLater: ReturnType<typeof setTimeout> | undefined;
    let namesBehind = false;
    const run = (names = !store.getState().playing) => {
      const shown = paintState(store.getState(), index);
      // A step to a day with no update answers the same statuses: nothing to repaint.
      const inputs = [shown.statuses, shown.before, shown.highlight, shown.from];
      if (inputs.every((v, i) => v === last[i]) && !(names && namesBehind)) return;
      last = inputs;
      paint(paintInput(shown, index, geometry, theme, unitsPerPx(), names));
      namesBehind = !names;
      if (names) {
        clearTimeout(namesLater);
        namesLater = undefined;
      } else
        namesLater ??= setTimeout(() => {
          namesLater = undefined;
          run(true);
        }, PLAYING_WRITE_MS);
    };
    run();
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.playing !== prev.playing ||
        s.date !== prev.date ||
        s.compare !== prev.compare ||
        s.legendHover !== prev.legendHover ||
        s.legendPinned !== prev.legendPinned
      )
        run();
      if (s.changed !== prev.changed && pulseRef.current && !matches(REDUCED_MOTION))
        drawPulses(pulseRef.current, s.changed, geometry, layer);
    });
    return () => {
      unsubscribe();
      clearTimeout(namesLater);
    };
  }, [store, layerRef, pulseRef, index, theme, geometry, focusable, unitsPerPx]);
}
