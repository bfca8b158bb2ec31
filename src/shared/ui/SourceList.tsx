import type { Source } from '../../data/schema';
import { strings } from '../text/strings';
import { safeHref } from '../util/safeHref';
import './SourceList.css';

/**
 * An update's sources: outlet, then date, as the article prints them or as the report gives them.
 * An outlet is a link only when its URL is http(s); links open in a new tab so an embedding
 * article stays open, and are named with their date, since a panel may hold dozens of Reuters.
 */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <p className="source-list">
      <span className="source-list__label">
        {sources.length === 1 ? strings.panel.source : strings.panel.sources}:
      </span>{' '}
      {sources.map((source, i) => {
        const href = safeHref(source.url);
        const named = source.date ? `${source.name}, ${source.date}` : source.name;
        return (
          <span key={i} className="source-list__item">
            {i > 0 && '; '}
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                // Named in full so no reader is surprised by the new tab.
                aria-label={`${named} ${strings.panel.opensInNewTab}`}
              >
                <cite>{source.name}</cite>
              </a>
            ) : (
              <cite>{source.name}</cite>
            )}
            {source.date && `, ${source.date}`}
          </span>
        );
      })}
    </p>
  );
}
