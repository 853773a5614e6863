import { formatNumber } from '../../math';
import { Swatch } from '../../charts/swatch';
import type { CurveSpec } from './curves';
import { Live, marginOf, type SurrogateValues } from './store';

interface Props {
  curves: readonly CurveSpec[];
  t: {
    /** The caption for the margin as read out. */
    caption: (m: string) => string;
    colLoss: string;
    colValue: string;
    colGrad: string;
    noLosses: string;
    kinkNote: (m: string, name: string) => string;
    jumpNote: string;
  };
}

/** Whether the margin sits on one of the curve's corners or jumps (a footnote then says which one-sided value it shows). */
const onBreakpoint = (curve: CurveSpec, margin: number) => curve.kinks.includes(margin) || curve.gradUndefinedAt.includes(margin);

/**
 * Every visible loss and its derivative at the marker: the charts' text alternative. Where m sits
 * on a real corner (a kink from the math table: L' has different left and right limits) or a jump,
 * the note says which one-sided value src/math returns; a breakpoint where L' is continuous gets none.
 *
 * The values, the caption and the notes follow the margin without a render (Live); a curve's
 * footnote mark and note are always in the page, hidden (as absent: not drawn, not read) while the
 * margin is off its breakpoints, so a step onto or off one changes an attribute, not the markup.
 */
export function Readout({ curves, t }: Props) {
  if (curves.length === 0) return <p className="muted">{t.noLosses}</p>;
  const hiddenOff = (curve: CurveSpec) => (values: SurrogateValues) => ({ hidden: !onBreakpoint(curve, marginOf(values)) });
  return (
    <div className="table-scroll readout">
      <table className="data-table" data-testid="readout">
        <Live as="caption" text={(values) => t.caption(formatNumber(marginOf(values)))} />
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
                <Live as="sup" aria-hidden="true" attributes={hiddenOff(curve)}>
                  *
                </Live>
              </th>
              <Live as="td" data-col="loss" text={(values) => formatNumber(curve.loss(marginOf(values)))} />
              <Live as="td" data-col="grad" text={(values) => formatNumber(curve.grad(marginOf(values)))} />
            </tr>
          ))}
        </tbody>
      </table>
      {curves.map((curve) => (
        <Live as="p" key={curve.id} className="readout-note" attributes={hiddenOff(curve)}>
          {'* '}
          <Live as="span" text={(values) => (curve.gradUndefinedAt.includes(marginOf(values)) ? t.jumpNote : t.kinkNote(formatNumber(marginOf(values)), curve.name))} />
        </Live>
      ))}
    </div>
  );
}
