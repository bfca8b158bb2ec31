import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { countryPoint, type MapGeometry } from '../../shared/geometry/buildGeometry';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { isMapKey } from './geometry/keyboardOrder';
import { buttonIdOf, targetOf } from './geometry/mapTarget';
import type { FocusableCountries } from './useFocusableCountries';
import type { MapHover } from './useMapHover';
import type { MapZoom } from './useMapZoom';

const isFocusVisible = (el: Element) => {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // engines without :focus-visible (jsdom): treat focus as keyboard focus
  }
};

/**
 * Keyboard access to the countries: one tab stop (roving tabindex), arrow keys in reading order,
 * Enter or Space to select, and a focused country panned into view with its tooltip.
 */
export function useRovingFocus(
  svgRef: RefObject<SVGSVGElement | null>,
  geometry: MapGeometry,
  { ids, keyboardOrder }: FocusableCountries,
  zoom: MapZoom,
  hover: MapHover,
) {
  const store = useAppStoreApi();
  const [focusId, setFocusId] = useState<string | null>(null);
  const lastFocused = useRef<string | null>(null);
  const pointOf = (id: string) => countryPoint(geometry, id)!;
  const elementFor = (id: string) =>
    svgRef.current?.querySelector(`[role="button"][data-id="${id}"]`) ?? null;
  const makeTabStop = (el: Element) => {
    svgRef.current
      ?.querySelectorAll('[role="button"][tabindex="0"]')
      .forEach((other) => other !== el && other.setAttribute('tabindex', '-1'));
    el.setAttribute('tabindex', '0');
  };
  const moveFocusTo = (id: string) => {
    const next = elementFor(id);
    if (!next) return;
    makeTabStop(next);
    (next as SVGElement).focus();
  };

  // One stop in the tab order: the selected country if it has data, else the first in order.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || svg.querySelector('[role="button"][tabindex="0"]')) return;
    const selected = store.getState().country;
    const first = (selected && ids.has(selected) ? selected : keyboardOrder().order[0]) ?? null;
    if (first) elementFor(first)?.setAttribute('tabindex', '0');
  });

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const id = buttonIdOf(e);
    if (!id) return;
    if (e.key === 'Enter' || e.key === ' ') {
      // Space too: these are buttons (the timeline's Space-to-play leaves buttons alone).
      e.preventDefault();
      store.getState().selectCountry(id);
    } else if (isMapKey(e.key)) {
      e.preventDefault();
      const next = keyboardOrder().move(id, e.key);
      if (next) moveFocusTo(next);
    }
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const el = targetOf(e);
    const id = el && buttonIdOf(e);
    if (!el || !id) return;
    // Tabbing in while zoomed on Europe lands in Europe rather than panning off to Canada; focus
    // returning to the country the reader was last on (a closed panel gives it back) stays there.
    const fromOutside = !(e.relatedTarget instanceof Node && svgRef.current?.contains(e.relatedTarget));
    const returning = lastFocused.current === id;
    lastFocused.current = id;
    if (fromOutside && !returning && isFocusVisible(el) && !zoom.isVisible(...pointOf(id))) {
      const visible = keyboardOrder().order.find((other) => zoom.isVisible(...pointOf(other)));
      if (visible && visible !== id) return moveFocusTo(visible);
    }
    makeTabStop(el);
    if (!isFocusVisible(el)) return;
    setFocusId(id);
    const [x, y] = pointOf(id);
    zoom.ensureVisible(x, y);
    // For sighted keyboard users the tooltip sits by the country, where the pan will leave it.
    hover.show(id, zoom.toClient(x, y), true);
  };

  const onBlur = () => {
    setFocusId(null);
    hover.end(true);
  };

  return { focusId, onKeyDown, onFocus, onBlur };
}
