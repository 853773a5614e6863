import { memo, useState } from 'react';
import { overflowThreshold, type CellIssue, type SoftmaxSteps } from '../../math';
import { useT } from '../../i18n/strings';
import { softmaxStrings } from './strings';
import { ICONS, IssueCell, type ShownReason } from './IssueCell';
import { softmaxWhyStrings } from './why/strings';
import { formatLogit, formatProbability, formatStep } from './format';

interface Props {
  steps: SoftmaxSteps;
  /** Header of the input column: "x", or "z = x / T" when a temperature is applied. */
  inputLabel: string;
  /** Short name of the input in formulas: "x" or "z". */
  inputSymbol: string;
  testId: string;
  /** The inputs are the logits as typed (no temperature): show them, and x − max, to the typed digit. */
  typed: boolean;
}

/** One step-by-step softmax table: inputs, (shifted exponents), exponentials, their sum, the quotients. */
export const StepTable = memo(function StepTable({ steps, inputLabel, inputSymbol, testId, typed }: Props) {
  // Typed logits read back exactly; x / T is a computed value, shown like the other intermediates.
  const formatInput = typed ? formatLogit : formatStep;
  const t = useT(softmaxStrings);
  const [reason, setReason] = useState<ShownReason | null>(null);
  const tw = useT(softmaxWhyStrings);
  const precision = steps.precision;
  const threshold = formatStep(overflowThreshold(precision));
  const issueLabel = (issue: CellIssue) => (issue ? t(`issue.${issue}`) : '');

  const expReason = (i: number): string => {
    const exponent = formatInput(steps.exponents[i]);
    if (steps.expIssues[i] === 'overflow') return t('reason.overflow', { value: exponent, precision, threshold });
    if (steps.expIssues[i] === 'subnormal') return t('reason.subnormal', { value: exponent, precision });
    if (steps.shift && steps.sum >= 1) return t('reason.underflowHarmless', { value: exponent });
    return t('reason.underflow', { value: exponent, precision });
  };
  const sumReason =
    steps.sumIssue === 'overflow'
      ? t('reason.sumOverflow')
      : steps.sumIssue === 'underflow'
        ? t('reason.sumUnderflow')
        : steps.sumIssue === 'subnormal'
          ? t('reason.sumSubnormal')
          : t('reason.nan');
  const quotientReason = (i: number): string => {
    const e = steps.exps[i];
    if (e === Infinity && steps.sum === Infinity) return t('reason.nanInfInf');
    if (e === 0 && steps.sum === 0) return t('reason.nanZeroZero');
    return t('reason.nan');
  };

  const exponentSymbol = steps.shift ? t('colShifted', { x: inputSymbol }) : inputSymbol;
  const caption = steps.shift ? t('shiftedCaption', { max: formatInput(steps.offset) }) : t('naiveCaption');
  return (
    <div className="step-table" data-testid={testId}>
      <h3 className="step-table-title">{steps.shift ? t('shiftedTitle') : t('naiveTitle')}</h3>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colIndex')}</th>
              <th scope="col">{inputLabel}</th>
              {steps.shift && <th scope="col">{exponentSymbol}</th>}
              <th scope="col">{t('colExp', { x: exponentSymbol })}</th>
              <th scope="col">{t('colQuotient')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.input.map((x, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td className="col-input">{formatInput(x)}</td>
                {steps.shift && <td className="col-exponent">{formatInput(steps.exponents[i])}</td>}
                <IssueCell
                  className="col-exp"
                  text={formatStep(steps.exps[i])}
                  issue={steps.expIssues[i]}
                  issueLabel={issueLabel(steps.expIssues[i])}
                  reason={steps.expIssues[i] ? expReason(i) : ''}
                  onShowReason={setReason}
                />
                <IssueCell
                  className="col-quotient"
                  text={formatProbability(steps.probabilities[i])}
                  issue={steps.probabilityIssues[i]}
                  issueLabel={issueLabel(steps.probabilityIssues[i])}
                  reason={steps.probabilityIssues[i] ? quotientReason(i) : ''}
                  onShowReason={setReason}
                />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={steps.shift ? 3 : 2}>
                {t('sumRow')}
              </th>
              <IssueCell
                className="col-sum"
                text={formatStep(steps.sum)}
                issue={steps.sumIssue}
                issueLabel={issueLabel(steps.sumIssue)}
                reason={steps.sumIssue ? sumReason : ''}
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
