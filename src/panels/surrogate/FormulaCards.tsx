import { memo } from 'react';
import { Tex } from '../../components/Tex';
import { MARGIN_LOSSES } from '../../math';
import { mathLossId, type LogBase } from './definition';
import { Swatch } from '../../charts/swatch';
import type { CurveSpec } from './curves';

interface Props {
  heading: string;
  curves: readonly CurveSpec[];
  base: LogBase;
  /** "Used by: …" for a curve, from the panel's strings. */
  usedBy: (curve: CurveSpec) => string;
  character: (curve: CurveSpec) => string;
}

/** One card per visible loss: L(m) and L'(m) in KaTeX, the model that uses it, and its character. */
export const FormulaCards = memo(function FormulaCards({ heading, curves, base, usedBy, character }: Props) {
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
              <p className="formula-used-by">{usedBy(curve)}</p>
              <p className="muted">{character(curve)}</p>
            </article>
          );
        })}
      </div>
    </section>
  );
});
