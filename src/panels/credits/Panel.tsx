import { RichText } from '../../glossary/RichText';
import { useT } from '../../i18n/strings';
import { buildSearch } from '../../state/appUrl';
import type { PanelProps } from '../definition';
import { SOURCES, type Source } from './sources';
import { creditsStrings } from './strings';
import './panel.css';

/** The neuron panel with each cost at its own learning rate (the book's 0.15 and 0.005). */
const NEURON_BOOK_RATES = buildSearch({ panel: 'neuron' }, [['separateRate', '1']]);

/** Sources and credits: the book, the articles, the tools. */
export default function CreditsPanel(_props: PanelProps) {
  const t = useT(creditsStrings);
  const [book, ...articles] = SOURCES;
  return (
    <div className="panel-credits">
      <p>{t('lead')}</p>
      <h3>{t('bookHeading')}</h3>
      <SourceItem source={book} note={t(`source.${book.id}`)} />
      <p>
        <a href={NEURON_BOOK_RATES}>{t('openNeuron')}</a>
      </p>
      <h3>{t('articlesHeading')}</h3>
      <ol className="credits-list">
        {articles.map((source) => (
          <li key={source.id}>
            <SourceItem source={source} note={t(`source.${source.id}`)} />
          </li>
        ))}
      </ol>
      <h3>{t('toolsHeading')}</h3>
      <p>{t('tools')}</p>
    </div>
  );
}

function SourceItem({ source, note }: { source: Source; note: string }) {
  const title = <cite lang={source.lang}>{source.title}</cite>;
  return (
    <div className="credits-source" data-source={source.id}>
      <p className="credits-title">
        {source.url ? (
          <a href={source.url} hrefLang={source.lang} rel="noopener" target="_blank">
            {title}
          </a>
        ) : (
          title
        )}
        <span className="muted">. {source.byline}</span>
      </p>
      <p className="credits-note">
        <RichText text={note} />
      </p>
    </div>
  );
}
