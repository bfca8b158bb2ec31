import { useId, useRef, useState } from 'react';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useStory } from '../../shared/load/useStory';
import { useCurrentDay } from '../../shared/hooks/useCurrentDay';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { pickUrlState } from '../../state/createAppStore';
import { stateToSearch, urlToState, type ThemeChoice } from '../../state/urlState';
import { CopyStatus } from './CopyStatus';
import { embedSnippet } from './embedSnippet';
import { defaultEmbedOptions, embedUrl, type EmbedOptions } from './embedUrl';
import { useCopy } from './useCopy';

/** The default (the reader's own setting) first. */
const THEME_CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'dark'];

/** Fallback height of the iframe until (or without) the resize script: the map and timeline. */
const FALLBACK_HEIGHT = 640;

/** The embed code for the current view, with the few choices a newsroom makes. */
export function EmbedPanel() {
  const store = useAppStoreApi();
  const search = useAppStore((s) => stateToSearch(pickUrlState(s)));
  const day = useCurrentDay();
  const [options, setOptions] = useState(() => defaultEmbedOptions(pickUrlState(store.getState())));
  const set = (patch: Partial<EmbedOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const field = useRef<HTMLTextAreaElement>(null);
  const { state: copyState, copy } = useCopy();
  const ids = useId();
  const { story } = useStory();

  const state = urlToState(search);
  const src = embedUrl(state, day, options, window.location);
  const snippet = embedSnippet({
    src,
    title: strings.share.frameTitle(story.title),
    height: FALLBACK_HEIGHT,
  });
  const shown = state.compare
    ? `${formatDate(state.compare.from)} – ${formatDate(state.compare.to)}`
    : day !== null
      ? formatDate(day)
      : '…';

  return (
    <>
      <div className="share__options">
        <fieldset className="share__fieldset">
          <legend>{strings.share.date}</legend>
          <label className="share__choice">
            <input
              type="radio"
              name={`${ids}-date`}
              checked={options.pinDate}
              onChange={() => set({ pinDate: true })}
            />
            {strings.share.pinned(shown)}
          </label>
          <label className="share__choice">
            <input
              type="radio"
              name={`${ids}-date`}
              checked={!options.pinDate}
              onChange={() => set({ pinDate: false })}
            />
            {strings.share.latest}
          </label>
        </fieldset>
        <fieldset className="share__fieldset">
          <legend>{strings.share.theme}</legend>
          {THEME_CHOICES.map((theme) => (
            <label key={theme} className="share__choice">
              <input
                type="radio"
                name={`${ids}-theme`}
                checked={options.theme === theme}
                onChange={() => set({ theme })}
              />
              {strings.share.themes[theme]}
            </label>
          ))}
        </fieldset>
        <div className="share__fieldset share__checks">
          <label className="share__choice">
            <input
              type="checkbox"
              checked={options.hideTimeline}
              onChange={(e) => set({ hideTimeline: e.currentTarget.checked })}
            />
            {strings.share.hideTimeline}
          </label>
          <label className="share__choice">
            <input
              type="checkbox"
              checked={options.autoplay}
              onChange={(e) => set({ autoplay: e.currentTarget.checked })}
            />
            {strings.share.autoplay}
          </label>
        </div>
      </div>

      <label htmlFor={`${ids}-code`} className="share__label">
        {strings.share.code}
      </label>
      <textarea
        id={`${ids}-code`}
        ref={field}
        className="share__field share__code"
        readOnly
        rows={9}
        value={snippet}
        spellCheck={false}
        aria-describedby={`${ids}-help`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id={`${ids}-help`} className="share__help">
        {strings.share.codeHelp(FALLBACK_HEIGHT)}
      </p>
      <div className="share__actions">
        <button
          type="button"
          className="button share__primary"
          onClick={() => void copy(snippet, field.current)}
        >
          {strings.share.copyCode}
        </button>
        <CopyStatus state={copyState} />
      </div>
    </>
  );
}
