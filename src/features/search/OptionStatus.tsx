import { useDataset } from '../../shared/load/datasetQuery';
import { statusLabel } from '../../shared/text/statusText';
import { useCurrentDay } from '../../shared/hooks/useCurrentDay';
import { strings } from '../../shared/text/strings';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';

/**
 * An option's status on the current date. Its own component so that only an open list follows
 * the timeline: a closed search box does no work when the date changes during playback.
 */
export function OptionStatus({ id }: { id: string }) {
  const { data: index } = useDataset();
  const day = useCurrentDay();
  const status = index && day !== null ? index.statusAt(id, day) : 'none';
  return (
    <span className="search-box__status">
      <StatusSwatch status={status} />
      {/* A pause before the status for screen readers: "Netherlands, Restricted". */}
      <span className="visually-hidden">, </span>
      {index ? statusLabel(index.story, status) : strings.statusLabel.none}
    </span>
  );
}
