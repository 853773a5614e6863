import { useId } from 'react';
import { useDraftText } from '../../components/useDraftText';
import { useT } from '../../i18n/strings';
import { panelHooks, usePanelContext } from '../../state/panelStore';
import type { ValuesOf } from '../../state/params';
import { definition, MAX_CLASSES, MIN_CLASSES, type schema } from './definition';
import { formatOutputs, readOutputs, sameOutputs } from './outputs';
import { probabilityStrings } from './strings';

const { useValue, useActions } = panelHooks<ValuesOf<typeof schema>>();

/**
 * The outputs as editable text. Text that does not read as 2 to 10 probabilities stays in the field
 * with the reason; the store (and so every table) keeps the last valid outputs.
 */
export function OutputsField() {
  const t = useT(probabilityStrings);
  const label = useT(definition.labels);
  const id = useId();
  const outputs = useValue('y');
  const { set } = useActions();
  const draft = useDraftText({
    value: outputs,
    format: formatOutputs,
    read: (text) => {
      const reading = readOutputs(text);
      return reading.ok ? { ok: true, value: reading.values } : reading;
    },
    same: sameOutputs,
    onChange: (next) => set('y', next),
  });
  if (usePanelContext().hidden.has('outputs')) return null;
  const { error } = draft;
  const message = error ? t(`error.${error.kind}`, { entry: error.entry, token: error.token, char: error.char, min: MIN_CLASSES, max: MAX_CLASSES }) : null;
  return (
    <div className="control outputs-field">
      <label htmlFor={id}>{label('outputs')}</label>
      <textarea
        id={id}
        rows={2}
        value={draft.text}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => draft.type(event.target.value)}
        onBlur={draft.finish}
      />
      <p id={`${id}-error`} className="field-error" aria-live="polite" data-testid="outputs-error">
        {message}
      </p>
      <p id={`${id}-hint`} className="control-hint">
        {t('outputsHint')}
      </p>
    </div>
  );
}
