import { useId, useState } from 'react';
import { useT } from '../../i18n/strings';
import { softmaxStrings } from './strings';
import { formatLogits, MAX_ABS_LOGIT, MAX_LOGITS, MAX_SLIDER_ENTRIES, parseLogits, type LogitsError } from './parseLogits';
import { sameVector } from './format';
import { toHalfWidth } from '../../state/numberText';

interface Props {
  logits: readonly number[];
  onChange: (logits: number[]) => void;
}

/** The text around the wrong character, with that character marked, so the visitor sees where. */
function ErrorContext({ text, column }: { text: string; column: number }) {
  if (column < 1 || column > text.length + 1) return null;
  const at = column - 1;
  const before = text.slice(Math.max(0, at - 12), at);
  const wrong = text.slice(at, at + 1) || '\u00a0';
  const after = text.slice(at + 1, at + 13);
  return (
    <code className="error-context" aria-hidden="true">
      {at > 12 && '…'}
      {before}
      <mark>{wrong}</mark>
      {after}
      {at + 13 < text.length && '…'}
    </code>
  );
}

/**
 * The logits as editable text. Text that does not parse stays in the field with the reason and the
 * position; the store (and so every table) keeps the last valid vector until the text parses again.
 */
export function LogitsField({ logits, onChange }: Props) {
  const t = useT(softmaxStrings);
  const id = useId();
  const [text, setText] = useState(() => formatLogits(logits));
  const [error, setError] = useState<LogitsError | null>(null);
  // Follow changes made elsewhere (sliders, presets, URL) during render, unless the text already says the same.
  const [shown, setShown] = useState(logits);
  if (shown !== logits) {
    setShown(logits);
    const parsed = parseLogits(text);
    if (!(parsed.ok && sameVector(parsed.values, logits))) setText(formatLogits(logits));
    setError(null);
  }
  const limits = { maxEntries: MAX_LOGITS, maxAbs: MAX_ABS_LOGIT.toLocaleString('en-US'), maxSliders: MAX_SLIDER_ENTRIES };
  /** `typing`: an unfinished last entry ("1, -" on the way to "1, -2") is not an error until the field is left. */
  const update = (next: string, typing: boolean) => {
    setText(next);
    const parsed = parseLogits(next);
    if (parsed.ok) {
      setError(null);
      if (!sameVector(parsed.values, logits)) onChange(parsed.values);
    } else if (typing && parsed.error.kind === 'incomplete' && /^[\s\])]*$/.test(toHalfWidth(next).slice(parsed.error.column))) {
      setError(null);
    } else {
      setError(parsed.error);
    }
  };
  const message = error ? t(`error.${error.kind}`, { ...limits, entry: error.entry, column: error.column, token: error.token, char: error.char }) : null;
  return (
    <div className="control logits-field">
      <label htmlFor={id}>{t('logitsLabel')}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => update(event.target.value, true)}
        onBlur={() => {
          if (error) return;
          if (parseLogits(text).ok) setText(formatLogits(logits));
          else update(text, false); // left unfinished: now say so
        }}
      />
      <p id={`${id}-error`} className="field-error" aria-live="polite" data-testid="logits-error">
        {message}
      </p>
      {error && <ErrorContext text={text} column={error.column} />}
      <p id={`${id}-hint`} className="control-hint">
        {t('logitsHint', limits)}
      </p>
    </div>
  );
}
