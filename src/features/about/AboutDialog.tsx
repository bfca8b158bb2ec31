import { useEffect, useId, useRef } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { strings } from '../../shared/text/strings';
import { useAppStore } from '../../state/AppStoreContext';
import { DataSource } from './DataSource';
import { DatasetFacts } from './DatasetFacts';
import { ErrataList } from './ErrataList';
import { FaqList } from './FaqList';
import { StatusMeanings } from './StatusMeanings';
import './AboutDialog.css';
import { CloseButton } from '../../shared/ui/CloseButton';

/**
 * "About this map", method first: where the data comes from, how statuses are judged, what the
 * file holds and every error corrected in the article; then the article's FAQ. A native modal
 * <dialog>: the browser traps focus, closes it on Escape and returns focus to the About button.
 * Where showModal is missing (old Safari, jsdom) it falls back to an open, non-modal dialog that
 * still closes on Escape.
 */
export function AboutDialog() {
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const { data: index, isError } = useDataset();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    opener.current = document.activeElement;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else {
      dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('.about__close')?.focus();
    }
  }, []);

  // Runs once whichever way it closed (button, Escape, form): the store then unmounts it.
  const onClosed = () => {
    // The browser restores focus itself on close(); this covers the fallback, where focus is
    // still inside the dialog about to unmount, and a focus lost to <body>.
    const back = opener.current;
    const active = document.activeElement;
    const lost = active === document.body || (active !== null && ref.current?.contains(active) === true);
    if (lost && back instanceof HTMLElement && back.isConnected) back.focus();
    setAboutOpen(false);
  };
  const close = () => {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function' && dialog.open) dialog.close();
    else onClosed();
  };

  return (
    <dialog
      ref={ref}
      className="about"
      aria-labelledby={headingId}
      onClose={onClosed}
      onKeyDown={(e) => {
        // Native modals close on Escape by themselves (via "cancel"); the fallback needs this.
        if (e.key === 'Escape' && typeof ref.current?.showModal !== 'function') {
          e.preventDefault();
          close();
        }
      }}
    >
      <header className="about__header">
        <h2 id={headingId} className="about__title">
          {strings.about}
        </h2>
        <CloseButton className="about__close" onClick={close} />
      </header>
      {/* Focusable so keyboard readers can scroll it: it may hold no link or button at all. */}
      <div className="about__body" tabIndex={0}>
        {index ? (
          <>
            <DataSource index={index} />
            <StatusMeanings />
            <DatasetFacts index={index} />
            <ErrataList index={index} />
            <FaqList index={index} />
          </>
        ) : (
          <p>{isError ? strings.table.unavailable : strings.loading}</p>
        )}
      </div>
    </dialog>
  );
}
