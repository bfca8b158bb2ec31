import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { strings } from '../../shared/text/strings';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { DownloadPanel } from './DownloadPanel';
import { EmbedPanel } from './EmbedPanel';
import { LinkPanel } from './LinkPanel';
import './ShareDialog.css';
import { CloseButton } from '../../shared/ui/CloseButton';

const TABS = ['link', 'embed', 'download'] as const;
type Tab = (typeof TABS)[number];

/**
 * "Share": the link to this view, the embed code and downloads, in three tabs. A native modal
 * <dialog> as the About page is: the browser traps focus, closes it on Escape and returns focus
 * to the Share button; where showModal is missing (jsdom, old Safari) it opens non-modal and
 * Escape is handled here. Loaded on demand: none of it is in the first view's JavaScript.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [tab, setTab] = useState<Tab>('link');
  const ids = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    opener.current = document.activeElement;
    // What is shared is what is on screen: playback would move the date under the reader.
    store.getState().setPlaying(false);
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // Start on the tabs rather than on the close button the browser would pick.
    dialog.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [store]);

  // Runs once whichever way it closed (button, Escape): the owner then unmounts it.
  const onClosed = () => {
    const back = opener.current;
    const active = document.activeElement;
    const lost = active === document.body || (active !== null && ref.current?.contains(active) === true);
    if (lost && back instanceof HTMLElement && back.isConnected) back.focus();
    onClose();
  };
  const close = () => {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function' && dialog.open) dialog.close();
    else onClosed();
  };

  // Tabs as the ARIA pattern has them: arrows move and select, Home/End jump; one tab stop.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(at + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(at + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`${ids}-tab-${next}`)?.focus();
  };

  const panel = (name: Tab) => {
    switch (name) {
      case 'link':
        return <LinkPanel />;
      case 'embed':
        return <EmbedPanel />;
      case 'download':
        return <DownloadPanel />;
    }
  };

  return (
    <dialog
      ref={ref}
      className="share"
      aria-labelledby={`${ids}-title`}
      onClose={onClosed}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && typeof ref.current?.showModal !== 'function') {
          e.preventDefault();
          close();
        }
      }}
    >
      {/* A div, not <header>: the dialog sits inside the page's banner, which holds the button. */}
      <div className="share__header">
        <h2 id={`${ids}-title`} className="share__title">
          {strings.share.title}
        </h2>
        <CloseButton onClick={close} />
      </div>
      <div className="share__tabs" role="tablist" aria-labelledby={`${ids}-title`}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`${ids}-tab-${name}`}
            type="button"
            role="tab"
            className="share__tab"
            aria-selected={tab === name}
            aria-controls={`${ids}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onTabKey}
          >
            {strings.share.tabs[name]}
          </button>
        ))}
      </div>
      <div className="share__body">
        {/* Every panel stays mounted, so embed choices survive a look at another tab. */}
        {TABS.map((name) => (
          <div
            key={name}
            id={`${ids}-panel-${name}`}
            role="tabpanel"
            className="share__panel"
            aria-labelledby={`${ids}-tab-${name}`}
            hidden={tab !== name}
          >
            {panel(name)}
          </div>
        ))}
      </div>
    </dialog>
  );
}
