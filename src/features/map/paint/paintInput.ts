import type { DatasetIndex } from '../../../data/createIndex';
import { BUILD_STORY_VIEW } from '../../../shared/build/buildStory';
import { statusLabel } from '../../../shared/text/statusText';
import type { DayNumber } from '../../../data/dates';
import type { StatusOrNone } from '../../../data/status';
import type { Theme } from '../../../data/statusScale';
import type { MapGeometry } from '../../../shared/geometry/buildGeometry';
import { formatDate } from '../../../shared/text/formatDate';
import { strings } from '../../../shared/text/strings';
import type { AppState } from '../../../state/createAppStore';
import { shownDay } from '../../../state/shownDay';
import { countryName } from '../geometry/countryName';
import type { PaintInput } from './createMapPainter';

export interface PaintState {
  day: DayNumber | null;
  /** Compare mode's earlier date. */
  from: DayNumber | null;
  statuses: PaintInput['statuses'] | null;
  before: PaintInput['before'];
  highlight: PaintInput['highlight'];
}

/** What the map shows for the store's state; the same objects while nothing the map shows changed. */
export function paintState(s: AppState, index: DatasetIndex | null): PaintState {
  const day = shownDay(s, index?.lastDay ?? null);
  const from = s.compare?.from ?? null;
  return {
    day,
    from,
    statuses: index && day !== null ? index.statusesAt(day) : null,
    before: index && from !== null ? index.statusesAt(from) : null,
    highlight: s.legendHover ?? s.legendPinned,
  };
}

/** The painter's input for that state: fills, fades and accessible names. */
export function paintInput(
  { day, from, statuses, before, highlight }: PaintState,
  index: DatasetIndex | null,
  geometry: MapGeometry,
  theme: Theme,
  unitsPerPx: number | null,
  names: boolean,
): PaintInput {
  const label = (status: StatusOrNone) =>
    index ? statusLabel(index.story, status) : strings.statusLabel.none;
  const current = (id: string) => (day !== null ? index?.currentTransition(id, day) : null) ?? null;
  return {
    statuses: statuses ?? new Map(),
    scale: index?.scale ?? BUILD_STORY_VIEW.scale,
    before,
    highlight,
    theme,
    unitsPerPx,
    labelKey: (id, status, was) => `${status}|${current(id)?.since ?? ''}|${was}|${from}`,
    label: (id, status, was) => {
      const at = current(id);
      const name = strings.countryAccessibleName(
        countryName(id, index, geometry),
        label(status),
        at !== null ? formatDate(at.since, at.sincePrecision) : null,
      );
      if (was === null || was === status || from === null) return name;
      const then = formatDate(from);
      return `${name}; ${was === 'none' ? strings.map.compareWasNone(then) : strings.map.compareWas(label(was), then)}`;
    },
    names,
  };
}
