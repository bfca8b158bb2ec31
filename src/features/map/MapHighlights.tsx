import { useAppStore } from '../../state/AppStoreContext';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';

type Kind = 'selected' | 'hover' | 'focus';

/**
 * Outlines drawn above every country (a country's own stroke would hide under its neighbours
 * and the border mesh): the selected country, the hovered one, and the keyboard focus ring.
 * Each is a dark line on a halo in the background colour, so it reads on every fill.
 */
export function MapHighlights({ geometry, focusId }: { geometry: MapGeometry; focusId: string | null }) {
  const selected = useAppStore((s) => s.country);
  const hover = useAppStore((s) => s.hover);
  const items: [Kind, string | null][] = [
    ['hover', hover !== selected && hover !== focusId ? hover : null],
    ['selected', selected],
    ['focus', focusId],
  ];
  return (
    <g className="map-highlights" aria-hidden="true">
      {items.map(([kind, id]) =>
        id ? <Outline key={kind} kind={kind} id={id} geometry={geometry} /> : null,
      )}
    </g>
  );
}

function Outline({ kind, id, geometry }: { kind: Kind; id: string; geometry: MapGeometry }) {
  const marker = geometry.markerById.get(id);
  const shape = geometry.byId.get(id);
  const r = kind === 'focus' ? 9 : 7.5;
  // A small state gets both: the ring shows at world scale, the outline once zoomed in.
  return (
    <>
      {shape && (
        <>
          <path className={`map-outline map-outline--halo map-outline--halo-${kind}`} d={shape.d} />
          <path className={`map-outline map-outline--${kind}`} d={shape.d} />
        </>
      )}
      {marker && (
        <g transform={`translate(${marker.x} ${marker.y})`}>
          <circle
            className={`map-outline map-outline--halo map-outline--halo-${kind} map-screen-size`}
            r={r}
          />
          <circle className={`map-outline map-outline--${kind} map-screen-size`} r={r} />
        </g>
      )}
    </>
  );
}
