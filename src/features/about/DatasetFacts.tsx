import { useId } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { datasetFacts } from './aboutContent';

/** What the file holds, counted from it: updates, period, countries with a status, entities, sources. */
export function DatasetFacts({ index }: { index: DatasetIndex }) {
  const id = useId();
  const facts = datasetFacts(index);
  const { facts: label, period } = strings.aboutPage;
  const rows: [string, string][] = [[label.updates, String(facts.updates)]];
  if (facts.latest)
    rows.push(
      [label.period, period(facts.firstYear, facts.lastYear)],
      [
        label.countriesWithStatus(formatDate(facts.latest.day, facts.latest.precision)),
        String(facts.countriesWithStatus),
      ],
    );
  rows.push(
    [label.entities, label.entitiesValue(facts.entities, facts.entitiesWithoutUpdates)],
    [label.sources, String(facts.sources)],
  );
  return (
    <section className="about__section" aria-labelledby={id}>
      <h3 id={id}>{strings.aboutPage.factsHeading}</h3>
      <dl className="about__facts">
        {rows.map(([term, value]) => (
          <div key={term} className="about__fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
