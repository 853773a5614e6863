import { memo, useMemo } from 'react';
import { Swatch } from '../../charts/swatch';
import { formatNumber } from '../../math';
import type { LabeledPoint } from '../../math/classifier';
import type { ClassifierId } from './definition';
import { pointLosses, type ClassifierState } from './fits';
import { ClassMark } from './PlaneMarks';
import { CLASSIFIER_STYLES } from './styles';

export interface SharesText {
  heading: string;
  help: string;
  name: (id: ClassifierId) => string;
  pointName: (index: number) => string;
  pointCaption: (name: string, label: string) => string;
  noPoint: string;
  colClassifier: string;
  colMargin: string;
  colLoss: string;
  worst: (point: string, loss: string) => string;
  noLoss: string;
  barLabel: (name: string, worst: string) => string;
}

/**
 * Sizes and colours one segment through the CSSOM, not a style attribute (a strict
 * Content-Security-Policy, style-src 'self', blocks style attributes in the prerendered page).
 * Each segment grows as its point's loss: the flex layout divides by the total.
 */
const paintSegment = (loss: number, color: string) => (element: HTMLElement | null) => {
  if (!element) return;
  element.style.flexGrow = String(loss);
  element.style.backgroundColor = color;
};

/** The index of the largest entry (the first of equals), or null when every entry is 0. */
function largest(values: readonly number[]): number | null {
  let best: number | null = null;
  values.forEach((v, i) => {
    if (v > 0 && (best === null || v > values[best])) best = i;
  });
  return best;
}

/**
 * Per-point losses: the point under the pointer or focus, its margin and loss under each
 * classifier; and for each classifier a bar of every point's loss end to end (each segment as
 * wide as the point's loss), the worst point's segment marked: how much of the total it carries.
 */
export const Shares = memo(function Shares({ points, states, active, text }: { points: readonly LabeledPoint[]; states: readonly ClassifierState[]; active: number | null; text: SharesText }) {
  const rows = useMemo(() => states.map((state) => ({ state, ...pointLosses(points, state) })), [points, states]);
  const point = active !== null && active < points.length ? points[active] : null;
  return (
    <section className="classifier-shares" aria-labelledby="classifier-shares-heading" data-testid="shares">
      <h3 id="classifier-shares-heading">{text.heading}</h3>
      <p className="muted">{text.help}</p>
      <div className="table-scroll">
        <table className="data-table point-table" data-testid="point-table">
          <caption>
            {point && active !== null ? (
              <>
                <svg className="caption-mark" viewBox="-8 -8 16 16" width={16} height={16} aria-hidden="true">
                  <ClassMark label={point.label} cx={0} cy={0} size={5} />
                </svg>
                {text.pointCaption(text.pointName(active), point.label === 1 ? '+1' : '−1')}
              </>
            ) : (
              text.noPoint
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{text.colClassifier}</th>
              <th scope="col">{text.colMargin}</th>
              <th scope="col">{text.colLoss}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ state, margins, losses }) => (
              <tr key={state.id} data-classifier={state.id}>
                <th scope="row">
                  <Swatch style={CLASSIFIER_STYLES[state.id]} /> {text.name(state.id)}
                </th>
                <td data-col="margin">{active !== null && active < margins.length ? formatNumber(margins[active]) : '–'}</td>
                <td data-col="loss">{active !== null && active < losses.length ? formatNumber(losses[active]) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="share-bars">
        {rows.map(({ state, losses }) => {
          const worst = largest(losses);
          const worstText = worst === null ? text.noLoss : text.worst(text.pointName(worst), formatNumber(losses[worst]));
          return (
            <div key={state.id} className="share-row" data-classifier={state.id}>
              <span className="share-name">
                <Swatch style={CLASSIFIER_STYLES[state.id]} /> {text.name(state.id)}
              </span>
              <div className="share-track" role="img" aria-label={text.barLabel(text.name(state.id), worstText)}>
                {losses.map((loss, i) =>
                  loss > 0 ? (
                    <span
                      key={i}
                      className={`share-segment ${i === worst ? 'worst' : ''} ${i === active ? 'active' : ''}`}
                      ref={paintSegment(loss, CLASSIFIER_STYLES[state.id].color)}
                      title={`${text.pointName(i)}: ${formatNumber(loss)}`}
                    />
                  ) : null,
                )}
              </div>
              <span className="share-worst" data-testid={`worst-${state.id}`}>
                {worstText}
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
});
