import { useMemo } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import type { Theme } from '../../data/statusScale';
import { useAppStore } from '../../state/AppStoreContext';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { compareStatuses } from '../../data/compareStatuses';

/**
 * Compare mode: a country that changed is filled with its later status (by the painter) and
 * marked here with its earlier one — a dot at its anchor, or a thick ring round a small
 * state's marker — in that status's colour and hatch, on a halo so it reads on any fill.
 */
export function CompareDots({ geometry, theme }: { geometry: MapGeometry; theme: Theme }) {
  const compare = useAppStore((s) => s.compare);
  const index = useDataset().data;
  const changes = useMemo(
    () => (compare && index ? compareStatuses(index, compare.from, compare.to) : []),
    [compare, index],
  );
  return (
    <g className="map-compare" aria-hidden="true">
      {changes.map(({ id, from }) => {
        const marker = geometry.markerById.get(id);
        const shape = geometry.byId.get(id);
        if (!marker && !shape) return null;
        const [x, y] = marker ? [marker.x, marker.y] : shape!.anchor;
        return (
          <g key={id} transform={`translate(${x} ${y})`}>
            {marker ? (
              <>
                <circle className="map-compare__ring-halo map-screen-size" r={8} />
                <circle
                  className="map-compare__ring map-screen-size"
                  r={8}
                  stroke={index!.scale.fill(from, theme)}
                />
              </>
            ) : (
              <>
                <circle className="map-compare__dot-halo map-screen-size" r={7} />
                <circle
                  className="map-compare__dot map-screen-size"
                  r={5.5}
                  fill={index!.scale.fill(from, theme)}
                />
              </>
            )}
          </g>
        );
      })}
    </g>
  );
}
