import { yearOf } from '../data/yearGroups';
import { FeatureBoundary } from '../shared/ui/FeatureBoundary';
import { useDataset } from '../shared/load/datasetQuery';
import { useStory } from '../shared/load/useStory';
import { strings } from '../shared/text/strings';
import { storyTopic } from '../shared/text/storyText';
import { useAppStore } from '../state/AppStoreContext';
import { SearchBox } from '../features/search/SearchBox';
import { ShareButton } from '../features/share/ShareButton';
import { ViewSwitch } from './ViewSwitch';

/** The page's banner: skip link, title, and the tools (search, view, Share and About outside an embed). */
export function AppHeader() {
  const view = useAppStore((s) => s.view);
  const embed = useAppStore((s) => s.embed);
  const setView = useAppStore((s) => s.setView);
  const openDialog = useAppStore((s) => s.openDialog);
  const { story } = useStory();
  const index = useDataset().data;
  // The story's own subtitle, else its topic and the years its updates span.
  const subtitle =
    story.subtitle ??
    (index && index.timeline.length > 0
      ? strings.defaultSubtitle(
          storyTopic(story),
          strings.aboutPage.period(yearOf(index.firstDay), yearOf(index.lastDay)),
        )
      : null);
  return (
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
        <h1 className="app-title">{story.title}</h1>
        {!embed && subtitle && <p className="app-subtitle">{subtitle}</p>}
      </div>
      <div className="app-header__tools">
        <FeatureBoundary feature="search">
          <SearchBox />
        </FeatureBoundary>
        <ViewSwitch />
        {!embed && <ShareButton />}
        {!embed && (
          <button type="button" className="button" onClick={() => openDialog('about')} aria-haspopup="dialog">
            {strings.about}
          </button>
        )}
      </div>
    </header>
  );
}
