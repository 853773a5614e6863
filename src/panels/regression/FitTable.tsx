import { Swatch } from '../../charts/swatch';
import { formatNumber } from '../../math';
import type { LineFitLossId } from '../../math/fitLine';
import { LOSS_STYLES, type FittedLine } from './fits';

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
 * points with the keyboard.
 */
export function FitTable({ lines, name, text }: Props) {
  if (lines.length === 0) return <p className="muted">{text.noLosses}</p>;
  const summary = lines.map(({ id, fit }) => text.item(name(id), formatNumber(fit.slope), formatNumber(fit.intercept))).join('; ');
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
            {lines.map(({ id, fit }) => (
              <tr key={id} data-loss={id}>
                <th scope="row">
                  <Swatch style={LOSS_STYLES[id]} /> {name(id)}
                </th>
                <td data-col="slope">{formatNumber(fit.slope)}</td>
                <td data-col="intercept">{formatNumber(fit.intercept)}</td>
                <td data-col="objective">{formatNumber(fit.objective)}</td>
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
      <p className="visually-hidden" aria-live="polite" data-testid="fit-live">
        {summary}
      </p>
    </div>
  );
}
