import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';
import type { Region } from '../../state/urlState';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { createZoomView, regionZoom } from './paint/createZoomView';
import { drawnWidth } from './paint/sizeForScreen';
import { zoomAttribute } from './geometry/regionTransform';

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

/**
 * Zoom and pan of the map's layer (createZoomView), following the store's region and the svg's
 * drawn size. d3-zoom arrives lazily (attachZoom); until then the buttons and presets still work.
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
  const [initialZoom] = useState(() => regionZoom(store.getState().region, geometry));
  const view = useMemo(() => createZoomView(geometry, store, initialZoom), [geometry, initialZoom, store]);

  // A region change (the switch, or Back/Forward through history) frames the region.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.region !== prev.region) view.go(regionZoom(s.region, geometry));
      }),
    [view, geometry, store],
  );

  // Screen-constant sizes depend on the drawn width. A ResizeObserver reports it after layout
  // and before paint, so the first frame is right without forcing a layout here.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    const layer = layerRef.current;
    if (!svg || !layer) return;
    view.attach(svg, layer);
    // Not `settled`: a resize mid-animation must not cut the animation's goal short.
    view.paint(view.current(), false);
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      view.setPixelWidth(box ? drawnWidth(box, geometry.viewBox) : 0);
      view.paint(view.current(), false);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [view, svgRef, layerRef, geometry]);

  // d3-zoom in its own chunk, fetched when the browser is idle after the map's first real
  // paint, so it never competes with the first view. Until then the buttons still work.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !painted) return;
    let cancelled = false;
    const load = () =>
      void import('./paint/attachZoom').then(({ attachZoom }) => {
        if (cancelled) return;
        view.controller = attachZoom(svg, {
          width,
          height,
          initial: view.current(),
          onZoom: (z, byUser) => view.paint(z, byUser),
          wheelNeedsModifier: () => store.getState().embed,
        });
      });
    const idle = window.requestIdleCallback?.(load, { timeout: 1500 });
    const timer = idle === undefined ? setTimeout(load, 300) : undefined;
    return () => {
      cancelled = true;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      clearTimeout(timer);
      view.controller?.detach();
      view.controller = null;
    };
  }, [view, height, painted, store, svgRef, width]);

  return {
    initial: zoomAttribute(initialZoom),
    zoomIn: view.zoomIn,
    zoomOut: view.zoomOut,
    reset: view.reset,
    showRegion: view.showRegion,
    ensureVisible: view.ensureVisible,
    isVisible: view.isVisible,
    toClient: view.toClient,
    unitsPerPx: view.unitsPerPx,
  };
}
