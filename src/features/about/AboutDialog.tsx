import { useDataset } from '../../shared/load/datasetQuery';
import { strings } from '../../shared/text/strings';
import { Dialog } from '../../shared/ui/Dialog';
import { useAppStore } from '../../state/AppStoreContext';
import { DataSource } from './DataSource';
import { DatasetFacts } from './DatasetFacts';
import { ErrataList } from './ErrataList';
import { FaqList } from './FaqList';
import { ReadingGuide } from './ReadingGuide';
import { StatusMeanings } from './StatusMeanings';
import './AboutDialog.css';

/**
 * "About this map", opening on how to read it: the map, the panel and the timeline, then what
 * each colour means; then the method: where the data comes from, what the file holds and every
 * error corrected in the article; last, the article's own FAQ.
 */
export function AboutDialog() {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const { data: index, isError } = useDataset();
  return (
    <Dialog className="about" title={strings.about} onClose={closeDialog}>
      {/* Focusable so keyboard readers can scroll it: it may hold no link or button at all. */}
      <div className="dialog__body about__body" tabIndex={0}>
        {index ? (
          <>
            <ReadingGuide index={index} />
            <StatusMeanings />
            <DataSource index={index} />
            <DatasetFacts index={index} />
            <ErrataList index={index} />
            <FaqList index={index} />
          </>
        ) : (
          <p>{isError ? strings.table.unavailable : strings.loading}</p>
        )}
      </div>
    </Dialog>
  );
}
