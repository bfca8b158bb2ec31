import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatePrecision, DayNumber } from '../data/dates';
import type { Status, StatusOrNone } from '../data/status';
import { playheadOf } from './playheadOf';
import type { TableSort } from './tableSort';
import {
  DEFAULT_URL_STATE,
  URL_STATE_KEYS,
  type DateRange,
  type Region,
  type ThemeChoice,
  type UrlState,
  type View,
} from './urlState';

/** The modal dialogs; at most one is open. */
export type DialogName = 'about' | 'share';

/**
 * One store per app instance (tests and embeds each get their own). It holds the URL state —
 * kept in step with the address bar by `syncUrl` — and transient UI state that is never shared.
 */
export interface AppState extends UrlState {
  hover: string | null;
  playing: boolean;
  /** Legend: the status whose countries are highlighted on hover/focus, and the pinned one. */
  legendHover: Status | null;
  legendPinned: Status | null;
  /** Entities whose status just changed during playback, for the brief outline. */
  changed: readonly string[];
  dialog: DialogName | null;
  /**
   * How the last URL-state change should reach history: `push` for a reader's step they may
   * want Back for, `replace` for corrections and playback, `none` when it came from history.
   */
  historyMode: 'push' | 'replace' | 'none';
}

export interface AppActions {
  /** `precision`: a month's or year's first day shows as that month or year (see UrlState). */
  setDate: (date: DayNumber | null, mode?: AppState['historyMode'], precision?: DatePrecision) => void;
  /**
   * Playback lands on `day`: the date (replacing the history entry) and, when statuses changed
   * on the way, those countries (`changed`) — in one write, so subscribers run once a step.
   * null: the latest update, the default (where a full playback ends).
   */
  playTo: (day: DayNumber | null, changed: readonly string[]) => void;
  /** `mode` as for setDate: dragging a compare handle replaces, a click pushes. */
  setCompare: (range: DateRange | null, mode?: AppState['historyMode']) => void;
  selectCountry: (id: string | null) => void;
  setView: (view: View) => void;
  setRegion: (region: Region) => void;
  setTheme: (theme: ThemeChoice) => void;
  /** The table's order and status filter are a reader's steps (push); typing in its search replaces. */
  setTableSort: (sort: TableSort) => void;
  setTableStatus: (status: StatusOrNone | null) => void;
  setTableQuery: (query: string) => void;
  setHover: (id: string | null) => void;
  setPlaying: (playing: boolean) => void;
  setLegendHover: (status: Status | null) => void;
  toggleLegendPin: (status: Status) => void;
  setChanged: (ids: readonly string[]) => void;
  openDialog: (dialog: DialogName) => void;
  closeDialog: () => void;
  /** Replaces the URL state wholesale (from history navigation). */
  applyUrlState: (state: UrlState) => void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export function createAppStore(initial: Partial<UrlState> = {}): AppStore {
  return createStore<AppState & AppActions>()((set, get, api) => ({
    ...DEFAULT_URL_STATE,
    ...initial,
    hover: null,
    playing: false,
    legendHover: null,
    legendPinned: null,
    changed: [],
    dialog: null,
    historyMode: 'replace',
    setDate: (date, mode = 'push', datePrecision = 'day') => set({ date, datePrecision, historyMode: mode }),
    playTo: (date, changed) =>
      set(
        changed.length > 0
          ? { date, datePrecision: 'day', historyMode: 'replace', changed }
          : { date, datePrecision: 'day', historyMode: 'replace' },
      ),
    setCompare: (compare, mode = 'push') =>
      set((s) => ({ compare, date: compare ? compare.to : s.date, datePrecision: 'day', historyMode: mode })),
    selectCountry: (country) => set({ country, historyMode: 'push' }),
    setView: (view) => set({ view, historyMode: 'push' }),
    setRegion: (region) => set({ region, historyMode: 'push' }),
    setTheme: (theme) => set({ theme, historyMode: 'replace' }),
    setTableSort: (tableSort) => set({ tableSort, historyMode: 'push' }),
    setTableStatus: (tableStatus) => set({ tableStatus, historyMode: 'push' }),
    setTableQuery: (tableQuery) => set({ tableQuery, historyMode: 'replace' }),
    setHover: (hover) => set({ hover }),
    setPlaying: (playing) => {
      // Pausing mid-travel lands the date where the thumb stopped, in the same write, so the
      // URL's paused date, the slider's value and the thumb agree (see playheadOf).
      const playhead = playheadOf(api);
      const { date } = get();
      const shown = playhead.shown(date);
      if (playing || shown === date) set({ playing });
      else set({ playing, date: shown, datePrecision: 'day', historyMode: 'replace' });
      if (!playing) playhead.clear();
    },
    setLegendHover: (legendHover) => set({ legendHover }),
    toggleLegendPin: (status) => set((s) => ({ legendPinned: s.legendPinned === status ? null : status })),
    setChanged: (changed) => set({ changed }),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    applyUrlState: (state) => set({ ...state, historyMode: 'none' }),
  }));
}

/** The URL-contract part of the state. */
export function pickUrlState(s: AppState): UrlState {
  return Object.fromEntries(URL_STATE_KEYS.map((k) => [k, s[k]])) as unknown as UrlState;
}
