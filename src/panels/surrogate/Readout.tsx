import { formatNumber } from '../../math';
import { Swatch } from '../../charts/swatch';
import type { CurveSpec } from './curves';

interface Props {
  curves: readonly CurveSpec[];
  margin: number;
  t: {
    caption: string;
    colLoss: string;
    colValue: string;
    colGrad: string;
    noLosses: string;
    kinkNote: (name: string) => string;
    jumpNote: string;
  };
}

/**
 * Every visible loss and its derivative at the marker: the charts' text alternative. Where m sits
 * on a real corner (a kink from the math table: L' has different left and right limits) or a jump,
 * the note says which one-sided value src/math returns; a breakpoint where L' is continuous gets none.
 */
export function Readout({ curves, margin, t }: Props) {
  if (curves.length === 0) return <p className="muted">{t.noLosses}</p>;
  const onBreakpoint = curves.filter((c) => c.kinks.includes(margin) || c.gradUndefinedAt.includes(margin));
  return (
    <div className="table-scroll readout">
      <table className="data-table" data-testid="readout">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colLoss}</th>
            <th scope="col">{t.colValue}</th>
            <th scope="col">{t.colGrad}</th>
          </tr>
        </thead>
        <tbody>
          {curves.map((curve) => (
            <tr key={curve.id} data-curve={curve.id}>
              <th scope="row">
                <Swatch style={curve.style} /> {curve.name}
                {onBreakpoint.includes(curve) && <sup aria-hidden="true">*</sup>}
              </th>
              <td data-col="loss">{formatNumber(curve.loss(margin))}</td>
              <td data-col="grad">{formatNumber(curve.grad(margin))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {onBreakpoint.map((curve) => (
        <p key={curve.id} className="readout-note">
          * {curve.gradUndefinedAt.includes(margin) ? t.jumpNote : t.kinkNote(curve.name)}
        </p>
      ))}
    </div>
  );
}
