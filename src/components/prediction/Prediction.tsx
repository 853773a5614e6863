import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/strings';
import { usePanelKeptState } from './keptState';
import { predictionStrings } from './strings';
import './prediction.css';

export interface PredictionOption {
  value: string;
  label: string;
}

export interface PredictionQuestion {
  id: string;
  /** The question, as the legend of its choices. */
  legend: string;
  options: readonly PredictionOption[];
  /** The option the panel's numbers give (from src/math), computed for the current settings. */
  answer: string;
  /** What the numbers are, shown beside the guess once revealed. */
  detail: ReactNode;
}

interface Props {
  /** Key of the kept guesses (one prompt per panel). */
  id: string;
  intro: ReactNode;
  questions: readonly PredictionQuestion[];
  /** Shown under the results once revealed (e.g. a button that loads the example). */
  after?: ReactNode;
}

interface Guesses {
  picked: Readonly<Record<string, string>>;
  revealed: boolean;
}

/**
 * "What do you expect?" before the answer: one radio group per question, then, on request, the result
 * beside the guess. It blocks nothing (the rest of the panel stays live); the guesses live as long as
 * the panel does.
 */
export function Prediction({ id, intro, questions, after }: Props) {
  const t = useT(predictionStrings);
  const titleId = useId();
  const [state, setState] = usePanelKeptState<Guesses>(`prediction:${id}`, { picked: {}, revealed: false });
  const { picked, revealed } = state;
  return (
    <section className="prediction" aria-labelledby={titleId} data-testid={`prediction-${id}`}>
      <h3 id={titleId} className="prediction-title">
        {t('title')}
      </h3>
      <div className="prediction-intro">{intro}</div>
      {questions.map((question) => {
        const guess = question.options.find((option) => option.value === picked[question.id]);
        const answer = question.options.find((option) => option.value === question.answer);
        return (
          <fieldset key={question.id} className="prediction-question" data-question={question.id}>
            <legend>{question.legend}</legend>
            <div className="prediction-options">
              {question.options.map((option) => (
                <label key={option.value}>
                  <input
                    type="radio"
                    name={`${titleId}-${question.id}`}
                    value={option.value}
                    checked={picked[question.id] === option.value}
                    onChange={() => setState({ picked: { ...picked, [question.id]: option.value }, revealed })}
                  />{' '}
                  {option.label}
                </label>
              ))}
            </div>
            <div className="prediction-result" aria-live="polite">
              {revealed && (
                <>
                  <p className="prediction-pair">
                    <span className="prediction-guess">{guess ? t('yourGuess', { guess: guess.label }) : t('noGuess')}</span>
                    <span className="prediction-answer" data-answer={question.answer}>
                      {t('result', { result: answer?.label ?? question.answer })}
                    </span>
                    {guess && <span className={guess.value === question.answer ? 'prediction-right' : 'prediction-wrong'}>{guess.value === question.answer ? t('right') : t('wrong')}</span>}
                  </p>
                  <p className="prediction-detail">{question.detail}</p>
                </>
              )}
            </div>
          </fieldset>
        );
      })}
      <div className="prediction-actions">
        <button type="button" aria-expanded={revealed} onClick={() => setState({ picked, revealed: !revealed })}>
          {revealed ? t('again') : t('reveal')}
        </button>
        {revealed && after}
      </div>
    </section>
  );
}
