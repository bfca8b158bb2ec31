import type { Source } from '../../data/schema';
import { strings } from '../../app/strings';
import { safeHref } from './safeHref';
import './SourceList.css';

/**
 * An update's sources as the article prints them: outlet, then date. An outlet is a link only
 * when its URL is http(s); links open in a new tab so an embedding article stays open.
 */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <p className="source-list">
      <span className="source-list__label">
        {sources.length === 1 ? strings.panel.source : strings.panel.sources}:
      </span>{' '}
      {sources.map((source, i) => {
        const href = safeHref(source.url);
        return (
          <span key={i} className="source-list__item">
            {i > 0 && '; '}
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                // Named in full so no reader is surprised by the new tab.
                aria-label={`${source.name} ${strings.panel.opensInNewTab}`}
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
