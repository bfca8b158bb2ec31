import { useId } from 'react';
import { STATUS_OR_NONE } from '../../data/status';
import { strings } from '../../shared/text/strings';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';

/** What the colours mean: each status with its swatch, the rule that dates them, how they are judged. */
export function StatusMeanings() {
  const id = useId();
  return (
    <section className="about__section" aria-labelledby={id}>
      <h3 id={id}>{strings.aboutPage.statusesHeading}</h3>
      <dl className="status-meanings">
        {STATUS_OR_NONE.map((status) => (
          <div key={status} className="status-meanings__row">
            <dt>
              <StatusSwatch status={status} size={18} />
              {strings.statusLabel[status]}
            </dt>
            <dd>{strings.statusMeaning[status]}</dd>
          </div>
        ))}
      </dl>
      <p className="status-meanings__after">{strings.aboutPage.judgingRule}</p>
      <p>{strings.aboutPage.judgingNotes}</p>
    </section>
  );
}
