import type { DayNumber } from '../../data/dates';
import { stateToSearch, type ThemeChoice, type UrlState } from '../../state/urlState';

export interface EmbedOptions {
  /** Pin the shown date (or comparison); otherwise the embed always opens on the latest update. */
  pinDate: boolean;
  theme: ThemeChoice;
  hideTimeline: boolean;
  autoplay: boolean;
}

/** The options a new embed starts from: what the reader is looking at. */
export function defaultEmbedOptions(state: UrlState): EmbedOptions {
  return {
    pinDate: state.date !== null || state.compare !== null,
    theme: state.theme,
    hideTimeline: !state.controls,
    autoplay: state.autoplay,
  };
}

/**
 * The embed page's absolute URL for the reader's state and the chosen options: always
 * `embed=1`; country, region and view as they are; no pym.js id (pym's parent adds its own).
 * `day` is the day on screen, pinned when the URL has no date because it shows the latest.
 */
export function embedUrl(
  state: UrlState,
  day: DayNumber | null,
  options: EmbedOptions,
  location: Pick<Location, 'origin' | 'pathname'>,
): string {
  const search = stateToSearch({
    ...state,
    date: options.pinDate ? (state.date ?? day) : null,
    compare: options.pinDate ? state.compare : null,
    embed: true,
    theme: options.theme,
    controls: !options.hideTimeline,
    autoplay: options.autoplay,
    childId: null,
  });
  return `${location.origin}${location.pathname}${search}`;
}
