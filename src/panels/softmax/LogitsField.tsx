import { memo, useId } from 'react';
import { useDraftText, type DraftReading } from '../../components/useDraftText';
import { useT } from '../../i18n/strings';
import { definition } from './definition';
import { softmaxStrings } from './strings';
import { formatLogits, MAX_ABS_LOGIT_TEXT, MAX_LOGITS, MAX_SLIDER_ENTRIES, parseLogits, stillTyping, type LogitsError } from './parseLogits';
import { sameVector } from './format';
import { useActions, useValue } from './store';

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

/** What the field's text says, for the shared draft-text hook. */
function readLogits(text: string): DraftReading<readonly number[], LogitsError> {
  const parsed = parseLogits(text);
  return parsed.ok ? { ok: true, value: parsed.values } : { ok: false, error: parsed.error, unfinished: stillTyping(text, parsed.error) };
}

/**
 * The logits as editable text. Text that does not parse stays in the field with the reason and the
 * position; the store (and so every table) keeps the last valid vector until the text parses again.
 */
export const LogitsField = memo(function LogitsField() {
  const t = useT(softmaxStrings);
  const label = useT(definition.labels);
  const id = useId();
  const logits = useValue('logits');
  const { set } = useActions();
  const draft = useDraftText({ value: logits, format: formatLogits, read: readLogits, same: sameVector, onChange: (next) => set('logits', next) });
  const { text, error } = draft;
  const limits = { maxEntries: MAX_LOGITS, maxAbs: MAX_ABS_LOGIT_TEXT, maxSliders: MAX_SLIDER_ENTRIES };
  const message = error ? t(`error.${error.kind}`, { ...limits, entry: error.entry, column: error.column, token: error.token, char: error.char }) : null;
  return (
    <div className="control logits-field">
      <label htmlFor={id}>{label('logitsLabel')}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => draft.type(event.target.value)}
        onBlur={draft.finish}
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
});
