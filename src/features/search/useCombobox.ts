import {
  useEffect,
  useId,
  useMemo,
  useState,
  type ChangeEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type LiHTMLAttributes,
} from 'react';

/**
 * A WAI-ARIA 1.2 combobox with list autocomplete over `search(query)` (keep `search` stable: the
 * results are memoised on it). The first match is active as the reader types, arrows move (and
 * open a closed list), Enter chooses, Escape closes the list and then clears the field. Focus
 * stays in the input; options are never focused.
 */
export function useCombobox<T>(search: (query: string) => readonly T[], onChoose: (option: T) => void) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => search(query), [search, query]);
  const expanded = open && results.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    // Keep the active option in view when arrows move past the list's scrolled edge.
    if (expanded)
      document.getElementById(`${listId}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded, active, listId]);

  const choose = (i: number) => {
    const option = results[i];
    if (option === undefined) return;
    setQuery('');
    setOpen(false);
    onChoose(option);
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

  const inputProps: InputHTMLAttributes<HTMLInputElement> = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': expanded ? optionId(active) : undefined,
    value: query,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setQuery(e.target.value);
      setActive(0);
      setOpen(true);
    },
    onKeyDown,
    onBlur: () => setOpen(false),
  };
  const listProps: HTMLAttributes<HTMLUListElement> = { id: listId, role: 'listbox', hidden: !expanded };
  const optionProps = (i: number): LiHTMLAttributes<HTMLLIElement> => ({
    id: optionId(i),
    role: 'option',
    'aria-selected': i === active,
    // Keep focus in the input: the option is picked on click, not focused.
    onMouseDown: (e) => e.preventDefault(),
    onClick: () => choose(i),
    onMouseMove: () => i !== active && setActive(i),
  });

  return { query, open, expanded, results, inputProps, listProps, optionProps };
}
