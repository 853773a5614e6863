import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** Steps of gradient descent shown per second while playing. */
const STEPS_PER_SECOND = 25;

export interface TrainingCursor {
  /** The training step shown, or null for the exact optimum. */
  step: number | null;
  playing: boolean;
  /** Plays from the step shown (from 0 at the optimum or the end), or pauses. */
  toggle: () => void;
  seek: (step: number) => void;
  /** One step back or forward, paused (from the optimum: the last step). */
  stepBy: (delta: number) => void;
  /** The exact optimum, paused. */
  toOptimum: () => void;
}

/**
 * Which state of training the charts show: the exact optimum (at rest, by default) or a step of the
 * gradient-descent trajectory. Local to the panel, like a video's play head; the animation advances
 * the step with the clock, not the frame rate.
 */
export function useTrainingCursor(steps: number): TrainingCursor {
  const [step, setStep] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  /** The step shown, for the animation frames (which must not restart on every step). */
  const shown = useRef(step);
  useEffect(() => {
    shown.current = step;
  }, [step]);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last: number | null = null;
    let position = 0;
    const tick = (now: number) => {
      if (last !== null) position += ((now - last) / 1000) * STEPS_PER_SECOND;
      last = now;
      const whole = Math.floor(position);
      if (whole > 0) {
        position -= whole;
        const next = Math.min(steps, (shown.current ?? 0) + whole);
        shown.current = next;
        setStep(next);
        if (next >= steps) {
          setPlaying(false);
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, steps]);

  const toggle = useCallback(() => {
    if (playing) return setPlaying(false);
    setStep((s) => (s === null || s >= steps ? 0 : s));
    setPlaying(true);
  }, [playing, steps]);
  const seek = useCallback((next: number) => {
    setPlaying(false);
    setStep(Math.max(0, Math.min(steps, Math.round(next))));
  }, [steps]);
  const stepBy = useCallback(
    (delta: number) => {
      setPlaying(false);
      setStep((s) => Math.max(0, Math.min(steps, (s ?? steps) + delta)));
    },
    [steps],
  );
  const toOptimum = useCallback(() => {
    setPlaying(false);
    setStep(null);
  }, []);
  // One object per change (not per render), so that memoized views handed the cursor skip a re-render.
  return useMemo(() => ({ step, playing, toggle, seek, stepBy, toOptimum }), [step, playing, toggle, seek, stepBy, toOptimum]);
}
