import type { Dataset } from '../../data/schema';
import { strings } from '../../shared/text/strings';
import { safeHref } from '../../shared/util/safeHref';
import { formatPartial } from './formatPartial';

/** The publication the data was compiled from, linked where it has an http(s) URL, and its date. */
export function ArticleLine({ source }: { source: Dataset['source'] }) {
  if (!source) return null;
  const line = strings.aboutPage.sourceLine(source.publisher, source.title);
  const href = safeHref(source.url);
  const published = formatPartial(source.published);
  return (
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
  );
}
