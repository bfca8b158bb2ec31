import { useId } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { parseDate } from '../../data/dates';
import { formatDate } from '../../app/formatDate';
import { strings } from '../../app/strings';
import { safeHref } from '../panel/safeHref';
import { readerCommentCount } from './aboutContent';

const formatPartial = (value: string | undefined) => {
  const parsed = value ? parseDate(value) : null;
  return parsed ? formatDate(parsed.day, parsed.precision) : null;
};

/** Where the data comes from and how it was compiled. */
export function DataSource({ index }: { index: DatasetIndex }) {
  const id = useId();
  const compiledId = useId();
  const { source, updatedAt } = index.dataset;
  const published = formatPartial(source?.published);
  const updated = formatPartial(updatedAt);
  const href = safeHref(source?.url);
  const line = source ? strings.aboutPage.sourceLine(source.publisher, source.title) : null;

  return (
    <>
      <section className="about__section" aria-labelledby={id}>
        <h3 id={id}>{strings.aboutPage.sourceHeading}</h3>
        {line && (
          <p>
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={`${line} ${strings.panel.opensInNewTab}`}
              >
                {line}
              </a>
            ) : (
              line
            )}
            {published && ` ${strings.aboutPage.published(published)}`}
          </p>
        )}
        {updated && <p>{strings.aboutPage.updated(updated)}</p>}
      </section>
      <section className="about__section" aria-labelledby={compiledId}>
        <h3 id={compiledId}>{strings.aboutPage.compiledHeading}</h3>
        {strings.aboutPage.compiled.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p>{strings.aboutPage.readerComments(readerCommentCount(index))}</p>
      </section>
    </>
  );
}
