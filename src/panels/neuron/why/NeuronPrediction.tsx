import { Prediction, type PredictionQuestion } from '../../../components/prediction/Prediction';
import { useT } from '../../../i18n/strings';
import { fasterStart, formatNumber, neuronOutput, type NeuronCost } from '../../../math';
import { useValue } from '../store';
import { neuronStrings } from '../strings';
import { neuronWhyStrings } from './strings';

const COSTS: readonly NeuronCost[] = ['quadratic', 'cross-entropy'];

/** "Which start learns faster under each cost?" before the runs, then |∂C/∂w| at each start beside the guess. */
export function NeuronPrediction() {
  const t = useT(neuronWhyStrings);
  const tn = useT(neuronStrings);
  const on = useValue('predict');
  const start1 = { w: useValue('w1'), b: useValue('b1') };
  const start2 = { w: useValue('w2'), b: useValue('b2') };
  const x = useValue('x');
  const y = useValue('y');
  if (!on) return null;
  const a1 = formatNumber(neuronOutput(start1.w, start1.b, x), 2);
  const a2 = formatNumber(neuronOutput(start2.w, start2.b, x), 2);
  const options = [
    { value: '1', label: t('option1', { a: a1 }) },
    { value: '2', label: t('option2', { a: a2 }) },
    { value: 'same', label: t('optionSame') },
  ];
  const questions = COSTS.map((cost): PredictionQuestion => {
    const speed = fasterStart(cost, start1, start2, x, y);
    return {
      id: cost,
      legend: t(`question.${cost}`),
      options,
      answer: String(speed.faster),
      detail: (
        <>
          {t('detail', { r1: formatNumber(speed.rates[0]), r2: formatNumber(speed.rates[1]) })}{' '}
          {speed.faster !== 'same' && Number.isFinite(speed.ratio) && t('detailRatio', { ratio: formatNumber(speed.ratio, 2) })}{' '}
          {cost === 'quadratic' ? tn('reasonQuad') : tn('reasonCe')}
        </>
      ),
    };
  });
  return <Prediction id="neuron" intro={<p>{t('intro', { a1, a2, y: formatNumber(y) })}</p>} questions={questions} />;
}
