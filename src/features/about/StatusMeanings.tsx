import { useId } from 'react';
import { STATUS_OR_NONE } from '../../data/status';
import { strings } from '../../app/strings';
import { StatusSwatch } from '../table/StatusSwatch';

/** What each status means, with the swatch the map uses for it. */
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
    </section>
  );
}
