import { useId } from 'react';
import type { DayNumber } from '../../data/dates';
import { useStory } from '../../shared/load/useStory';
import { statusLabel } from '../../shared/text/statusText';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useResolvedTheme } from '../../shared/hooks/useResolvedTheme';
import type { StatusRun } from './statusRuns';

interface Props {
  runs: readonly StatusRun[];
  firstDay: DayNumber;
  lastDay: DayNumber;
  current: DayNumber;
}

/**
 * A strip across the whole timeline, one coloured segment per status run, with a marker on the
 * selected date. The strip is a picture; the sentence under it says the same in words
 * ("Debating from 1 February 2019, banned from 19 May 2022"), for every reader.
 */
export function StatusHistory({ runs, firstDay, lastDay, current }: Props) {
  const theme = useResolvedTheme();
  const { story, scale } = useStory();
  const id = useId();
  const span = Math.max(1, lastDay + 1 - firstDay);
  const pct = (day: DayNumber) => `${(Math.min(Math.max(day - firstDay, 0), span) / span) * 100}%`;
  const described = runs.filter((r) => r.status !== 'none');
  const sentence = described
    .map((r, i) => {
      const label = statusLabel(story, r.status);
      return strings.panel.historyRun(i === 0 ? label : label.toLowerCase(), formatDate(r.from));
    })
    .join(', ');

  return (
    <div className="status-history">
      <svg className="status-history__strip" width="100%" height="20" aria-hidden="true" focusable="false">
        <defs>
          {/* The map's second cue, drawn in each status's ink so it stays visible on its fill. */}
          {scale.order.map((status) => {
            const { pattern, ink } = scale.style(status, theme);
            if (!pattern) return null;
            return (
              <pattern key={status} id={`${id}-${status}`} width="6" height="6" patternUnits="userSpaceOnUse">
                {pattern === 'cross' ? (
                  <path d="M-1 7 7 -1M-1 -1 7 7" stroke={ink} strokeWidth="1" />
                ) : (
                  <path d="M-1 7 7 -1M-1 1 1 -1M5 7 7 5" stroke={ink} strokeWidth="1.2" />
                )}
              </pattern>
            );
          })}
        </defs>
        {runs.map((r) => {
          const style = scale.style(r.status, theme);
          const x = pct(r.from);
          const width = `${((Math.min(r.to, firstDay + span) - Math.max(r.from, firstDay)) / span) * 100}%`;
          return (
            <g key={r.from}>
              <rect x={x} y="4" width={width} height="12" fill={style.fill} />
              {style.pattern && (
                <rect x={x} y="4" width={width} height="12" fill={`url(#${id}-${r.status})`} />
              )}
            </g>
          );
        })}
        <rect x="0" y="4" width="100%" height="12" fill="none" stroke="currentColor" strokeOpacity="0.35" />
        {/* A halo in the page colour keeps the marker visible on dark and light fills alike. */}
        <line className="status-history__halo" x1={pct(current)} x2={pct(current)} y1="0" y2="20" />
        <line className="status-history__marker" x1={pct(current)} x2={pct(current)} y1="0" y2="20" />
      </svg>
      <div className="status-history__axis" aria-hidden="true">
        <span>{formatDate(firstDay, 'month', 'short')}</span>
        <span>{formatDate(lastDay, 'month', 'short')}</span>
      </div>
      <p className="status-history__text">
        {sentence ? `${sentence}.` : strings.panel.noStatusOn(formatDate(current))}
      </p>
    </div>
  );
}
