import type { AppStore } from '../../../state/createAppStore';
import type { Region } from '../../../state/urlState';
import type { MapGeometry } from '../../../shared/geometry/buildGeometry';
import { matches } from '../../../shared/hooks/mediaQuery';
import { REDUCED_MOTION } from '../../../shared/hooks/useMediaQuery';
import type { ZoomController } from './attachZoom';
import { sizeForScreen } from './sizeForScreen';
import {
  clampZoom,
  IDENTITY,
  regionZoom,
  zoomAttribute,
  type ZoomState,
} from '../../../shared/geometry/regionTransform';

const STEP = 1.6;

export interface ZoomView {
  /** Draws a zoom; `settled` unless it is a frame of an animation towards the goal. */
  paint: (z: ZoomState, settled?: boolean) => void;
  /** Moves to a zoom: animated by d3-zoom once it is attached, else at once. */
  go: (z: ZoomState) => void;
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
  /** The zoom last drawn. */
  current: () => ZoomState;
  /** The svg and its zoomed layer, once mounted. */
  attach: (svg: SVGSVGElement, layer: SVGGElement) => void;
  /** The svg's drawn width in pixels, as its ResizeObserver reports it. */
  setPixelWidth: (px: number) => void;
  /** d3-zoom's handle once it is attached; null before. */
  controller: ZoomController | null;
}

/**
 * The map's zoom, written straight onto the layer's transform: nothing is re-projected. It also
 * keeps some things a constant size on screen: markers' radii (sizeForScreen), and `--u` (view-box
 * units per screen pixel) on the overlays' group only, since on the whole layer it would restyle
 * every shape.
 */
export function createZoomView(geometry: MapGeometry, store: AppStore, initial: ZoomState): ZoomView {
  const [, , width, height] = geometry.viewBox;
  let current = initial;
  /** Where the view is heading: the end of an animated zoom, else the current view. */
  let goal = initial;
  let pixelWidth = 0;
  /** View-box units per screen pixel the screen-constant sizes were last set for (none yet). */
  let units = Number.NaN;
  let svgEl: SVGSVGElement | null = null;
  let layerEl: SVGGElement | null = null;
  /** Draws a zoom; `settled` unless it is a frame of an animation towards `goal`. */
  const paint = (z: ZoomState, settled = true) => {
    current = z;
    if (settled) goal = z;
    const layer = layerEl;
    const svg = svgEl;
    if (!layer || !svg) return;
    layer.setAttribute('transform', zoomAttribute(z));
    // Screen-constant sizes need the drawn width, which useMapZoom's ResizeObserver reports after
    // the first layout and before the first paint: sizing markers for a guess would be wasted.
    if (pixelWidth === 0) return;
    const unitsPerPx = width / (pixelWidth * z.k);
    const u = String(unitsPerPx);
    // For drawPulses, which copies it onto the pulses' own svg.
    layer.dataset.u = u;
    const overlays = layer.querySelector<SVGGElement>('.map-overlays');
    if (overlays && overlays.style.getPropertyValue('--u') !== u) overlays.style.setProperty('--u', u);
    // A pan, or a resize that keeps the drawn width (the observer's first report), leaves every
    // screen-constant size as it is: rewriting 200 markers' radii would only restyle them.
    if (unitsPerPx === units) return;
    units = unitsPerPx;
    sizeForScreen(svg, geometry, unitsPerPx);
  };
  const go = (z: ZoomState) => {
    const target = clampZoom(z, width, height);
    goal = target;
    if (view.controller) view.controller.to(target, !matches(REDUCED_MOTION));
    else paint(target);
  };
  const scaleBy = (factor: number) => {
    const z = goal;
    const k = clampZoom({ ...z, k: z.k * factor }, width, height).k;
    // About the centre of the view.
    const cx = (width / 2 - z.x) / z.k;
    const cy = (height / 2 - z.y) / z.k;
    go({ k, x: width / 2 - k * cx, y: height / 2 - k * cy });
  };
  const isVisible = (x: number, y: number) => {
    const z = goal;
    const px = z.x + z.k * x;
    const py = z.y + z.k * y;
    const margin = Math.min(width, height) * 0.08;
    return px >= margin && px <= width - margin && py >= margin && py <= height - margin;
  };
  const view: ZoomView = {
    paint,
    zoomIn: () => scaleBy(STEP),
    zoomOut: () => scaleBy(1 / STEP),
    reset: () => {
      if (store.getState().region !== 'world') store.getState().setRegion('world');
      else go(IDENTITY);
    },
    showRegion: (region: Region) => {
      if (store.getState().region !== region) store.getState().setRegion(region);
      else go(regionZoom(region, geometry));
    },
    ensureVisible: (x: number, y: number) => {
      if (isVisible(x, y)) return;
      const { k } = goal;
      go({ k, x: width / 2 - k * x, y: height / 2 - k * y });
    },
    isVisible,
    unitsPerPx: () => (Number.isNaN(units) ? null : units),
    toClient: (x: number, y: number) => {
      const box = svgEl?.getBoundingClientRect();
      const z = goal;
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
    current: () => current,
    attach: (svg, layer) => {
      svgEl = svg;
      layerEl = layer;
    },
    setPixelWidth: (px) => {
      pixelWidth = px;
    },
    controller: null,
  };
  return view;
}
