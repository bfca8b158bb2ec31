import { useId } from 'react';
import { STATUS_OR_NONE } from '../../data/status';
import { strings } from '../../shared/text/strings';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';

/** How statuses are judged: the rule, what each status means (with its swatch), and the notes. */
export function StatusMeanings() {
  const id = useId();
  return (
    <section className="about__section" aria-labelledby={id}>
      <h3 id={id}>{strings.aboutPage.judgingHeading}</h3>
      <p>{strings.aboutPage.judgingRule}</p>
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
      <p className="status-meanings__after">{strings.aboutPage.judgingNotes}</p>
    </section>
  );
}
