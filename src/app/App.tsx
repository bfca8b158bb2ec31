import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { useDataset } from '../shared/load/datasetQuery';
import { loadFailure } from '../shared/load/loadFailure';
import { FeatureBoundary } from '../shared/ui/FeatureBoundary';
import { LoadErrorMessage } from '../shared/ui/LoadErrorMessage';
import { strings } from '../shared/text/strings';
import { useResolvedTheme } from '../shared/hooks/useResolvedTheme';
import { useReleasePrerendered } from './useReleasePrerendered';
import { useDocumentTitle } from './useDocumentTitle';
import { useHydrated } from '../shared/hooks/useHydrated';
import { useAppStore } from '../state/AppStoreContext';
import { NormaliseUrlToDataset } from './NormaliseUrlToDataset';
import { AppHeader } from './AppHeader';
import { AppFooter } from './AppFooter';
import { WorldMap } from '../features/map/WorldMap';
import { Legend } from '../features/map/Legend';
import { Timeline } from '../features/timeline/Timeline';
import { PlaybackEngine } from '../features/timeline/PlaybackEngine';
import { CountryPanelSlot } from '../features/panel/CountryPanelSlot';
import { useHeightMessages } from '../features/embed/useHeightMessages';

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
  const aboutOpen = useAppStore((s) => s.dialog === 'about');
  const dataset = useDataset();
  const datasetFailure = loadFailure(dataset);
  const rootRef = useRef<HTMLDivElement>(null);
  useHeightMessages(rootRef);
  useReleasePrerendered();
  useDocumentTitle();

  // Not while hydrating: that render has the server's theme (light), and boot.js has already set
  // the reader's on the page; writing the server's would flash a light page in dark mode.
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (!hydrated) return;
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme, hydrated]);

  return (
    <div
      ref={rootRef}
      // app--fit: the map view outside an embed fits the screen's height on laptops (map.css).
      className={`app${embed ? ' app--embed' : view === 'map' ? ' app--fit' : ''}`}
      data-theme={theme}
    >
      {/* With the map, as the data arrives: the first fills must be for a date the data has. */}
      <NormaliseUrlToDataset />
      <AppHeader />

      {datasetFailure && (
        <LoadErrorMessage
          error={datasetFailure.error}
          retrying={datasetFailure.retrying}
          onRetry={() => void dataset.refetch()}
          what="Data file"
        />
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
          <CountryPanelSlot />
        </FeatureBoundary>
      </main>

      <FeatureBoundary feature="timeline">
        {/* controls=0 hides the timeline, but autoplay=1 must still play. */}
        {controls ? <Timeline /> : <PlaybackEngine />}
      </FeatureBoundary>

      <AppFooter />

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
