import { logScale, Slider } from '../../components/controls';
import { LEARNING_RATE_RANGE } from './definition';

const RATE_SCALE = logScale(LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max);

/** A slider position (log10 of the rate) to a rate rounded to two significant digits: 0.15, not 0.1514. */
export const rateFromSlider = RATE_SCALE.fromPosition;

/** A learning-rate control: a logarithmic slider (1e-4 … 100) and a box for an exact value. */
export function RateSlider({ label, hint, value, onChange }: { label: string; hint: string; value: number; onChange: (rate: number) => void }) {
  return (
    <Slider
      className="rate-slider"
      label={label}
      hint={hint}
      value={value}
      min={LEARNING_RATE_RANGE.min}
      max={LEARNING_RATE_RANGE.max}
      step={0}
      scale={RATE_SCALE}
      numberBox
      onChange={onChange}
    />
  );
}
