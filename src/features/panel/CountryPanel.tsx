import { useId, type KeyboardEvent } from 'react';
import type { DatePrecision, DayNumber } from '../../data/dates';
import { useDataset } from '../../shared/load/datasetQuery';
import { useCurrentDay } from '../../shared/hooks/useCurrentDay';
import { strings } from '../../shared/text/strings';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { lookUpEntity } from '../../data/entityName';
import { PanelHeader } from './PanelHeader';
import { StatusNow } from './StatusNow';
import { StatusHistory } from './StatusHistory';
import { statusRuns } from './statusRuns';
import { UpdateSections } from './UpdateSections';
import { usePanelFocus } from './usePanelFocus';
import { useSheetDrag } from './useSheetDrag';
import { useMediaQuery } from '../../shared/hooks/useMediaQuery';
import { PANEL_NARROW } from './panelLayout';
import { PanelLoading } from './PanelLoading';
import './CountryPanel.css';

/**
 * The panel for the selected country, company or bloc: its status on the selected date, its
 * history, and every sourced update that concerns it. A side panel beside the map on wide
 * screens; a bottom sheet on phones (below 900 px) and in embeds at every width.
 * Focus is usePanelFocus's: to the heading when a reader opens it, back to the opener on close.
 */
/** `linked`: the address's country at load, which takes no focus; by default, the one at mount. */
export function CountryPanel({ linked }: { linked?: string | null }) {
  const country = useAppStore((s) => s.country);
  const embed = useAppStore((s) => s.embed);
  // In an embed the iframe is the article's column: a sheet at every width.
  const narrow = useMediaQuery(PANEL_NARROW);
  const asSheet = embed || narrow;
  const store = useAppStoreApi();
  const { data: index, isPending } = useDataset();
  // A closed panel does not follow the timeline.
  const day = useCurrentDay(country !== null);
  const entity = index && country ? lookUpEntity(index, country) : null;
  const open = entity !== null && day !== null;

  const headingId = useId();
  const { panelRef, headingRef, bodyRef, close } = usePanelFocus(country, open, linked);
  const sheet = useSheetDrag(panelRef, close);

  const sheetClass = asSheet ? ` country-panel--sheet country-panel--${sheet.size}` : '';
  // A country in the link: the panel takes its place while the data loads, so the map beside it
  // (or the page under the sheet) has its final size from the first paint instead of shrinking
  // when the data arrives.
  if (!index && isPending && country !== null) return <PanelLoading asSheet={asSheet} />;
  if (!open || !index) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };
  const moveTo = (target: DayNumber, precision: DatePrecision = 'day') => {
    // Playback would overwrite the date on its next frame.
    store.getState().setPlaying(false);
    store.getState().setDate(target, 'push', precision);
  };
  const transitions = index.transitionsOf(entity.id);
  const updates = index.updatesFor(entity.id);

  return (
    <section
      ref={panelRef}
      className={`country-panel${sheetClass}`}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      {asSheet && (
        <div className="country-panel__grip">
          <button
            type="button"
            className="country-panel__handle"
            aria-label={strings.panel.resize}
            aria-expanded={sheet.size === 'full'}
            {...sheet.handleProps}
          />
        </div>
      )}
      <PanelHeader
        index={index}
        entity={entity}
        headingId={headingId}
        headingRef={headingRef}
        onClose={close}
      />
      <div className="country-panel__body" ref={bodyRef}>
        <StatusNow index={index} entity={entity} day={day} updates={updates} />
        {transitions.length > 0 && (
          <StatusHistory
            runs={statusRuns(transitions, index.firstDay, index.lastDay)}
            firstDay={index.firstDay}
            lastDay={index.lastDay}
            current={day}
          />
        )}
        {updates.length > 0 && (
          // Keyed: which years are open belongs to one entity's lists.
          <UpdateSections
            key={entity.id}
            index={index}
            entity={entity}
            updates={updates}
            current={day}
            onMoveTo={moveTo}
          />
        )}
      </div>
    </section>
  );
}
