import { useEffect } from 'react';
import { lookUpEntity } from '../data/entityName';
import { useDataset } from '../shared/load/datasetQuery';
import { useStory } from '../shared/load/useStory';
import { documentTitle } from '../shared/text/documentTitle';
import { storyPageTitle } from '../shared/text/storyText';
import { useAppStoreApi } from '../state/AppStoreContext';
import type { AppState } from '../state/createAppStore';

/**
 * Keeps document.title on the view the address shows: country, date or compared range. From a
 * store subscription, not a render: playback moves the date several times a second, and the
 * App re-rendering for each would re-render the page.
 */
export function useDocumentTitle(): void {
  const store = useAppStoreApi();
  const index = useDataset().data ?? null;
  const { story } = useStory();
  useEffect(() => {
    const titles = { plain: storyPageTitle(story), title: story.title };
    const before = document.title;
    const write = ({ country, date, datePrecision, compare }: AppState) => {
      // A name needs the data; until then the title names the date alone.
      const name = country !== null && index ? (lookUpEntity(index, country)?.name ?? null) : null;
      const title = documentTitle({ name, date, datePrecision, compare }, titles);
      if (document.title !== title) document.title = title;
    };
    write(store.getState());
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.country !== prev.country ||
        s.date !== prev.date ||
        s.datePrecision !== prev.datePrecision ||
        s.compare !== prev.compare
      )
        write(s);
    });
    return () => {
      unsubscribe();
      document.title = before;
    };
  }, [store, index, story]);
}
