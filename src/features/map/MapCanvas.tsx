import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useResolvedTheme } from '../../shared/hooks/useResolvedTheme';
import { fillFor } from '../../data/statusScale';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { buildGeometry, countryPoint } from '../../shared/geometry/buildGeometry';
import { CompareDots } from './CompareDots';
import { countryName } from './geometry/countryName';
import { applyFocusable, CountryShapes } from './CountryShapes';
import { createMapPainter, type PaintInput } from './paint/createMapPainter';
import { drawPulses } from './paint/drawPulses';
import { HatchPatterns } from './HatchPatterns';
import { createKeyboardOrder, isMapKey, type KeyboardOrder } from './geometry/keyboardOrder';
import { MapDescription, PLAYING_WRITE_MS } from './MapDescription';
import { MapHighlights } from './MapHighlights';
import { MapToolbar } from './MapToolbar';
import { placeTooltip } from './paint/placeTooltip';
import { Tooltip } from './Tooltip';
import { useMapZoom } from './useMapZoom';
import type { WorldTopology } from '../../shared/load/loadWorld';
import { matches } from '../../shared/hooks/mediaQuery';
import { useHydrated } from '../../shared/hooks/useHydrated';
import { shownDay } from '../../state/shownDay';

const reducedMotion = () => matches('(prefers-reduced-motion: reduce)', false);

/** The element a pointer or key event concerns: a country path or a marker. */
const targetOf = (e: { target: EventTarget }): Element | null =>
  e.target instanceof Element ? e.target.closest('[data-id]') : null;

/**
 * What a click or tap chose. A small state's 24 px hit circle can overlap a bigger neighbour on a
 * phone (the Isle of Man over Britain): when the circle belongs to a place without data and a
 * country with data lies under the same point, the reader meant that country.
 */
const clickTargetOf = (e: { target: EventTarget; clientX: number; clientY: number }): Element | null => {
  const first = targetOf(e);
  if (!first || first.tagName.toLowerCase() === 'path' || first.getAttribute('role') === 'button')
    return first;
  const under = document
    .elementsFromPoint(e.clientX, e.clientY)
    .find(
      (el) =>
        el.tagName.toLowerCase() === 'path' &&
        el.getAttribute('role') === 'button' &&
        el.hasAttribute('data-id'),
    );
  return under ?? first;
};

const isFocusVisible = (el: Element) => {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // engines without :focus-visible (jsdom): treat focus as keyboard focus
  }
};

/**
 * The loaded map: shapes, paint, zoom, pointer, keyboard and tooltip.
 */
export function MapCanvas({ topology }: { topology: WorldTopology }) {
  const hydrated = useHydrated();
  const geometry = buildGeometry(topology);
  const [, , width, height] = geometry.viewBox;
  const store = useAppStoreApi();
  const index = useDataset().data ?? null;
  // What the first view shows, as the painter will (its `run`): in the markup from the start.
  const [firstStatuses] = useState(() => {
    const s = store.getState();
    const day = shownDay(s, index?.lastDay ?? null);
    return index && day !== null ? index.statusesAt(day) : null;
  });
  const theme = useResolvedTheme();
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const pulseRef = useRef<SVGGElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const anchor = useRef({ x: 0, y: 0 });
  /** The hover came from keyboard focus, so blur (not pointer leave) clears it. */
  const hoverFromFocus = useRef(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const lastFocused = useRef<string | null>(null);
  const zoom = useMapZoom(svgRef, layerRef, geometry, index !== null);
  const { unitsPerPx } = zoom;
  const ids = useId();
  const labelId = `${ids}-label`;
  const summaryId = `${ids}-summary`;

  // Countries with updates, that the map draws: the keyboard and screen-reader stops.
  const focusable = useMemo(
    () => new Set(index ? index.entitiesWithData().filter((id) => geometry.byId.has(id)) : []),
    [index, geometry],
  );
  // The keyboard order needs a point inside every country with data: worked out on first use (the
  // first tab stop, set after the map is painted, or a key), not in the render that shows the map.
  const keyboardOrder = useMemo(() => {
    let made: KeyboardOrder | null = null;
    return () => {
      made ??= createKeyboardOrder(
        [...focusable].map((id) => {
          const [x, y] = countryPoint(geometry, id)!;
          return { id, x, y };
        }),
        // Bands a fourteenth of the map tall keep Europe's rows short enough to follow.
        height / 14,
      );
      return made;
    };
  }, [focusable, geometry, height]);

  const elementFor = (id: string) =>
    svgRef.current?.querySelector(`[role="button"][data-id="${id}"]`) ?? null;

  // Roles and focus order follow which countries have data; before the painter, which names them.
  useLayoutEffect(() => {
    if (layerRef.current) applyFocusable(layerRef.current, geometry, focusable);
  }, [geometry, focusable]);

  // Paint fills and names now and on every change that affects them, without React renders.
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const paint = createMapPainter(layer);
    let last: unknown[] = [];
    // While the timeline plays, names follow at most once a second, as the map's description
    // does (MapDescription): fills on every step, and a second after a step left the names
    // behind, names for where playback has got to, in a task of their own.
    let namesLater: ReturnType<typeof setTimeout> | undefined;
    let namesBehind = false;
    const run = (names = !store.getState().playing) => {
      const s = store.getState();
      const day = shownDay(s, index?.lastDay ?? null);
      const from = s.compare?.from ?? null;
      const statuses = index && day !== null ? index.statusesAt(day) : null;
      const before = index && from !== null ? index.statusesAt(from) : null;
      const highlight = s.legendHover ?? s.legendPinned;
      // The date can move without the statuses (a step to a day with no status update: statusesAt
      // answers the same map in between), and names change only with them: nothing to do.
      const inputs = [statuses, before, highlight, from];
      if (inputs.every((v, i) => v === last[i]) && !(names && namesBehind)) return;
      last = inputs;
      const input: PaintInput = {
        statuses: statuses ?? new Map(),
        before,
        highlight,
        theme,
        unitsPerPx: unitsPerPx(),
        labelKey: (id, status, was) =>
          `${status}|${day !== null ? index?.currentTransition(id, day)?.since : ''}|${was}|${from}`,
        label: (id, status, was) => {
          const since = day !== null ? index?.currentTransition(id, day)?.since : undefined;
          const name = strings.countryAccessibleName(
            countryName(id, index, geometry),
            strings.statusLabel[status],
            since !== undefined ? formatDate(since) : null,
          );
          if (was === null || was === status || from === null) return name;
          const then = formatDate(from);
          return `${name}; ${was === 'none' ? strings.map.compareWasNone(then) : strings.map.compareWas(strings.statusLabel[was], then)}`;
        },
        names,
      };
      paint(input);
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
      if (s.changed !== prev.changed && pulseRef.current && !reducedMotion())
        drawPulses(pulseRef.current, s.changed, geometry, layer);
    });
    return () => {
      unsubscribe();
      clearTimeout(namesLater);
    };
  }, [store, index, theme, geometry, focusable, unitsPerPx]);

  // Roving tabindex: one stop in the tab order — the selected country if it has one, else the first.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || svg.querySelector('[role="button"][tabindex="0"]')) return;
    const selected = store.getState().country;
    const first = (selected && focusable.has(selected) ? selected : keyboardOrder().order[0]) ?? null;
    if (first) elementFor(first)?.setAttribute('tabindex', '0');
  });

  // A tooltip must not outlive the pointer: hide it when the page scrolls under it.
  useEffect(() => {
    const onScroll = () => {
      if (store.getState().hover !== null && !hoverFromFocus.current) store.getState().setHover(null);
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [store]);

  const select = (id: string) => store.getState().selectCountry(id);
  const setHover = (id: string | null) => {
    if (store.getState().hover !== id) store.getState().setHover(id);
  };

  const moveFocusTo = (id: string) => {
    const next = elementFor(id);
    if (!next) return;
    svgRef.current
      ?.querySelectorAll('[role="button"][tabindex="0"]')
      .forEach((el) => el.setAttribute('tabindex', '-1'));
    next.setAttribute('tabindex', '0');
    (next as SVGElement).focus();
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const el = targetOf(e);
    const id = el?.getAttribute('role') === 'button' ? el.getAttribute('data-id') : null;
    if (!id) return;
    if (e.key === 'Enter' || e.key === ' ') {
      // Space too: these are buttons (the timeline's Space-to-play leaves buttons alone).
      e.preventDefault();
      select(id);
    } else if (isMapKey(e.key)) {
      e.preventDefault();
      const next = keyboardOrder().move(id, e.key);
      if (next) moveFocusTo(next);
    }
  };

  const pointOf = (id: string) => countryPoint(geometry, id)!;

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const el = targetOf(e);
    const id = el?.getAttribute('data-id');
    if (!el || !id || el.getAttribute('role') !== 'button') return;
    // Tabbing in while zoomed on Europe should land in Europe, not pan off to Canada; but focus
    // coming back to the country the reader was last on (a closed panel returns it) stays there.
    const fromOutside = !(e.relatedTarget instanceof Node && svgRef.current?.contains(e.relatedTarget));
    const returning = lastFocused.current === id;
    lastFocused.current = id;
    if (fromOutside && !returning && isFocusVisible(el) && !zoom.isVisible(...pointOf(id))) {
      const visible = keyboardOrder().order.find((other) => zoom.isVisible(...pointOf(other)));
      if (visible && visible !== id) return moveFocusTo(visible);
    }
    svgRef.current
      ?.querySelectorAll('[role="button"][tabindex="0"]')
      .forEach((o) => o !== el && o.setAttribute('tabindex', '-1'));
    el.setAttribute('tabindex', '0');
    if (!isFocusVisible(el)) return;
    setFocusId(id);
    const [x, y] = pointOf(id);
    zoom.ensureVisible(x, y);
    // The tooltip, for sighted keyboard users, sits by the country where the pan will leave it.
    anchor.current = zoom.toClient(x, y);
    hoverFromFocus.current = true;
    setHover(id);
  };

  const onBlur = () => {
    setFocusId(null);
    if (hoverFromFocus.current) {
      hoverFromFocus.current = false;
      setHover(null);
    }
  };

  const onPointerOver = (e: PointerEvent<SVGSVGElement>) => {
    hoverFromFocus.current = false;
    anchor.current = { x: e.clientX, y: e.clientY };
    setHover(targetOf(e)?.getAttribute('data-id') ?? null);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    anchor.current = { x: e.clientX, y: e.clientY };
    if (tipRef.current) placeTooltip(tipRef.current, e.clientX, e.clientY);
  };
  // Touch has no "leave": end the hover when the finger lifts, so no tooltip sticks on phones.
  const onPointerEnd = (e: PointerEvent<SVGSVGElement>) => {
    if (e.type === 'pointerleave' || e.pointerType !== 'mouse') setHover(null);
  };

  return (
    <>
      <MapToolbar zoom={zoom} />
      {/* Focus and blur of the countries, listened for on their frame. */}
      <div
        className="map__frame"
        style={hydrated ? { aspectRatio: `${width} / ${height}` } : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        <svg
          ref={svgRef}
          className="map__svg"
          viewBox={geometry.viewBox.join(' ')}
          role="group"
          aria-labelledby={labelId}
          aria-describedby={summaryId}
          onClick={(e) => {
            const id = clickTargetOf(e)?.getAttribute('data-id');
            if (id) select(id);
          }}
          onKeyDown={onKeyDown}
          onPointerOver={onPointerOver}
          onPointerMove={onPointerMove}
          onPointerLeave={onPointerEnd}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
        >
          <HatchPatterns />
          <g ref={layerRef} transform={zoom.initial}>
            <CountryShapes geometry={geometry} noDataFill={fillFor('none', theme)} statuses={firstStatuses} />
            {/* The screen-sized overlays carry `--u` (useMapZoom) in a group of their own: set on
                the whole layer, it restyled every country and marker on each zoom. */}
            <g className="map-overlays">
              <CompareDots geometry={geometry} theme={theme} />
              <MapHighlights geometry={geometry} focusId={focusId} />
            </g>
          </g>
        </svg>
        {/* Playback pulses, over the map in an svg of their own that fades as one composited layer:
            animated inside the map, they made it repaint all its shapes on every frame. */}
        <svg
          className="map__pulses"
          viewBox={geometry.viewBox.join(' ')}
          aria-hidden="true"
          focusable="false"
        >
          <g ref={pulseRef} className="map-pulses" />
        </svg>
      </div>
      <MapDescription labelId={labelId} summaryId={summaryId} />
      <Tooltip geometry={geometry} elRef={tipRef} anchor={anchor} />
    </>
  );
}
