import { useMemo } from 'react';
import { parseDate } from '../data/dates';
import { reportOutlets } from '../data/reportOutlets';
import { storyOf } from '../data/storyOf';
import { useDataset } from '../shared/load/datasetQuery';
import { formatDate } from '../shared/text/formatDate';
import { strings } from '../shared/text/strings';
import { useAppStore } from '../state/AppStoreContext';
import { FullMapLink } from '../features/embed/FullMapLink';

/** The source line under the page, and in an embed the link to the full map. */
export function AppFooter() {
  const embed = useAppStore((s) => s.embed);
  const meta = useDataset().data?.dataset;
  const updated = meta ? parseDate(meta.updatedAt) : null;
  const outlets = useMemo(() => (meta ? reportOutlets(meta) : []), [meta]);
  return (
    <footer className="app-footer">
      {/* Its place is kept while empty (theme.css): text arriving a paint later must not move
          what is on screen. */}
      <p className="app-footer__source">
        {meta && updated
          ? strings.sourceLine(
              meta.source?.publisher ?? null,
              formatDate(updated.day, updated.precision),
              outlets,
              storyOf(meta).credit,
            )
          : null}
      </p>
      {embed && <FullMapLink />}
    </footer>
  );
}
