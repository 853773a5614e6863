import { memo } from 'react';
import { Swatch } from '../../charts/swatch';
import { Tex } from '../../components/Tex';
import type { SeriesStyle } from '../../charts/palette';
import { FORMULA_IDS, FORMULAS, type FormulaId } from './formulas';

interface Props {
  heading: string;
  name: (id: FormulaId) => string;
  whenToUse: (id: FormulaId) => string;
  /** The loss's line style on the plane (MSLE fits no line). */
  style: (id: FormulaId) => SeriesStyle | null;
}

/** One card per regression loss: ℓ and ℓ′ in KaTeX and when to use it. Loaded lazily with KaTeX. */
export const FormulaCards = memo(function FormulaCards({ heading, name, whenToUse, style }: Props) {
  return (
    <section className="formula-cards" aria-labelledby="regression-formulas-heading">
      <h3 id="regression-formulas-heading">{heading}</h3>
      <div className="formula-grid">
        {FORMULA_IDS.map((id) => {
          const lineStyle = style(id);
          return (
            <article key={id} className="formula-card" data-loss={id}>
              <h4>
                {lineStyle && <Swatch style={lineStyle} />} {name(id)}
              </h4>
              <Tex tex={FORMULAS[id].tex} display />
              <Tex tex={FORMULAS[id].gradTex} display />
              <p className="formula-use">{whenToUse(id)}</p>
            </article>
          );
        })}
      </div>
    </section>
  );
});
