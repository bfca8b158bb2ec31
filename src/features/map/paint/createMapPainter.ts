import type { Status, StatusOrNone } from '../../../data/status';
import type { StatusScale, Theme } from '../../../data/statusScale';
import { setMarkerNone, sizeMarker } from '../../../shared/geometry/sizeMarker';

export interface PaintInput {
  /** Statuses on the shown day (in compare mode, the later date). */
  statuses: ReadonlyMap<string, Status>;
  /** The story's colours. */
  scale: StatusScale;
  /** Compare mode: statuses on the earlier date. Countries that kept their status fade. */
  before: ReadonlyMap<string, Status> | null;
  /** The legend's highlighted status: countries with any other status fade. */
  highlight: Status | null;
  theme: Theme;
  /**
   * View-box units per screen pixel, to size a marker whose dot changes with "no data"; null
   * before the map's drawn width is known.
   */
  unitsPerPx: number | null;
  /** The accessible name of a focusable country with these statuses. */
  label: (id: string, status: StatusOrNone, before: StatusOrNone | null) => string;
  /**
   * A cheap key that changes whenever `label` would read differently (a new status, a new
   * "since" date, other compare dates): names are formatted only when their key changes.
   */
  labelKey: (id: string, status: StatusOrNone, before: StatusOrNone | null) => string;
  /**
   * Whether to bring the accessible names up to date in this pass. While the timeline plays
   * they wait (at most once a second, useMapPaint): naming is the costly part of a step. A later
   * pass with `names` writes every name that fell behind.
   */
  names: boolean;
}

interface Target {
  id: string;
  /** The element that carries the fill: the country path, or a marker's dot. */
  fillEl: Element;
  /** The element that fades and carries the accessible name. */
  el: Element;
  named: boolean;
  fill: string;
  faded: boolean;
  none: boolean | null;
  labelKey: string;
}

/**
 * Paints the map without React: playback changes only fills, so a date step is one pass over
 * ~330 elements that writes an attribute only where its value changed (re-rendering the paths
 * through React would not fit a frame on a slow phone).
 * Elements are found once, by `data-id`, when the painter is created after the shapes mount.
 */
export function createMapPainter(root: Element): (input: PaintInput) => void {
  const targets: Target[] = [];
  for (const el of root.querySelectorAll('[data-id]')) {
    const fillEl = el.tagName.toLowerCase() === 'path' ? el : el.querySelector('.map-marker__dot');
    if (!fillEl) continue;
    targets.push({
      id: el.getAttribute('data-id')!,
      fillEl,
      el,
      named: el.getAttribute('role') === 'button',
      fill: '',
      faded: false,
      none: null,
      labelKey: '',
    });
  }

  return ({ statuses, scale, before, highlight, theme, unitsPerPx, label, labelKey, names }) => {
    const fills = Object.fromEntries(scale.order.map((s) => [s, scale.fill(s, theme)]));
    for (const t of targets) {
      const status: StatusOrNone = statuses.get(t.id) ?? 'none';
      const was: StatusOrNone | null = before ? (before.get(t.id) ?? 'none') : null;

      const fill = fills[status] ?? scale.fill('none', theme);
      if (fill !== t.fill) t.fillEl.setAttribute('fill', (t.fill = fill));

      // Small states without data step back (a smaller dot with no ring: ~90 white rings filled
      // a phone's world view), so the ones with news stand out.
      // Until the map's drawn width is known there is no size to give: the zoom sizes every
      // marker then (useMapZoom).
      if ((status === 'none') !== t.none) {
        t.none = status === 'none';
        if (t.el !== t.fillEl) {
          setMarkerNone(t.el, t.none);
          t.fillEl.setAttribute('stroke-opacity', t.none ? '0' : '1');
          if (unitsPerPx !== null) sizeMarker(t.el, unitsPerPx);
        }
      }

      const faded = (highlight !== null && status !== highlight) || (was !== null && was === status);
      if (faded !== t.faded) t.el.classList.toggle('is-faded', (t.faded = faded));

      if (t.named && names) {
        const key = labelKey(t.id, status, was);
        if (key !== t.labelKey) {
          t.labelKey = key;
          t.el.setAttribute('aria-label', label(t.id, status, was));
        }
      }
    }
  };
}
