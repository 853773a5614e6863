import { Swatch } from '../../charts/swatch';
import { formatNumber } from '../../math';
import type { LineFitLossId } from '../../math/fitLine';
import { LOSS_STYLES, type FittedLine } from './fits';
import { lineOf, linesOf, Live, type RegressionValues } from './store';

interface Props {
  lines: readonly FittedLine[];
  name: (id: LineFitLossId) => string;
  text: {
    caption: string;
    colLoss: string;
    colSlope: string;
    colIntercept: string;
    colObjective: string;
    noLosses: string;
    item: (name: string, slope: string, intercept: string) => string;
    notUnique: string;
    notConverged: (name: string) => string;
  };
}

/**
 * Each loss's line (slope, intercept) and its mean loss there: the plane's text alternative. A
 * visually hidden live region reads the lines out after each move, for screen-reader users dragging
 * points with the keyboard. `lines` gives the table's shape (which losses, which notes); the numbers
 * follow the panel's values without a render (Live nodes).
 */
export function FitTable({ lines, name, text }: Props) {
  if (lines.length === 0) return <p className="muted">{text.noLosses}</p>;
  const summary = (values: RegressionValues) => linesOf(values).map(({ id, fit }) => text.item(name(id), formatNumber(fit.slope), formatNumber(fit.intercept))).join('; ');
  const vertical = lines.some(({ fit }) => fit.degenerate === 'vertical');
  return (
    <div className="fit-readout">
      <div className="table-scroll">
        <table className="data-table fit-table" data-testid="fit-table">
          <caption>{text.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.colLoss}</th>
              <th scope="col">{text.colSlope}</th>
              <th scope="col">{text.colIntercept}</th>
              <th scope="col">{text.colObjective}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map(({ id }) => (
              <tr key={id} data-loss={id}>
                <th scope="row">
                  <Swatch style={LOSS_STYLES[id]} /> {name(id)}
                </th>
                <Live as="td" data-col="slope" text={(values) => formatNumber(lineOf(values, id).fit.slope)} />
                <Live as="td" data-col="intercept" text={(values) => formatNumber(lineOf(values, id).fit.intercept)} />
                <Live as="td" data-col="objective" text={(values) => formatNumber(lineOf(values, id).fit.objective)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {vertical && <p className="muted fit-note">{text.notUnique}</p>}
      {lines
        .filter(({ fit }) => !fit.converged)
        .map(({ id }) => (
          <p key={id} className="muted fit-note">
            {text.notConverged(name(id))}
          </p>
        ))}
      <Live as="p" className="visually-hidden" aria-live="polite" data-testid="fit-live" text={summary} />
    </div>
  );
}
