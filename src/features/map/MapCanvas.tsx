import { useId, useRef, useState } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { useResolvedTheme } from '../../shared/hooks/useResolvedTheme';
import { NO_DATA_STYLES } from '../../data/statusScale';
import { useAppStoreApi } from '../../state/AppStoreContext';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { CompareDots } from './CompareDots';
import { CountryShapes } from './CountryShapes';
import { HatchPatterns } from './HatchPatterns';
import { MapDescription } from './MapDescription';
import { MapHighlights } from './MapHighlights';
import { MapToolbar } from './MapToolbar';
import { Tooltip } from './Tooltip';
import { useFocusableCountries } from './useFocusableCountries';
import { useMapHover } from './useMapHover';
import { useMapPaint } from './useMapPaint';
import { useMapPointer } from './useMapPointer';
import { useMapZoom } from './useMapZoom';
import { useRovingFocus } from './useRovingFocus';
import { useHydrated } from '../../shared/hooks/useHydrated';
import { shownDay } from '../../state/shownDay';

/** The loaded map: the shapes and their overlays; each behaviour is a hook of its own. */
export function MapCanvas({ geometry }: { geometry: MapGeometry }) {
  const hydrated = useHydrated();
  const [, , width, height] = geometry.viewBox;
  const store = useAppStoreApi();
  const index = useDataset().data ?? null;
  // The first view's statuses, as the painter will have them: in the markup from the start.
  const [firstStatuses] = useState(() => {
    const day = shownDay(store.getState(), index?.lastDay ?? null);
    return index && day !== null ? index.statusesAt(day) : null;
  });
  const theme = useResolvedTheme();
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const pulseRef = useRef<SVGGElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const zoom = useMapZoom(svgRef, layerRef, geometry, index !== null);
  const focusable = useFocusableCountries(layerRef, index, geometry);
  useMapPaint(layerRef, pulseRef, index, geometry, theme, zoom.unitsPerPx, focusable.ids);
  const hover = useMapHover();
  const pointer = useMapPointer(hover, tipRef);
  const { focusId, onKeyDown, onFocus, onBlur } = useRovingFocus(svgRef, geometry, focusable, zoom, hover);
  const ids = useId();
  const labelId = `${ids}-label`;
  const summaryId = `${ids}-summary`;

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
          onKeyDown={onKeyDown}
          {...pointer}
        >
          <HatchPatterns />
          <g ref={layerRef} transform={zoom.initial}>
            <CountryShapes
              geometry={geometry}
              noDataFill={NO_DATA_STYLES[theme].fill}
              statuses={firstStatuses}
            />
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
      <Tooltip geometry={geometry} elRef={tipRef} anchor={hover.anchor} />
    </>
  );
}
