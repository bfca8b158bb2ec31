import { useDataset } from '../../shared/load/datasetQuery';
import { strings } from '../../shared/text/strings';
import { Dialog } from '../../shared/ui/Dialog';
import { useAppStore } from '../../state/AppStoreContext';
import { DataSource } from './DataSource';
import { DatasetFacts } from './DatasetFacts';
import { ErrataList } from './ErrataList';
import { FaqList } from './FaqList';
import { StatusMeanings } from './StatusMeanings';
import './AboutDialog.css';

/**
 * "About this map", method first: where the data comes from, how statuses are judged, what the
 * file holds and every error corrected in the article; then the article's FAQ.
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
    </Dialog>
  );
}
