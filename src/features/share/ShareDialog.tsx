import { useEffect, useId, useState, type ComponentType, type KeyboardEvent } from 'react';
import { strings } from '../../shared/text/strings';
import { Dialog } from '../../shared/ui/Dialog';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { DownloadPanel } from './DownloadPanel';
import { EmbedPanel } from './EmbedPanel';
import { LinkPanel } from './LinkPanel';
import './ShareDialog.css';

const TABS = ['link', 'embed', 'download'] as const;
type Tab = (typeof TABS)[number];
const PANELS: Record<Tab, ComponentType> = {
  link: LinkPanel,
  embed: EmbedPanel,
  download: DownloadPanel,
};

/** The tab a key moves to, as the ARIA tabs pattern has it: arrows step round, Home/End jump. */
function tabAfterKey(tab: Tab, key: string): Tab | undefined {
  const at = TABS.indexOf(tab);
  if (key === 'ArrowRight') return TABS[(at + 1) % TABS.length];
  if (key === 'ArrowLeft') return TABS[(at + TABS.length - 1) % TABS.length];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS[TABS.length - 1];
  return undefined;
}

/**
 * "Share": the link to this view, the embed code and downloads, in three tabs with one tab stop.
 * Loaded on demand: none of it is in the first view's JavaScript.
 */
export function ShareDialog() {
  const store = useAppStoreApi();
  const closeDialog = useAppStore((s) => s.closeDialog);
  const [tab, setTab] = useState<Tab>('link');
  const ids = useId();

  // What is shared is what is on screen: playback would move the date under the reader.
  useEffect(() => {
    store.getState().setPlaying(false);
  }, [store]);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const next = tabAfterKey(tab, e.key);
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`${ids}-tab-${next}`)?.focus();
  };

  return (
    <Dialog
      className="share"
      title={strings.share.title}
      onClose={closeDialog}
      // Start on the tabs rather than on the Close button the browser would pick.
      initialFocus={'[role="tab"][aria-selected="true"]'}
    >
      <div className="share__tabs" role="tablist" aria-label={strings.share.title}>
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
      <div className="dialog__body">
        {/* Every panel stays mounted, so embed choices survive a look at another tab. */}
        {TABS.map((name) => {
          const Panel = PANELS[name];
          return (
            <div
              key={name}
              id={`${ids}-panel-${name}`}
              role="tabpanel"
              className="share__panel"
              aria-labelledby={`${ids}-tab-${name}`}
              hidden={tab !== name}
            >
              <Panel />
            </div>
          );
        })}
      </div>
    </Dialog>
  );
}
