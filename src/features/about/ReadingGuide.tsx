import { useId } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { hatchedLabels, possessive } from '../../shared/text/storyText';

/**
 * How to read the map, the About page's first section: what the colours and legend show, what a
 * country's panel holds, what the timeline does, and that the address keeps the view.
 */
export function ReadingGuide({ index }: { index: DatasetIndex }) {
  const id = useId();
  const page = strings.aboutPage;
  const first = index.timeline[0];
  const last = index.timeline[index.timeline.length - 1];
  return (
    <section className="about__section" aria-labelledby={id}>
      <h3 id={id}>{page.readingHeading}</h3>
      <p>{page.readingMap(possessive(index.story.subject), hatchedLabels(index.story, index.scale))}</p>
      <p>{page.readingCountry}</p>
      <p>
        {first &&
          last &&
          `${page.readingSpan(formatDate(first.day, first.precision), formatDate(last.day, last.precision))} `}
        {page.readingTimeline}
      </p>
      <p>{page.readingLink}</p>
    </section>
  );
}
