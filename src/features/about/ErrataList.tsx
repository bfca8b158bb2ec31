import { useId } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { correctedValue } from '../../shared/text/describeCorrection';
import { entityName } from '../../data/entityName';
import { errata } from './aboutContent';

/** Every error found in the source, one line each: where, what was printed, what we use, why. */
export function ErrataList({ index }: { index: DatasetIndex }) {
  const id = useId();
  const items = errata(index);
  if (items.length === 0) return null;
  return (
    <section className="about__section" aria-labelledby={id}>
      <h3 id={id}>{strings.aboutPage.errataHeading}</h3>
      <p>{strings.aboutPage.errataIntro(items.length)}</p>
      <ul className="errata" aria-labelledby={id}>
        {items.map(({ item, correction }, i) => (
          <li key={`${item.update.id}-${i}`} className="errata__item">
            <p className="errata__where">
              {entityName(index, item.update.entity)}, {formatDate(item.day, item.precision)}
            </p>
            <dl className="errata__details">
              <dt>{strings.aboutPage.printed}</dt>
              <dd>“{correction.printed}”</dd>
              <dt>{strings.aboutPage.weUse}</dt>
              <dd>{correctedValue(index, correction)}</dd>
              <dt>{strings.aboutPage.why}</dt>
              <dd>{correction.reason}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
