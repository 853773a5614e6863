import { memo, useState } from 'react';
import { overflowThreshold, type CellIssue, type SoftmaxSteps } from '../../math';
import { useT } from '../../i18n/strings';
import { softmaxStrings } from './strings';
import { ICONS, IssueCell, type ShownReason } from './IssueCell';
import { softmaxWhyStrings } from './why/strings';
import { formatLogit, formatProbability, formatStep } from './format';
import { Live, viewOf, type SoftmaxValues } from './store';

interface Props {
  /** Which table: the formula as written, or with the max subtracted first. */
  which: 'naive' | 'shifted';
  /**
   * The steps when the panel last rendered: they give the table's shape (rows, the shifted column,
   * which cells have a problem). Every number, and the headers that name the inputs, follow the
   * store without a render (Live).
   */
  steps: SoftmaxSteps;
  testId: string;
}

/** One step-by-step softmax table: inputs, (shifted exponents), exponentials, their sum, the quotients. */
export const StepTable = memo(function StepTable({ which, steps: shape, testId }: Props) {
  const t = useT(softmaxStrings);
  const [reason, setReason] = useState<ShownReason | null>(null);
  const tw = useT(softmaxWhyStrings);
  const stepsOf = (values: SoftmaxValues) => viewOf(values)[which];
  // Typed logits read back exactly; x / T is a computed value, shown like the other intermediates.
  const formatInput = (values: SoftmaxValues) => (viewOf(values).typed ? formatLogit : formatStep);
  // The input column's header: "x", or "z = x / T" when a temperature is applied; "x" or "z" in formulas.
  const inputLabel = (values: SoftmaxValues) => (viewOf(values).typed ? t('colX') : t('colZ'));
  const inputSymbol = (values: SoftmaxValues) => (viewOf(values).typed ? 'x' : 'z');
  const precision = shape.precision;
  const threshold = formatStep(overflowThreshold(precision));
  const issueLabel = (issue: CellIssue) => (issue ? t(`issue.${issue}`) : '');

  const expReason = (i: number) => (values: SoftmaxValues): string => {
    const steps = stepsOf(values);
    const exponent = formatInput(values)(steps.exponents[i]);
    if (steps.expIssues[i] === 'overflow') return t('reason.overflow', { value: exponent, precision, threshold });
    if (steps.expIssues[i] === 'subnormal') return t('reason.subnormal', { value: exponent, precision });
    if (steps.shift && steps.sum >= 1) return t('reason.underflowHarmless', { value: exponent });
    return t('reason.underflow', { value: exponent, precision });
  };
  const sumReason =
    shape.sumIssue === 'overflow'
      ? t('reason.sumOverflow')
      : shape.sumIssue === 'underflow'
        ? t('reason.sumUnderflow')
        : shape.sumIssue === 'subnormal'
          ? t('reason.sumSubnormal')
          : t('reason.nan');
  const quotientReason = (i: number) => (values: SoftmaxValues): string => {
    const steps = stepsOf(values);
    const e = steps.exps[i];
    if (e === Infinity && steps.sum === Infinity) return t('reason.nanInfInf');
    if (e === 0 && steps.sum === 0) return t('reason.nanZeroZero');
    return t('reason.nan');
  };

  const exponentSymbol = (values: SoftmaxValues) => (shape.shift ? t('colShifted', { x: inputSymbol(values) }) : inputSymbol(values));
  const caption = (values: SoftmaxValues) => (shape.shift ? t('shiftedCaption', { max: formatInput(values)(stepsOf(values).offset) }) : t('naiveCaption'));
  return (
    <div className="step-table" data-testid={testId}>
      <h3 className="step-table-title">{shape.shift ? t('shiftedTitle') : t('naiveTitle')}</h3>
      <div className="table-scroll">
        <table className="data-table">
          <Live as="caption" className="visually-hidden" text={caption} />
          <thead>
            <tr>
              <th scope="col">{t('colIndex')}</th>
              <Live as="th" scope="col" text={inputLabel} />
              {shape.shift && <Live as="th" scope="col" text={exponentSymbol} />}
              <Live as="th" scope="col" text={(values) => t('colExp', { x: exponentSymbol(values) })} />
              <th scope="col">{t('colQuotient')}</th>
            </tr>
          </thead>
          <tbody>
            {shape.input.map((_, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <Live as="td" className="col-input" text={(values) => formatInput(values)(stepsOf(values).input[i])} />
                {shape.shift && <Live as="td" className="col-exponent" text={(values) => formatInput(values)(stepsOf(values).exponents[i])} />}
                <IssueCell
                  className="col-exp"
                  text={(values) => formatStep(stepsOf(values).exps[i])}
                  issue={shape.expIssues[i]}
                  issueLabel={issueLabel(shape.expIssues[i])}
                  reason={shape.expIssues[i] ? expReason(i) : null}
                  onShowReason={setReason}
                />
                <IssueCell
                  className="col-quotient"
                  text={(values) => formatProbability(stepsOf(values).probabilities[i])}
                  issue={shape.probabilityIssues[i]}
                  issueLabel={issueLabel(shape.probabilityIssues[i])}
                  reason={shape.probabilityIssues[i] ? quotientReason(i) : null}
                  onShowReason={setReason}
                />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={shape.shift ? 3 : 2}>
                {t('sumRow')}
              </th>
              <IssueCell
                className="col-sum"
                text={(values) => formatStep(stepsOf(values).sum)}
                issue={shape.sumIssue}
                issueLabel={issueLabel(shape.sumIssue)}
                reason={shape.sumIssue ? () => sumReason : null}
                onShowReason={setReason}
              />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {/* The reason of the hovered or focused cell, visible; screen readers get it through aria-describedby. */}
      <p className={`issue-reason ${reason ? 'shown' : ''}`} aria-hidden="true" data-testid={`${testId}-reason`}>
        {reason ? tw('reasonLine', { icon: ICONS[reason.issue], label: reason.label, text: reason.text }) : '\u00a0'}
      </p>
    </div>
  );
});
