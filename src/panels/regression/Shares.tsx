import { lastOf } from '../../components/live';
import { Swatch } from '../../charts/swatch';
import { formatNumber } from '../../math';
import type { LineFitLossId, PointShare } from '../../math/fitLine';
import { LOSS_STYLES, sharesAt } from './fits';
import { linesOf, Live, type RegressionValues } from './store';

interface Props {
  heading: string;
  /** Which point, in words (and why it was chosen when nothing is focused). */
  caption: string;
  /** The losses shown, in order (the numbers follow the panel's values without a render). */
  ids: readonly LineFitLossId[];
  /** The point explained. */
  index: number;
  count: number;
  name: (id: LineFitLossId) => string;
  text: {
    help: string;
    colLoss: string;
    colResidual: string;
    colPush: string;
    colLossShare: string;
    colGradShare: string;
    bar: (name: string, value: string) => string;
    fairShare: (count: number, share: string) => string;
  };
}

/** A share in [0, 1] as a percentage. */
const percent = (share: number) => `${formatNumber(share * 100, 3)} %`;

/** One loss's shares at the explained point, for the panel's values. */
type ShareOf = (values: RegressionValues) => PointShare;

/**
 * A share as a bar in the loss's colour, with its percentage beside it (the bar is drawn by
 * attributes: no inline style), following the panel's values without a render.
 */
function ShareBar({ share, color, label }: { share: (values: RegressionValues) => number; color: string; label: (value: string) => string }) {
  return (
    <span className="share-cell">
      <Live as="svg" className="share-bar" viewBox="0 0 100 10" width={80} height={10} role="img" attributes={(values) => ({ 'aria-label': label(percent(share(values))) })}>
        <rect className="share-track" x={0} y={0} width={100} height={10} />
        <Live as="rect" x={0} y={0} attributes={(values) => ({ width: Math.max(0, Math.min(1, share(values))) * 100 })} height={10} fill={color} />
      </Live>
      <Live as="span" className="share-value" text={(values) => percent(share(values))} />
    </span>
  );
}

/**
 * One point's residual, push, and share of the loss and of the gradient under each line: why one far
 * point can take most of MSE's gradient and cannot take more than its fair part of MAE's or Huber's.
 */
export function Shares({ heading, caption, ids, index, count, name, text }: Props) {
  // Every loss's shares at the point, once per change of the values.
  const sharesOf = lastOf((values: RegressionValues) => sharesAt(values.points, linesOf(values), index));
  const shareOf = (id: LineFitLossId): ShareOf => (values) => {
    const row = sharesOf(values).find((r) => r.id === id);
    // A loss switched off or a point removed reaches the writers before the render that removes the row.
    if (!row?.share) throw new Error(`no ${id} share`);
    return row.share;
  };
  return (
    <section className="regression-shares" aria-labelledby="regression-shares-heading" data-testid="shares">
      <h3 id="regression-shares-heading">{heading}</h3>
      <p className="muted shares-help">{text.help}</p>
      <div className="table-scroll">
        <table className="data-table shares-table" data-testid="shares-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.colLoss}</th>
              <th scope="col">{text.colResidual}</th>
              <th scope="col">{text.colPush}</th>
              <th scope="col">{text.colLossShare}</th>
              <th scope="col">{text.colGradShare}</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => {
              const share = shareOf(id);
              return (
                <tr key={id} data-loss={id}>
                  <th scope="row">
                    <Swatch style={LOSS_STYLES[id]} /> {name(id)}
                  </th>
                  <Live as="td" data-col="residual" text={(values) => formatNumber(share(values).residual)} />
                  <Live as="td" data-col="push" text={(values) => formatNumber(share(values).grad)} />
                  <Live as="td" data-col="loss-share" attributes={(values) => ({ 'data-value': share(values).lossShare })}>
                    <ShareBar share={(values) => share(values).lossShare} color={LOSS_STYLES[id].color} label={(value) => text.bar(name(id), value)} />
                  </Live>
                  <Live as="td" data-col="grad-share" attributes={(values) => ({ 'data-value': share(values).gradShare })}>
                    <ShareBar share={(values) => share(values).gradShare} color={LOSS_STYLES[id].color} label={(value) => text.bar(name(id), value)} />
                  </Live>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {count > 0 && <p className="muted">{text.fairShare(count, percent(1 / count))}</p>}
    </section>
  );
}
