import { useCallback, useId } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { strings } from '../../shared/text/strings';
import { useAppStore } from '../../state/AppStoreContext';
import { OptionStatus } from './OptionStatus';
import type { SearchResult } from '../../data/searchEntities';
import { useCombobox } from './useCombobox';
import { useSearchMatcher } from './useSearchMatcher';
import './SearchBox.css';

/**
 * Find a country, company or bloc by name or a common alternate ("Holland", "UK", "Burma"),
 * including countries without data, and past a typo ("Swedan"), said to be a guess; choosing one
 * opens its panel.
 */
export function SearchBox() {
  const { data: index } = useDataset();
  const selectCountry = useAppStore((s) => s.selectCountry);
  const { matcher, want } = useSearchMatcher();
  // The field shows at once (no layout shift); it finds things once the dataset and the matcher
  // have arrived, and says "No match" only once it could have found one.
  const search = useCallback(
    (query: string): SearchResult[] => (matcher ? matcher(index, query) : []),
    [index, matcher],
  );
  const onChoose = useCallback((r: SearchResult) => selectCountry(r.candidate.id), [selectCountry]);
  const { query, open, expanded, results, inputProps, listProps, optionProps } = useCombobox(
    search,
    onChoose,
  );
  const inputId = useId();
  const searching = open && query.trim() !== '';
  // Typo matches come only when nothing matched as typed, so the first result says which it is.
  const guessing = results[0]?.fuzzy === true;

  return (
    <div className="search-box">
      <label htmlFor={inputId} className="visually-hidden">
        {strings.search}
      </label>
      <svg className="search-box__icon" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
        <circle cx="7.5" cy="7.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m12 12 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        {...inputProps}
        onFocus={want}
        onPointerEnter={want}
        id={inputId}
        className="search-box__input"
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="go"
        placeholder={strings.searchPlaceholder}
      />
      <div className="search-box__drop" hidden={!expanded}>
        {guessing && <p className="search-box__note">{strings.searchBox.guessNote}</p>}
        <ul
          {...listProps}
          aria-label={guessing ? strings.searchBox.closeMatches : strings.search}
          className="search-box__list"
        >
          {expanded &&
            results.map(({ candidate, matched }, i) => {
              const kind = candidate.kind === 'country' ? null : strings.searchBox.kind[candidate.kind];
              const alias =
                matched && matched !== candidate.id ? strings.searchBox.alsoKnownAs(matched) : null;
              return (
                <li key={candidate.id} {...optionProps(i)} className="search-box__option">
                  <span className="search-box__name">
                    {candidate.name}
                    {kind && <span className="search-box__kind">, {kind}</span>}
                    {alias && <span className="search-box__alias"> ({alias})</span>}
                  </span>
                  <OptionStatus id={candidate.id} />
                </li>
              );
            })}
        </ul>
      </div>
      {searching && matcher && index && results.length === 0 && (
        <p className="search-box__empty">{strings.searchNoResults}</p>
      )}
      <p className="visually-hidden" role="status">
        {!searching || !matcher
          ? ''
          : guessing
            ? strings.searchBox.guesses(results.length)
            : strings.searchBox.results(results.length)}
      </p>
    </div>
  );
}
