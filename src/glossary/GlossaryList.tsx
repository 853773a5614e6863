import { glossaryStrings, TERM_IDS } from './strings';
import { useT } from '../i18n/strings';

/** The whole glossary as a description list (the guide shows it), each entry an anchor `#term-<id>`. */
export function GlossaryList({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const t = useT(glossaryStrings);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="glossary" aria-labelledby="glossary-heading">
      <Heading id="glossary-heading">{t('heading')}</Heading>
      <p className="muted">{t('lead')}</p>
      <dl className="glossary-list">
        {TERM_IDS.map((id) => (
          <div key={id} id={`term-${id}`} className="glossary-entry">
            <dt>{t(`${id}.name`)}</dt>
            <dd>{t(`${id}.def`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
