import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { COUNTRIES } from '../../data/countries.generated';
import { useDataset } from '../../shared/load/datasetQuery';
import { OptionStatus } from './OptionStatus';
import { strings } from '../../shared/text/strings';
import { useAppStore } from '../../state/AppStoreContext';
import { searchCandidates } from './searchCandidates';
import { prepareCandidates, searchEntities } from './searchEntities';
import type { DatasetIndex } from '../../data/createIndex';
import './SearchBox.css';

const NONE: ReturnType<typeof prepareCandidates> = [];
const preparedByIndex = new WeakMap<DatasetIndex, ReturnType<typeof prepareCandidates>>();

/**
 * The search candidates of a dataset, prepared on the reader's first keystroke rather than while
 * the page loads (folding ~300 names and aliases), and once per dataset however often the field
 * is emptied and typed into again.
 */
function preparedFor(index: DatasetIndex) {
  let list = preparedByIndex.get(index);
  if (!list)
    preparedByIndex.set(
      index,
      (list = prepareCandidates(searchCandidates(index.dataset.entities, COUNTRIES))),
    );
  return list;
}

/**
 * Find a country, company or bloc by name or a common alternate ("Holland", "UK", "Burma"),
 * including countries without data. A WAI-ARIA 1.2 combobox with list autocomplete: the first
 * match is active as the reader types, arrows move, Enter opens its panel, Escape closes the
 * list and then clears the field. Focus stays in the input; options are never focused.
 */
export function SearchBox() {
  const { data: index } = useDataset();
  const selectCountry = useAppStore((s) => s.selectCountry);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();

  // The field shows at once (no layout shift); it finds things once the dataset has loaded.
  const prepared = index && query !== '' ? preparedFor(index) : NONE;
  const results = useMemo(() => searchEntities(prepared, query), [prepared, query]);
  const expanded = open && results.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    // Keep the active option in view when arrows move past the list's scrolled edge.
    if (expanded)
      document.getElementById(`${listId}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded, active, listId]);

  const choose = (i: number) => {
    const result = results[i];
    if (!result) return;
    setQuery('');
    setOpen(false);
    selectCountry(result.candidate.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (results.length === 0) return;
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(e.key === 'ArrowDown' ? 0 : results.length - 1);
          return;
        }
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + results.length) % results.length);
        return;
      }
      case 'Enter':
        if (!expanded) return;
        e.preventDefault();
        choose(active);
        return;
      case 'Escape':
        // Handled here, so the Escape does not also close a panel or dialog around the field.
        if (expanded) {
          e.preventDefault();
          setOpen(false);
        } else if (query) {
          e.preventDefault();
          setQuery('');
        }
        return;
      default:
        return;
    }
  };

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
        id={inputId}
        className="search-box__input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="go"
        placeholder={strings.searchPlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={strings.search}
        className="search-box__list"
        hidden={!expanded}
      >
        {expanded &&
          results.map(({ candidate, matched }, i) => {
            const kind = candidate.kind === 'country' ? null : strings.searchBox.kind[candidate.kind];
            const alias = matched && matched !== candidate.id ? strings.searchBox.alsoKnownAs(matched) : null;
            return (
              <li
                key={candidate.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search-box__option"
                // Keep focus in the input: the option is picked on click, not focused.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
                onMouseMove={() => i !== active && setActive(i)}
              >
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
      {open && query.trim() !== '' && results.length === 0 && (
        <p className="search-box__empty">{strings.searchNoResults}</p>
      )}
      <p className="visually-hidden" role="status">
        {open && query.trim() !== '' ? strings.searchBox.results(results.length) : ''}
      </p>
    </div>
  );
}
