import { useId } from 'react';
import { NumberBox } from '../../components/controls';
import { formatNumber } from '../../math';
import { LEARNING_RATE_RANGE } from './schema';

const LOG_MIN = Math.log10(LEARNING_RATE_RANGE.min);
const LOG_MAX = Math.log10(LEARNING_RATE_RANGE.max);

/** A slider position (log10 of the rate) to a rate rounded to two significant digits: 0.15, not 0.1514. */
export function rateFromSlider(position: number): number {
  const rate = Number((10 ** position).toPrecision(2));
  return Math.min(LEARNING_RATE_RANGE.max, Math.max(LEARNING_RATE_RANGE.min, rate));
}

/** A learning-rate control: a logarithmic slider (1e-4 … 100) and a box for an exact value. */
export function RateSlider({ label, hint, value, onChange }: { label: string; hint: string; value: number; onChange: (rate: number) => void }) {
  const id = useId();
  return (
    <div className="control slider rate-slider">
      <div className="control-label-row">
        <label htmlFor={id}>{label}</label>
      </div>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          min={LOG_MIN}
          max={LOG_MAX}
          step={0.01}
          value={Math.log10(value)}
          aria-valuetext={formatNumber(value)}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const position = Number(event.target.value);
            if (Number.isFinite(position)) onChange(rateFromSlider(position));
          }}
        />
        <NumberBox value={value} min={LEARNING_RATE_RANGE.min} max={LEARNING_RATE_RANGE.max} onChange={onChange} ariaLabel={label} />
      </div>
      <p id={`${id}-hint`} className="control-hint">
        {hint}
      </p>
    </div>
  );
}
