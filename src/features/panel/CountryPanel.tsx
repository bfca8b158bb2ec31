import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { DayNumber } from '../../data/dates';
import { useDataset } from '../../app/datasetQuery';
import { useCurrentDay } from '../../app/useCurrentDay';
import { strings } from '../../app/strings';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { entityName, lookUpEntity } from './entityName';
import { StatusNow } from './StatusNow';
import { StatusHistory } from './StatusHistory';
import { statusRuns } from './statusRuns';
import { UpdateSections } from './UpdateSections';
import { useSheetDrag } from './useSheetDrag';
import { useMediaQuery } from './useMediaQuery';
import './CountryPanel.css';
import { CloseButton } from '../../app/CloseButton';

/**
 * The panel for the selected country, company or bloc: its status on the selected date, its
 * history, and every sourced update that concerns it. A side panel beside the map on wide
 * screens; a bottom sheet on phones (below 900 px) and in embeds at every width.
 *
 * Focus: when a reader opens it, focus moves to its heading; when they close it, focus goes
 * back to whatever opened it. A panel opened by the URL at load does not take focus — in an
 * embed that would scroll the host article to the iframe.
 */
export function CountryPanel() {
  const country = useAppStore((s) => s.country);
  const embed = useAppStore((s) => s.embed);
  // Below this width there is no room beside the map; in an embed the iframe is the article's column.
  const narrow = useMediaQuery('(max-width: 899.98px)');
  const asSheet = embed || narrow;
  const store = useAppStoreApi();
  const { data: index, isPending } = useDataset();
  // A closed panel does not follow the timeline.
  const day = useCurrentDay(country !== null);
  const entity = index && country ? lookUpEntity(index, country) : null;
  const open = entity !== null && day !== null;

  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // An SVG country shape on the map is as much an opener as a button.
  const openerRef = useRef<HTMLElement | SVGElement | null>(null);
  // The country whose opening has been handled; starts as the URL's, which the reader did not open.
  const handledFor = useRef<string | null>(country);

  useLayoutEffect(() => {
    if (!open || !country || handledFor.current === country) return;
    handledFor.current = country;
    const active = document.activeElement;
    // Whatever had focus outside the panel chose this country; a choice made inside keeps the last one.
    if (
      (active instanceof HTMLElement || active instanceof SVGElement) &&
      active !== document.body &&
      !panelRef.current?.contains(active)
    )
      openerRef.current = active;
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
    headingRef.current?.focus({ preventScroll: true });
  }, [open, country]);

  useEffect(() => {
    if (country === null) handledFor.current = null;
  }, [country]);

  const close = () => {
    const opener = openerRef.current;
    openerRef.current = null;
    store.getState().selectCountry(null);
    if (opener?.isConnected) opener.focus();
  };
  const sheet = useSheetDrag(panelRef, close);

  const sheetClass = asSheet ? ` country-panel--sheet country-panel--${sheet.size}` : '';
  // A country in the link: the panel takes its place while the data loads, so the map beside it
  // (or the page under the sheet) has its final size from the first paint instead of shrinking
  // when the data arrives (a layout shift of 0.12 on an upright tablet).
  if (!index && isPending && country !== null)
    return (
      <section className={`country-panel${sheetClass}`} aria-label={strings.panel.loading} aria-busy="true">
        <p className="loading">{strings.panel.loading}</p>
      </section>
    );
  if (!open || !index) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };
  const moveTo = (target: DayNumber) => {
    // Playback would overwrite the date on its next frame.
    store.getState().setPlaying(false);
    store.getState().setDate(target);
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
      <header className="country-panel__header">
        <div className="country-panel__titles">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="country-panel__title">
            {entity.name}
          </h2>
          {entity.kind === 'company' && (
            <p className="country-panel__kind">
              {strings.panel.companyOf(entityName(index, entity.country))}
            </p>
          )}
          {entity.kind === 'bloc' && (
            <p className="country-panel__kind">{strings.panel.blocOf(entity.members.length)}</p>
          )}
        </div>
        <CloseButton className="country-panel__close" onClick={close} />
      </header>
      <div className="country-panel__body" ref={bodyRef}>
        <StatusNow index={index} entity={entity} day={day} hasUpdates={updates.length > 0} />
        {transitions.length > 0 && (
          <StatusHistory
            runs={statusRuns(transitions, index.firstDay, index.lastDay)}
            firstDay={index.firstDay}
            lastDay={index.lastDay}
            current={day}
          />
        )}
        {updates.length > 0 && (
          <UpdateSections index={index} entity={entity} updates={updates} current={day} onMoveTo={moveTo} />
        )}
      </div>
    </section>
  );
}
