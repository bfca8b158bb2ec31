import { useId } from 'react';
import { useStory } from '../../shared/load/useStory';
import { statusLabel, statusMeaning } from '../../shared/text/statusText';
import { strings } from '../../shared/text/strings';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';

/** What the colours mean: each status with its swatch, the rule that dates them, how they are judged. */
export function StatusMeanings() {
  const id = useId();
  const { story, scale } = useStory();
  return (
    <section className="about__section" aria-labelledby={id}>
      <h3 id={id}>{strings.aboutPage.statusesHeading}</h3>
      <dl className="status-meanings">
        {scale.order.map((status) => (
          <div key={status} className="status-meanings__row">
            <dt>
              <StatusSwatch status={status} size={18} />
              {statusLabel(story, status)}
            </dt>
            <dd>{statusMeaning(story, status)}</dd>
          </div>
        ))}
      </dl>
      <p className="status-meanings__after">{strings.aboutPage.judgingRule}</p>
      <p>{strings.aboutPage.judgingNotes}</p>
    </section>
  );
}
