import { memo } from 'react';
import { Tex } from '../../components/Tex';
import { MARGIN_LOSSES } from '../../math';
import { useLang } from '../../i18n/strings';
import { mathLossId, type LogBase } from './definition';
import { Swatch } from './Legend';
import type { CurveSpec } from './curves';

interface Props {
  heading: string;
  curves: readonly CurveSpec[];
  base: LogBase;
  usedBy: (model: string) => string;
  character: (curve: CurveSpec) => string;
}

/** One card per visible loss: L(m) and L'(m) in KaTeX, the model that uses it, and its character. */
export const FormulaCards = memo(function FormulaCards({ heading, curves, base, usedBy, character }: Props) {
  const lang = useLang();
  if (curves.length === 0) return null;
  return (
    <section className="formula-cards" aria-labelledby="surrogate-formulas-heading">
      <h3 id="surrogate-formulas-heading">{heading}</h3>
      <div className="formula-grid">
        {curves.map((curve) => {
          const info = MARGIN_LOSSES[mathLossId(curve.id, base)];
          return (
            <article key={curve.id} className="formula-card" data-curve={curve.id}>
              <h4>
                <Swatch style={curve.style} /> {curve.name}
              </h4>
              <Tex tex={info.tex} display />
              <Tex tex={info.gradTex} display />
              <p className="formula-used-by">{usedBy(info.usedBy[lang])}</p>
              <p className="muted">{character(curve)}</p>
            </article>
          );
        })}
      </div>
    </section>
  );
});
