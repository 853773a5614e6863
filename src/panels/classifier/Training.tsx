import { memo } from 'react';
import { Slider } from '../../components/controls';
import type { TrainingCursor } from './useTraining';

export interface TrainingText {
  heading: string;
  help: string;
  play: string;
  pause: string;
  stepBack: string;
  stepForward: string;
  optimum: string;
  scrubber: string;
  /** What the charts show now: the optimum or step k of n (and the perceptron's update). */
  status: string;
  stepValue: (step: number) => string;
}

/** Play / pause / step / scrub through gradient descent for every classifier at once, or jump to the exact optimum. */
export const Training = memo(function Training({ cursor, steps, text }: { cursor: TrainingCursor; steps: number; text: TrainingText }) {
  const { step, playing } = cursor;
  return (
    <section className="classifier-training" aria-labelledby="classifier-training-heading">
      <h3 id="classifier-training-heading">{text.heading}</h3>
      <p className="muted training-help">{text.help}</p>
      <div className="transport-buttons">
        <button type="button" className="play-button" aria-pressed={playing} onClick={cursor.toggle}>
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? text.pause : text.play}
        </button>
        <button type="button" onClick={() => cursor.stepBy(-1)} disabled={step === 0}>
          {text.stepBack}
        </button>
        <button type="button" onClick={() => cursor.stepBy(1)} disabled={step === null || step >= steps}>
          {text.stepForward}
        </button>
        <button type="button" onClick={cursor.toOptimum} aria-pressed={step === null} data-testid="jump-optimum">
          {text.optimum}
        </button>
      </div>
      <Slider label={text.scrubber} value={step ?? steps} min={0} max={steps} step={1} onChange={cursor.seek} format={(v) => text.stepValue(v)} />
      <p className="training-status" data-testid="training-status" aria-live={playing ? 'off' : 'polite'}>
        {text.status}
      </p>
    </section>
  );
});
