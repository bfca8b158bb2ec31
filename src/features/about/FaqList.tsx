import { useId } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { paragraphs } from '../../shared/util/paragraphs';
import { SourceList } from '../../shared/ui/SourceList';
import { faqEntries } from './aboutContent';

/** The article's FAQ, each question with its dated, sourced answers. */
export function FaqList({ index }: { index: DatasetIndex }) {
  const id = useId();
  const entries = faqEntries(index);
  if (entries.length === 0) return null;
  return (
    <section className="about__section" aria-labelledby={id}>
      <h3 id={id}>{strings.aboutPage.faqHeading}</h3>
      {entries.map(({ question, answers }) => (
        <div key={question} className="faq">
          <h4 className="faq__question">{question}</h4>
          {answers.map(({ update, day, precision }) => (
            <div key={update.id} className="faq__answer">
              <p className="faq__date">{formatDate(day, precision)}</p>
              {paragraphs(update.text).map((p, i) => (
                <p key={i} className="faq__text">
                  {p}
                </p>
              ))}
              <SourceList sources={update.sources} />
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
