import { useId, useState, type ReactNode } from 'react';
import { controlStrings } from './strings';
import { useT } from '../i18n/strings';
import { formatNumber } from '../math/format';
import { readDecimal } from '../state/params';
import { clipText, isUnfinishedNumber } from '../state/numberText';

interface SliderProps {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** How the value is shown next to the label (default: formatNumber). */
  format?: (value: number) => string;
  /** Also show a number box for typing an exact value (validated; the last valid value is kept). Needs a string label. */
  numberBox?: boolean;
  /** Marks the slider `npm run bench` times (one per panel). */
  bench?: boolean;
  hint?: ReactNode;
  /** Accessible text for the value when the number alone is unclear (aria-valuetext). */
  valueText?: string;
  className?: string;
  /**
   * A non-linear track (e.g. logarithmic): the range input moves in `position` units between
   * `min` and `max` of the scale, while `value`, the number box and onChange stay in real units.
   */
  scale?: { min: number; max: number; step: number; toPosition: (value: number) => number; fromPosition: (position: number) => number };
}

/** A logarithmic track for values spanning decades; positions are rounded to two significant digits. */
export function logScale(min: number, max: number): NonNullable<SliderProps['scale']> {
  return {
    min: Math.log10(min),
    max: Math.log10(max),
    step: 0.01,
    toPosition: (value) => Math.log10(value),
    fromPosition: (position) => Math.min(max, Math.max(min, Number((10 ** position).toPrecision(2)))),
  };
}

/** A labelled range slider (keyboard: arrows, Page Up/Down, Home/End) with an optional exact-value box. */
export function Slider({ label, value, min, max, step, onChange, format = formatNumber, numberBox = false, bench, hint, valueText, className, scale }: SliderProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const track = scale ?? { min, max, step, toPosition: (v: number) => v, fromPosition: (p: number) => p };
  return (
    <div className={`control slider ${className ?? ''}`}>
      <div className="control-label-row">
        <label htmlFor={id}>{label}</label>
        {!numberBox && <output htmlFor={id}>{format(value)}</output>}
      </div>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          min={track.min}
          max={track.max}
          step={track.step}
          value={Math.min(track.max, Math.max(track.min, track.toPosition(value)))}
          aria-valuetext={valueText ?? format(value)}
          aria-describedby={hint ? hintId : undefined}
          data-bench-input={bench ? '' : undefined}
          onChange={(event) => {
            const position = Number(event.target.value);
            if (Number.isFinite(position)) onChange(track.fromPosition(position));
          }}
        />
        {numberBox && <NumberBox value={value} min={min} max={max} onChange={onChange} ariaLabel={typeof label === 'string' ? label : String(value)} />}
      </div>
      {hint && (
        <p id={hintId} className="control-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface NumberBoxProps {
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** Accessible name of the box. */
  ariaLabel: string;
}

/** A text box for an exact number. Invalid text stays for editing, is flagged with the reason, and is never applied. */
export function NumberBox({ value, min, max, onChange, ariaLabel }: NumberBoxProps) {
  const t = useT(controlStrings);
  const [text, setText] = useState(String(value));
  // The reason is kept as a strings-table key and its values, not as text, so it follows a language switch.
  const [error, setError] = useState<{ key: 'invalidNumber' | 'outOfRange' | 'emptyNumber'; values: Record<string, string> } | null>(null);
  const errorId = useId();
  // Follow outside changes (slider, preset) during render; text the user typed stays if it already means this value.
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    if (readDecimal(text.trim()) !== value) setText(String(value)); // "１．５" typed for 1.5 stays as typed
    setError(null);
  }
  /** `typing`: the visitor is still typing, so a number not yet finished ("", "-", "1e") is not an error yet. */
  const commit = (raw: string, typing: boolean) => {
    const trimmed = raw.trim();
    const parsed = readDecimal(trimmed);
    if (parsed === null) {
      if (typing && isUnfinishedNumber(trimmed)) setError(null);
      else if (trimmed === '') setError({ key: 'emptyNumber', values: { value: formatNumber(value) } });
      else setError({ key: 'invalidNumber', values: { raw: clipText(raw, 20), value: formatNumber(value) } });
    } else if (parsed === 'too-large' || parsed < min || parsed > max) {
      setError({ key: 'outOfRange', values: { raw: clipText(trimmed, 20), min: formatNumber(min), max: formatNumber(max), value: formatNumber(value) } });
    } else {
      setError(null);
      onChange(parsed);
    }
  };
  return (
    <span className="number-box">
      <input
        type="text"
        inputMode="decimal"
        value={text}
        aria-label={ariaLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          commit(event.target.value, true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(text, false); // Enter finishes the number, as leaving the box does
        }}
        onBlur={() => {
          // Leaving the box: an unfinished number is now an error; a valid one is shown in its plain form.
          if (!error && readDecimal(text.trim()) === null) commit(text, false);
          else if (!error) setText(String(value));
        }}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {t(error.key, error.values)}
        </span>
      )}
    </span>
  );
}

interface SwitchProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off switch (a checkbox with role="switch"). */
export function Switch({ label, checked, onChange }: SwitchProps) {
  return (
    <label className="control switch">
      <input type="checkbox" role="switch" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

interface SegmentedProps<T extends string> {
  legend: ReactNode;
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
}

/** A choice among a few options: a radio group styled as a segmented control (arrow keys move). */
export function Segmented<T extends string>({ legend, options, value, onChange }: SegmentedProps<T>) {
  const name = useId();
  return (
    <fieldset className="control segmented">
      <legend>{legend}</legend>
      <div className="segmented-options">
        {options.map((option) => (
          <label key={option.value} className={option.value === value ? 'selected' : undefined}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
