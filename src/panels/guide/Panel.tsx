import { Tex } from '../../components/Tex';
import { GlossaryList } from '../../glossary/GlossaryList';
import { RichText } from '../../glossary/RichText';
import { useT } from '../../i18n/strings';
import type { PanelProps } from '../definition';
import { CONTRASTIVE_TEX, DEPTH_TEX, GUIDE_ROWS, guideHref } from './rows';
import { guideStrings } from './strings';
import './panel.css';

const COLUMNS = ['colOutput', 'colLoss', 'colWhy', 'colSee'] as const;

/**
 * Which loss for which task: one table (a card per task on a narrow screen, the same markup with
 * explicit table roles so it stays a table to a screen reader), the contrastive loss's card, a
 * note on deep networks, and the whole glossary.
 */
export default function GuidePanel(_props: PanelProps) {
  const t = useT(guideStrings);
  return (
    <div className="panel-guide">
      <p className="guide-lead">
        <RichText text={t('lead')} />
      </p>
      <table className="guide-table" role="table">
        <caption className="visually-hidden">{t('tableCaption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              {t('colTask')}
            </th>
            {COLUMNS.map((column) => (
              <th key={column} role="columnheader" scope="col">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {GUIDE_ROWS.map((row) => (
            <tr key={row.id} role="row" data-row={row.id}>
              <th role="rowheader" scope="row">
                <RichText text={t(`row.${row.id}.task`)} />
              </th>
              <td role="cell">
                <span className="guide-cell-label" aria-hidden="true">
                  {t('colOutput')}
                </span>
                <RichText text={t(`row.${row.id}.output`)} />
              </td>
              <td role="cell">
                <span className="guide-cell-label" aria-hidden="true">
                  {t('colLoss')}
                </span>
                <RichText text={t(`row.${row.id}.loss`)} />
                {row.tex.map((tex) => (
                  <Tex key={tex} tex={tex} display />
                ))}
              </td>
              <td role="cell">
                <span className="guide-cell-label" aria-hidden="true">
                  {t('colWhy')}
                </span>
                <RichText text={t(`row.${row.id}.why`)} />
              </td>
              <td role="cell">
                <span className="guide-cell-label" aria-hidden="true">
                  {t('colSee')}
                </span>
                {row.links.length > 0 ? (
                  <ul className="guide-links">
                    {row.links.map((link) => (
                      <li key={link.name}>
                        <a href={guideHref(link)} data-panel-link={link.panel}>
                          {t(`link.${link.name}`)}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <a href="#guide-contrastive">{t('noPanel')}</a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="guide-cards">
        <section id="guide-contrastive" className="guide-card" aria-labelledby="guide-contrastive-heading">
          <h3 id="guide-contrastive-heading">{t('contrastiveHeading')}</h3>
          {CONTRASTIVE_TEX.map((tex) => (
            <Tex key={tex} tex={tex} display />
          ))}
          <p>{t('contrastiveText')}</p>
        </section>
        <section className="guide-card" aria-labelledby="guide-depth-heading">
          <h3 id="guide-depth-heading">{t('depthHeading')}</h3>
          <Tex tex={DEPTH_TEX} display />
          <p>
            {t('depthText')} <a href={guideHref({ panel: 'depth' })} data-panel-link="depth">
              {t('depthLink')}
            </a>
          </p>
        </section>
      </div>

      <GlossaryList />
    </div>
  );
}
