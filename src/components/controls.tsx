import { useId, type ReactNode } from 'react';
import { controlStrings } from './strings';
import { useT } from '../i18n/strings';
import { formatNumber } from '../math/format';
import { clipText, isUnfinishedNumber, readDecimal } from '../state/numberText';
import { useDraftText, type DraftReading } from './useDraftText';

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

/** Significant digits of a value picked on a logarithmic track (see `logScale`). */
const LOG_DIGITS = 3;

/**
 * A logarithmic track for values spanning decades, in steps of 0.01 decade (×1.023). Values are
 * rounded to three significant digits: coarse enough to read, fine enough that every arrow key
 * moves. (Two digits were too coarse: 0.15 × 1.023 rounds back to 0.15, so ArrowRight did nothing
 * from the lower fifth of every decade, which holds the defaults 0.1, 0.15 and 1.)
 */
export function logScale(min: number, max: number): NonNullable<SliderProps['scale']> {
  return {
    min: Math.log10(min),
    max: Math.log10(max),
    step: 0.01,
    toPosition: (value) => Math.log10(value),
    fromPosition: (position) => Math.min(max, Math.max(min, Number((10 ** position).toPrecision(LOG_DIGITS)))),
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

type NumberError = { key: 'invalidNumber' | 'outOfRange' | 'emptyNumber'; values: Record<string, string> };

/** A text box for an exact number. Invalid text stays for editing, is flagged with the reason, and is never applied. */
export function NumberBox({ value, min, max, onChange, ariaLabel }: NumberBoxProps) {
  const t = useT(controlStrings);
  const errorId = useId();
  // The reason is kept as a strings-table key and its values, not as text, so it follows a language switch.
  const read = (raw: string): DraftReading<number, NumberError> => {
    const trimmed = raw.trim();
    const parsed = readDecimal(trimmed);
    const current = formatNumber(value);
    if (parsed === null) {
      const error: NumberError =
        trimmed === '' ? { key: 'emptyNumber', values: { value: current } } : { key: 'invalidNumber', values: { raw: clipText(raw, 20), value: current } };
      return { ok: false, error, unfinished: isUnfinishedNumber(trimmed) };
    }
    if (parsed === 'too-large' || parsed < min || parsed > max) {
      return { ok: false, error: { key: 'outOfRange', values: { raw: clipText(trimmed, 20), min: formatNumber(min), max: formatNumber(max), value: current } }, unfinished: false };
    }
    return { ok: true, value: parsed };
  };
  const draft = useDraftText({ value, format: String, read, same: Object.is, onChange });
  return (
    <span className="number-box">
      <input
        type="text"
        inputMode="decimal"
        value={draft.text}
        aria-label={ariaLabel}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={draft.error ? errorId : undefined}
        onChange={(event) => draft.type(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') draft.finish(); // Enter finishes the number, as leaving the box does
        }}
        onBlur={draft.finish}
      />
      {draft.error && (
        <span id={errorId} className="field-error" role="alert">
          {t(draft.error.key, draft.error.values)}
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
