import { memo } from 'react';
import { Swatch } from '../../charts/swatch';
import { formatNumber } from '../../math';
import type { LineFitLossId, PointShare } from '../../math/fitLine';
import { LOSS_STYLES } from './fits';

interface Props {
  heading: string;
  /** Which point, in words (and why it was chosen when nothing is focused). */
  caption: string;
  rows: readonly { id: LineFitLossId; share: PointShare }[];
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

/** A share as a bar in the loss's colour, with its percentage beside it (the bar is drawn by attributes: no inline style). */
// Memoised: a δ step changes Huber's shares only; the other losses' bars keep their props.
const ShareBar = memo(function ShareBar({ share, color, label }: { share: number; color: string; label: string }) {
  return (
    <span className="share-cell">
      <svg className="share-bar" viewBox="0 0 100 10" width={80} height={10} role="img" aria-label={label}>
        <rect className="share-track" x={0} y={0} width={100} height={10} />
        <rect x={0} y={0} width={Math.max(0, Math.min(1, share)) * 100} height={10} fill={color} />
      </svg>
      <span className="share-value">{percent(share)}</span>
    </span>
  );
});

/**
 * One point's residual, push, and share of the loss and of the gradient under each line: why one far
 * point can take most of MSE's gradient and cannot take more than its fair part of MAE's or Huber's.
 */
export function Shares({ heading, caption, rows, count, name, text }: Props) {
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
            {rows.map(({ id, share }) => (
              <tr key={id} data-loss={id}>
                <th scope="row">
                  <Swatch style={LOSS_STYLES[id]} /> {name(id)}
                </th>
                <td data-col="residual">{formatNumber(share.residual)}</td>
                <td data-col="push">{formatNumber(share.grad)}</td>
                <td data-col="loss-share" data-value={share.lossShare}>
                  <ShareBar share={share.lossShare} color={LOSS_STYLES[id].color} label={text.bar(name(id), percent(share.lossShare))} />
                </td>
                <td data-col="grad-share" data-value={share.gradShare}>
                  <ShareBar share={share.gradShare} color={LOSS_STYLES[id].color} label={text.bar(name(id), percent(share.gradShare))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {count > 0 && <p className="muted">{text.fairShare(count, percent(1 / count))}</p>}
    </section>
  );
}
