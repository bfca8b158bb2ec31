import { lazy, Suspense, useLayoutEffect, useMemo, useRef } from 'react';
import { useDataset } from '../shared/load/datasetQuery';
import { FeatureBoundary } from '../shared/ui/FeatureBoundary';
import { LoadErrorMessage } from '../shared/ui/LoadErrorMessage';
import { strings } from '../shared/text/strings';
import { formatDate } from '../shared/text/formatDate';
import { parseDate } from '../data/dates';
import { reportOutlets } from '../data/reportOutlets';
import { useResolvedTheme } from '../shared/hooks/useResolvedTheme';
import { useReleasePrerendered } from './useReleasePrerendered';
import { useHydrated } from '../shared/hooks/useHydrated';
import { useAppStore } from '../state/AppStoreContext';
import { NormaliseUrlToDataset } from './NormaliseUrlToDataset';
import { WorldMap } from '../features/map/WorldMap';
import { Legend } from '../features/map/Legend';
import { Timeline } from '../features/timeline/Timeline';
import { PlaybackEngine } from '../features/timeline/PlaybackEngine';
import { CountryPanel } from '../features/panel/CountryPanel';
import { SearchBox } from '../features/search/SearchBox';
import { ViewSwitch } from './ViewSwitch';
import { useHeightMessages } from '../features/embed/useHeightMessages';
import { FullMapLink } from '../features/embed/FullMapLink';
import { ShareButton } from '../features/share/ShareButton';

// What the first view does not need loads on demand.
const AboutDialog = lazy(() =>
  import('../features/about/AboutDialog').then((m) => ({ default: m.AboutDialog })),
);
const TableView = lazy(() => import('../features/table/TableView').then((m) => ({ default: m.TableView })));

export function App() {
  const theme = useResolvedTheme();
  const view = useAppStore((s) => s.view);
  const embed = useAppStore((s) => s.embed);
  const controls = useAppStore((s) => s.controls);
  const aboutOpen = useAppStore((s) => s.aboutOpen);
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const dataset = useDataset();
  const setView = useAppStore((s) => s.setView);
  const rootRef = useRef<HTMLDivElement>(null);
  useHeightMessages(rootRef);
  useReleasePrerendered();

  // Not while hydrating: that render has the server's theme (light), and boot.js has already set
  // the reader's on the page; writing the server's would flash a light page in dark mode.
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (!hydrated) return;
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme, hydrated]);

  const meta = dataset.data?.dataset;
  const updated = meta ? parseDate(meta.updatedAt) : null;
  const outletCount = useMemo(() => (meta ? reportOutlets(meta).length : 0), [meta]);

  return (
    <div
      ref={rootRef}
      // app--fit: the map view outside an embed fits the screen's height on laptops (map.css).
      className={`app${embed ? ' app--embed' : view === 'map' ? ' app--fit' : ''}`}
      data-theme={theme}
    >
      {/* With the map, as the data arrives: the first fills must be for a date the data has. */}
      <NormaliseUrlToDataset />
      <header className="app-header">
        {view === 'map' && (
          // A button, not an in-page link: the table only exists once the view switches to it.
          <button
            type="button"
            className="skip-link"
            onClick={() => {
              setView('table');
              requestAnimationFrame(() => document.querySelector<HTMLElement>('#table table')?.focus());
            }}
          >
            {strings.skipToTable}
          </button>
        )}
        <div className="app-header__titles">
          <h1 className="app-title">{strings.appTitle}</h1>
          {!embed && <p className="app-subtitle">{strings.appSubtitle}</p>}
        </div>
        <div className="app-header__tools">
          <FeatureBoundary feature="search">
            <SearchBox />
          </FeatureBoundary>
          <ViewSwitch />
          {!embed && <ShareButton />}
          {!embed && (
            <button
              type="button"
              className="button"
              onClick={() => setAboutOpen(true)}
              aria-haspopup="dialog"
            >
              {strings.about}
            </button>
          )}
        </div>
      </header>

      {dataset.isError && (
        <LoadErrorMessage error={dataset.error} onRetry={() => void dataset.refetch()} what="Data file" />
      )}

      <main className="app-main" id="main">
        <section className="stage" aria-label={view === 'map' ? 'Map' : 'Table'}>
          {view === 'map' ? (
            <>
              <FeatureBoundary feature="map">
                <WorldMap />
              </FeatureBoundary>
              <FeatureBoundary feature="legend">
                <Legend />
              </FeatureBoundary>
            </>
          ) : (
            <FeatureBoundary feature="table">
              <Suspense fallback={<p className="loading">{strings.loading}</p>}>
                <TableView />
              </Suspense>
            </FeatureBoundary>
          )}
        </section>
        <FeatureBoundary feature="country panel">
          <CountryPanel />
        </FeatureBoundary>
      </main>

      <FeatureBoundary feature="timeline">
        {/* controls=0 hides the timeline, but autoplay=1 must still play. */}
        {controls ? <Timeline /> : <PlaybackEngine />}
      </FeatureBoundary>

      {/* The source line holds its place from the start (theme.css), empty until the data is
          there: text arriving a paint later must not move what is on screen (the embed's link
          under it; the footer itself, at the foot of a screen-tall page; the map's row, on
          laptops, which is the height the footer leaves it). */}
      <footer className="app-footer">
        <p className="app-footer__source">
          {meta && updated
            ? strings.sourceLine(
                meta.source?.publisher ?? meta.title,
                formatDate(updated.day, updated.precision),
                outletCount,
              )
            : null}
        </p>
        {embed && <FullMapLink />}
      </footer>

      {aboutOpen && (
        <FeatureBoundary feature="about page">
          <Suspense fallback={null}>
            <AboutDialog />
          </Suspense>
        </FeatureBoundary>
      )}
    </div>
  );
}
