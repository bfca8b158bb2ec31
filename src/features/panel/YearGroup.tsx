import { useId, type ReactNode } from 'react';
import { strings } from '../../shared/text/strings';

interface Props {
  year: number;
  count: number;
  /** The list's accessible name, e.g. "Reported updates, 2019". */
  label: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/**
 * One year of a section: a subheading that is also its disclosure button (the ARIA accordion
 * pattern: "2019, 5 updates", expanded or collapsed), and the year's updates when open. A closed
 * year renders no updates, which keeps a panel of a hundred entries light.
 */
export function YearGroup({ year, count, label, open, onToggle, children }: Props) {
  const listId = useId();
  return (
    <div className="update-year">
      <h4 className="update-year__heading">
        <button
          type="button"
          className="update-year__toggle"
          aria-expanded={open}
          // Only point at the list while it exists.
          aria-controls={open ? listId : undefined}
          onClick={onToggle}
          // Named with a comma, which the layout cannot give: "2019, 5 updates", not "2019 5 updates".
          aria-label={strings.panel.yearToggle(year, count)}
        >
          <span className="update-year__year">{year}</span>{' '}
          <span className="update-year__count">{strings.panel.updateCount(count)}</span>
        </button>
      </h4>
      {open && (
        <ol id={listId} className="update-group__list" aria-label={label}>
          {children}
        </ol>
      )}
    </div>
  );
}
