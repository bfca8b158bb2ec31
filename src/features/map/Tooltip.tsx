import { useLayoutEffect, type RefObject } from 'react';
import { statusLabel } from '../../shared/text/statusText';
import { useDataset } from '../../shared/load/datasetQuery';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useCurrentDay } from '../../shared/hooks/useCurrentDay';
import { useAppStore } from '../../state/AppStoreContext';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { countryName } from './geometry/countryName';
import { placeTooltip } from './paint/placeTooltip';
import { MapSwatch } from '../../shared/ui/MapSwatch';
import { tooltipLines } from './tooltipLines';

/**
 * What the hovered (or keyboard-focused) country is: name, status on the shown day, its
 * latest update up to that day and how many there are (its own apart from its blocs').
 * Hidden from assistive technology: name and status are in each country's accessible name,
 * the updates in its panel. The pointer handlers move it through `elRef` without
 * re-rendering; `anchor` is the last point they saw.
 */
interface TooltipProps {
  geometry: MapGeometry;
  elRef: RefObject<HTMLDivElement | null>;
  anchor: RefObject<{ x: number; y: number }>;
}

export function Tooltip(props: TooltipProps) {
  const id = useAppStore((s) => s.hover);
  // Only a shown tooltip follows the date: during playback nothing is hovered, so no work.
  if (!id || !props.geometry.byId.has(id)) return null;
  return <TooltipContent id={id} {...props} />;
}

function TooltipContent({ id, geometry, elRef, anchor }: TooltipProps & { id: string }) {
  const day = useCurrentDay();
  const index = useDataset().data;

  useLayoutEffect(() => {
    // New content has a new size: place it again so it stays on screen.
    if (elRef.current) placeTooltip(elRef.current, anchor.current.x, anchor.current.y);
  });

  if (day === null) return null;
  const status = index?.statusAt(id, day) ?? 'none';
  const label = index ? statusLabel(index.story, status) : strings.statusLabel.none;
  const current = index?.currentTransition(id, day) ?? null;
  const meta = index ? tooltipLines(index, id, day) : [];

  return (
    <div ref={elRef} className="map-tooltip" aria-hidden="true">
      <p className="map-tooltip__name">{countryName(id, index, geometry)}</p>
      <p className="map-tooltip__status">
        <MapSwatch status={status} />
        {current !== null
          ? strings.statusSince(label, formatDate(current.since, current.sincePrecision))
          : label}
      </p>
      {meta.map((line) => (
        <p key={line} className="map-tooltip__meta">
          {line}
        </p>
      ))}
    </div>
  );
}
