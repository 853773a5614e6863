import { memo, useMemo } from 'react';
import { Prediction } from '../../../components/prediction/Prediction';
import { useT } from '../../../i18n/strings';
import { softmaxSteps } from '../../../math';
import { definition } from '../definition';
import { formatProbability } from '../format';
import { useActions, useValue } from '../store';
import { OUTCOMES, softmaxOutcome } from './outcome';
import { softmaxWhyStrings } from './strings';

/** The logits the question is about: the definition's "thousands" preset, [1000, 2000, 3000, 4000, 5000]. */
const QUESTION_LOGITS = definition.presets.thousands.logits ?? [];

/** "What does the naive softmax give for [1000, …, 5000]?" before the tables show it, then the result beside the guess. */
export const SoftmaxPrediction = memo(function SoftmaxPrediction() {
  const t = useT(softmaxWhyStrings);
  // Its own three values (not useValues): a temperature step does not re-render the question.
  const predict = useValue('predict');
  const precision = useValue('precision');
  const logits = useValue('logits');
  const { applyPreset } = useActions();
  const naive = useMemo(() => softmaxSteps(QUESTION_LOGITS, { shift: false, precision }), [precision]);
  const shifted = useMemo(() => softmaxSteps(QUESTION_LOGITS, { shift: true, precision }), [precision]);
  if (!predict) return null;
  const vector = (ps: readonly number[]) => `[${ps.map(formatProbability).join(', ')}]`;
  const logitsText = `[${QUESTION_LOGITS.join(', ')}]`;
  const showing = logits.length === QUESTION_LOGITS.length && logits.every((v, i) => v === QUESTION_LOGITS[i]);
  return (
    <Prediction
      id="softmax"
      intro={<p>{t('predictIntro', { precision })}</p>}
      questions={[
        {
          id: 'naive',
          legend: t('predictQuestion', { logits: logitsText }),
          options: OUTCOMES.map((outcome) => ({ value: outcome, label: t(`outcome.${outcome}`) })),
          answer: softmaxOutcome(naive.probabilities),
          detail: t('predictDetail', { naive: vector(naive.probabilities), shifted: vector(shifted.probabilities) }),
        },
      ]}
      after={
        !showing && (
          <button type="button" onClick={() => applyPreset('thousands')}>
            {t('predictShow')}
          </button>
        )
      }
    />
  );
});
