import { memo, useId } from 'react';
import { formatNumber } from '../../math';
import { useT } from '../../i18n/strings';
import { definition } from './definition';
import { softmaxStrings } from './strings';
import { formatProbability } from './format';
import { Live, viewOf } from './store';

interface Props {
  /** The number of classes (the numbers follow the store without a render: Live). */
  count: number;
  /** 0-based true class, already within range. */
  trueIndex: number;
  /** null when the embedder hid the true-class control (the column is then read-only text). */
  onTrueIndexChange: ((index: number) => void) | null;
}

/** Probabilities beside log-softmax (via log-sum-exp), the cross-entropy for the true class and its gradient p − y. */
export const ResultsTable = memo(function ResultsTable({ count, trueIndex, onTrueIndexChange }: Props) {
  const t = useT(softmaxStrings);
  const label = useT(definition.labels);
  const name = useId();
  return (
    <section className="results" aria-labelledby={`${name}-title`}>
      <h3 id={`${name}-title`}>{t('resultsTitle')}</h3>
      <p className="muted">{t('resultsCaption')}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="results-table">
          <thead>
            <tr>
              <th scope="col">{t('colIndex')}</th>
              <th scope="col">{label('colTrue')}</th>
              <th scope="col">{t('colP')}</th>
              <th scope="col">{t('colLogP')}</th>
              <th scope="col">{t('colGrad')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: count }, (_, i) => (
              <tr key={i} className={i === trueIndex ? 'true-class' : undefined}>
                <th scope="row">{i + 1}</th>
                <td className={onTrueIndexChange ? 'col-true col-true-control' : 'col-true'}>
                  {onTrueIndexChange ? (
                    <TrueClassRadio name={name} index={i} checked={i === trueIndex} label={t('trueClassRadio', { index: i + 1 })} onSelect={onTrueIndexChange} />
                  ) : i === trueIndex ? (
                    '✓'
                  ) : (
                    ''
                  )}
                </td>
                <Live as="td" text={(values) => formatProbability(viewOf(values).probabilities[i])} />
                <Live as="td" text={(values) => formatNumber(viewOf(values).logProbabilities[i], 5)} />
                <Live as="td" text={(values) => formatProbability(viewOf(values).gradient[i])} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="results-summary">
        <Live as="span" text={(values) => t('logSumExp', { value: formatNumber(viewOf(values).logSumExp, 6) })} />
        <Live as="strong" data-testid="cross-entropy" text={(values) => t('crossEntropy', { index: trueIndex + 1, value: formatNumber(viewOf(values).loss, 5) })} />
      </p>
    </section>
  );
});

/**
 * One radio of the true-class column; its label fills the cell: a finger-sized target around the
 * small radio. Memoised: a temperature step changes every number in the table but no radio, and
 * React re-rendering an input rewrites its name and type (10 attribute writes per step with the
 * default four classes).
 */
const TrueClassRadio = memo(function TrueClassRadio({ name, index, checked, label, onSelect }: { name: string; index: number; checked: boolean; label: string; onSelect: (index: number) => void }) {
  return (
    <label className="true-class-target">
      <input type="radio" name={name} checked={checked} aria-label={label} onChange={() => onSelect(index)} />
    </label>
  );
});
