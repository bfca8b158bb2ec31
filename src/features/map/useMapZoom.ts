import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';
import type { Region } from '../../state/urlState';
import type { ZoomController } from './paint/attachZoom';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { drawnWidth, sizeForScreen } from './paint/sizeForScreen';
import {
  clampZoom,
  fitBox,
  IDENTITY,
  regionBox,
  zoomAttribute,
  type ZoomState,
} from './geometry/regionTransform';
import { matches } from '../../shared/hooks/mediaQuery';

export interface MapZoom {
  /** The transform the zoomed `<g>` is first rendered with (the URL's region). */
  initial: string;
  zoomIn: () => void;
  zoomOut: () => void;
  /** Back to the whole world (and region=world). */
  reset: () => void;
  /** Frames a region preset, even when it is already the store's region (re-centres). */
  showRegion: (region: Region) => void;
  /** Pans so a view-box point is on screen, e.g. the country keyboard focus moved to. */
  ensureVisible: (x: number, y: number) => void;
  /** Whether a view-box point is on screen once the zoom in progress (if any) ends. */
  isVisible: (x: number, y: number) => boolean;
  /** Where a view-box point will be in the window (client pixels) once the zoom ends. */
  toClient: (x: number, y: number) => { x: number; y: number };
  /** View-box units per screen pixel at the drawn zoom; null until the map's width is known. */
  unitsPerPx: () => number | null;
}

const STEP = 1.6;
/** The legend floats over the map's bottom-left on landscape screens from 720 px (map.css). */
const LEGEND_OVER_MAP = '(min-width: 720px) and (orientation: landscape)';
const legendOverMap = () => matches(LEGEND_OVER_MAP, true);
const reducedMotion = () => matches('(prefers-reduced-motion: reduce)', false);

/**
 * Zoom and pan of one `<g>` by transform — nothing is re-projected. d3-zoom arrives lazily
 * (see attachZoom); until then the buttons and region presets still work, unanimated.
 *
 * Zooming also keeps some things a constant size on screen: small states' markers get their
 * radii in screen pixels (sizeMarker), `--u` (view-box units per screen pixel) scales the few
 * overlay rings and dots through CSS (set on their group only: an inherited custom property
 * changed on the whole layer restyles all ~800 of its elements), and the hatch patterns get a
 * matching patternTransform so their lines stay HATCH_TILE pixels apart.
 */
export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  layerRef: RefObject<SVGGElement | null>,
  geometry: MapGeometry,
  /** True once the map is painted from the dataset: only then is d3-zoom fetched. */
  painted: boolean,
): MapZoom {
  const store = useAppStoreApi();
  const [, , width, height] = geometry.viewBox;
  const [initialZoom] = useState(() =>
    fitBox(regionBox(store.getState().region, geometry, legendOverMap()), geometry.viewBox),
  );
  const current = useRef<ZoomState>(initialZoom);
  /** Where the view is heading: the end of an animated zoom, else the current view. */
  const goal = useRef<ZoomState>(initialZoom);
  const pixelWidth = useRef(0);
  /** View-box units per screen pixel the screen-constant sizes were last set for (none yet). */
  const units = useRef(Number.NaN);
  const controller = useRef<ZoomController | null>(null);

  const api = useMemo(() => {
    /** Draws a zoom; `settled` unless it is a frame of an animation towards `goal`. */
    const paint = (z: ZoomState, settled = true) => {
      current.current = z;
      if (settled) goal.current = z;
      const layer = layerRef.current;
      const svg = svgRef.current;
      if (!layer || !svg) return;
      layer.setAttribute('transform', zoomAttribute(z));
      // Screen-constant sizes need the drawn width, which the ResizeObserver below reports after
      // the first layout and before the first paint: sizing ~200 markers for a guessed width
      // first was a pass thrown away.
      if (pixelWidth.current === 0) return;
      const unitsPerPx = width / (pixelWidth.current * z.k);
      const u = String(unitsPerPx);
      // For drawPulses, which copies it onto the pulses' own svg.
      layer.dataset.u = u;
      const overlays = layer.querySelector<SVGGElement>('.map-overlays');
      if (overlays && overlays.style.getPropertyValue('--u') !== u) overlays.style.setProperty('--u', u);
      // A pan, or a resize that keeps the drawn width (the observer's first report), leaves every
      // screen-constant size as it is: rewriting 200 markers' radii would only restyle them.
      if (unitsPerPx === units.current) return;
      units.current = unitsPerPx;
      sizeForScreen(svg, geometry, unitsPerPx);
    };
    const go = (z: ZoomState) => {
      const target = clampZoom(z, width, height);
      goal.current = target;
      if (controller.current) controller.current.to(target, !reducedMotion());
      else paint(target);
    };
    const scaleBy = (factor: number) => {
      const z = goal.current;
      const k = clampZoom({ ...z, k: z.k * factor }, width, height).k;
      // About the centre of the view.
      const cx = (width / 2 - z.x) / z.k;
      const cy = (height / 2 - z.y) / z.k;
      go({ k, x: width / 2 - k * cx, y: height / 2 - k * cy });
    };
    const isVisible = (x: number, y: number) => {
      const z = goal.current;
      const px = z.x + z.k * x;
      const py = z.y + z.k * y;
      const margin = Math.min(width, height) * 0.08;
      return px >= margin && px <= width - margin && py >= margin && py <= height - margin;
    };
    return {
      paint,
      zoomIn: () => scaleBy(STEP),
      zoomOut: () => scaleBy(1 / STEP),
      reset: () => {
        if (store.getState().region !== 'world') store.getState().setRegion('world');
        else go(IDENTITY);
      },
      showRegion: (region: Region) => {
        if (store.getState().region !== region) store.getState().setRegion(region);
        else go(fitBox(regionBox(region, geometry, legendOverMap()), geometry.viewBox));
      },
      ensureVisible: (x: number, y: number) => {
        if (isVisible(x, y)) return;
        const { k } = goal.current;
        go({ k, x: width / 2 - k * x, y: height / 2 - k * y });
      },
      isVisible,
      unitsPerPx: () => (Number.isNaN(units.current) ? null : units.current),
      toClient: (x: number, y: number) => {
        const box = svgRef.current?.getBoundingClientRect();
        const z = goal.current;
        if (!box || box.width <= 0 || box.height <= 0) return { x: z.x + z.k * x, y: z.y + z.k * y };
        // The view box is drawn whole and centred ("meet"), letterboxed when the frame's
        // proportions differ from the map's.
        const scale = Math.min(box.width / width, box.height / height);
        return {
          x: box.left + (box.width - width * scale) / 2 + (z.x + z.k * x) * scale,
          y: box.top + (box.height - height * scale) / 2 + (z.y + z.k * y) * scale,
        };
      },
      go,
    };
  }, [geometry, height, layerRef, store, svgRef, width]);

  // A region change (the switch, or Back/Forward through history) frames the region.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.region !== prev.region)
          api.go(fitBox(regionBox(s.region, geometry, legendOverMap()), geometry.viewBox));
      }),
    [api, geometry, store],
  );

  // Screen-constant sizes depend on the drawn width. A ResizeObserver reports it after layout
  // and before paint, so the first frame is right without forcing a layout here.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // Not `settled`: a resize mid-animation must not cut the animation's goal short.
    api.paint(current.current, false);
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      pixelWidth.current = box ? drawnWidth(box, geometry.viewBox) : 0;
      api.paint(current.current, false);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [api, svgRef, geometry]);

  // d3-zoom in its own chunk, fetched when the browser is idle after the map's first real
  // paint, so it never competes with the first view. Until then the buttons still work.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !painted) return;
    let cancelled = false;
    const load = () =>
      void import('./paint/attachZoom').then(({ attachZoom }) => {
        if (cancelled) return;
        controller.current = attachZoom(svg, {
          width,
          height,
          initial: current.current,
          onZoom: (z, byUser) => api.paint(z, byUser),
          wheelNeedsModifier: () => store.getState().embed,
        });
      });
    const idle = window.requestIdleCallback?.(load, { timeout: 1500 });
    const timer = idle === undefined ? setTimeout(load, 300) : undefined;
    return () => {
      cancelled = true;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      clearTimeout(timer);
      controller.current?.detach();
      controller.current = null;
    };
  }, [api, height, painted, store, svgRef, width]);

  return {
    initial: zoomAttribute(initialZoom),
    zoomIn: api.zoomIn,
    zoomOut: api.zoomOut,
    reset: api.reset,
    showRegion: api.showRegion,
    ensureVisible: api.ensureVisible,
    isVisible: api.isVisible,
    toClient: api.toClient,
    unitsPerPx: api.unitsPerPx,
  };
}
