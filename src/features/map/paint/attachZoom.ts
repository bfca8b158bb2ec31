import { select } from 'd3-selection';
// For its side effect: adds .transition() and .interrupt() to selections (d3-zoom needs it anyway).
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { MAX_SCALE, MIN_SCALE, type ZoomState } from '../../../shared/geometry/regionTransform';

/**
 * Wheel, pinch, drag and double-click zoom, by d3-zoom. Loaded on demand after the map first
 * paints: d3-zoom and its d3 dependencies weigh more than the first view can afford.
 */
export interface ZoomController {
  /** Moves to a zoom, animated unless `animate` is false. */
  to(z: ZoomState, animate: boolean): void;
  detach(): void;
}

export interface AttachZoomOptions {
  width: number;
  height: number;
  initial: ZoomState;
  /** Every zoom frame; `byUser` for gestures (wheel, drag, pinch), not for `to` animations. */
  onZoom: (z: ZoomState, byUser: boolean) => void;
  /**
   * In an embed the page around the map must keep scrolling under the wheel, so plain wheel
   * turns scroll and only Ctrl/⌘ + wheel (and trackpad pinch, which sends ctrlKey) zooms.
   */
  wheelNeedsModifier: () => boolean;
}

const DURATION = 450;

export function attachZoom(svg: SVGSVGElement, o: AttachZoomOptions): ZoomController {
  const extent: [[number, number], [number, number]] = [
    [0, 0],
    [o.width, o.height],
  ];
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_SCALE, MAX_SCALE])
    .extent(extent)
    .translateExtent(extent)
    .filter((event: MouseEvent | WheelEvent | TouchEvent) => {
      // d3-drag needs the event's window; synthetic events may lack one (jsdom's do).
      if (!event.view) return false;
      if (event.type === 'wheel')
        return !o.wheelNeedsModifier() || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k, x, y } = event.transform;
      o.onZoom({ k, x, y }, event.sourceEvent != null);
    });

  const selection = select(svg);
  selection.call(behaviour);
  const toTransform = (z: ZoomState) => zoomIdentity.translate(z.x, z.y).scale(z.k);
  behaviour.transform(selection, toTransform(o.initial));

  return {
    to(z, animate) {
      if (animate) behaviour.transform(selection.transition().duration(DURATION), toTransform(z));
      else behaviour.transform(selection.interrupt(), toTransform(z));
    },
    detach() {
      selection.interrupt().on('.zoom', null);
    },
  };
}
