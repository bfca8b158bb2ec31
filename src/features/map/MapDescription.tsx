import { useRef } from 'react';
import { formatDate } from '../../app/formatDate';
import { strings } from '../../app/strings';
import { setText, useFollowDay } from '../../app/useFollowDay';
import { STATUSES } from '../../data/status';
import { countStatuses } from './countStatuses';

/**
 * The map's accessible name ("World map of Huawei's status as of 15 July 2020") and the
 * summary it is described by ("As of 15 July 2020: 5 banned, 3 restricted, …"). Written as
 * text on each date step (useFollowDay), so a step re-renders neither the map nor this.
 */
export function MapDescription({ labelId, summaryId }: { labelId: string; summaryId: string }) {
  const labelRef = useRef<HTMLParagraphElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  useFollowDay((day, index) => {
    const label = labelRef.current;
    const summary = summaryRef.current;
    if (!label || !summary) return;
    if (day === null || !index) {
      setText(label, strings.map.label);
      setText(summary, '');
      return;
    }
    const counts = countStatuses(index, index.statusesAt(day));
    const list = STATUSES.filter((s) => counts[s] > 0).map((s) =>
      strings.map.summaryPart(counts[s], strings.statusLabel[s]),
    );
    const date = formatDate(day);
    setText(label, strings.mapLabel(date));
    setText(summary, strings.mapSummary(date, list.length > 0 ? list.join(', ') : strings.map.noStatuses));
  });
  return (
    <>
      <p id={labelId} ref={labelRef} className="visually-hidden">
        {strings.map.label}
      </p>
      {/* Written by useFollowDay; a space so that there is a text node to write to. */}
      <p id={summaryId} ref={summaryRef} className="visually-hidden">
        {' '}
      </p>
    </>
  );
}
