/** Small inline icons for the playback buttons; decorative, the buttons carry the names. */
export type TimelineIconName = 'play' | 'pause' | 'previous' | 'next' | 'loop';

const PATHS: Record<TimelineIconName, string> = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M6.5 4.5h4v15h-4zM13.5 4.5h4v15h-4z',
  previous: 'M6 5h2.5v14H6zM20 5v14L9.5 12z',
  next: 'M15.5 5H18v14h-2.5zM4 5l10.5 7L4 19z',
  loop: 'M7 7h9.2l-2-2L15.6 3.6 20 8l-4.4 4.4-1.4-1.4 2-2H9v3H7zM17 17H7.8l2 2-1.4 1.4L4 16l4.4-4.4 1.4 1.4-2 2H15v-3h2z',
};

export function TimelineIcon({ name }: { name: TimelineIconName }) {
  return (
    <svg
      className="timeline-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
