import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { regionZoom, zoomAttribute } from '../../shared/geometry/regionTransform';
import { createZoomView, type ZoomView } from './paint/createZoomView';
import { drawnWidth } from './paint/sizeForScreen';

/** What the map's controls and keyboard focus use of the zoom. */
export type MapZoom = Pick<
  ZoomView,
  'zoomIn' | 'zoomOut' | 'reset' | 'showRegion' | 'ensureVisible' | 'isVisible' | 'toClient' | 'unitsPerPx'
> & {
  /** The transform the zoomed `<g>` is first rendered with (the URL's region). */
  initial: string;
};

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
