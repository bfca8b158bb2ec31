import { useId } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { strings } from '../../shared/text/strings';
import { storyTopic } from '../../shared/text/storyText';
import { datasetFacts, provenanceCounts } from './aboutContent';
import { ArticleLine } from './ArticleLine';
import { formatPartial } from './formatPartial';

/**
 * Where the data comes from, kind by kind, with how many updates of each the file holds: the
 * article's page one verbatim, its later pages summarised, other outlets' reports summarised,
 * readers' comments. A kind the file does not use is left out. A story's own method replaces them.
 */
export function DataSource({ index }: { index: DatasetIndex }) {
  const id = useId();
  const counts = provenanceCounts(index);
  const { firstYear, lastYear } = datasetFacts(index);
  const updated = formatPartial(index.dataset.updatedAt);
  const page = strings.aboutPage;
  const { method } = index.story;
  const topic = storyTopic(index.story);
  const period = page.period(firstYear, lastYear);
  const kinds = [
    counts.article > 0 && page.methodArticle(counts.article),
    counts['article-summary'] > 0 && page.methodArticleSummary(counts['article-summary']),
    counts.report > 0 && page.methodReports(counts.report, counts.article > 0),
    counts['reader-comment'] > 0 && page.readerComments(counts['reader-comment']),
  ].filter((line) => line !== false);

  return (
    <section className="about__section" aria-labelledby={id}>
      <h3 id={id}>{page.sourceHeading}</h3>
      <ArticleLine source={index.dataset.source} />
      {/* A story that tells its own method is taken at its word; else the updates' kinds say it. */}
      {index.timeline.length > 0 && (
        <p>{method ? page.methodOwnIntro(topic, period) : page.methodIntro(topic, period)}</p>
      )}
      {method?.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {!method && kinds.length > 0 && (
        <ul className="about__kinds">
          {kinds.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {updated && <p>{page.updated(updated)}</p>}
    </section>
  );
}
