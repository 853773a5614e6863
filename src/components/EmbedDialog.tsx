import { useId, useRef, useState } from 'react';
import { copyText } from './copyText';
import { shellStrings } from '../i18n/shell';
import { useLang, useT } from '../i18n/strings';
import type { AnyPanelDefinition as PanelDefinition } from '../panels/definition';
import { INTRO_HIDE, panelIntro } from '../panels/definition';
import { TASK_MAX_LENGTH, type PanelId, type ThemeChoice } from '../state/appUrl';
import { embedSnippet } from '../state/share';
import { liveHref } from '../state/addressBar';

/** The share bar's embed dialog (loaded when first opened): what to hide, theme, task, and the iframe code. */
export default function EmbedDialog({ id, panel, panelTitle, onClose }: { id: string; panel: PanelDefinition; panelTitle: string; onClose: () => void }) {
  const t = useT(shellStrings);
  const label = useT(panel.labels);
  const [hidden, setHidden] = useState<string[]>([]);
  // Course pages are mostly light: pinning light keeps an embed from turning black for a reader whose
  // system is dark while the page around it stays white. The teacher can pick dark, or the reader's choice.
  const [theme, setTheme] = useState<ThemeChoice>('light');
  const [task, setTask] = useState('');
  const [status, setStatus] = useState('');
  const codeField = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const taskCountId = useId();
  const lang = useLang();
  const sections = panel.hide.filter((group) => group.section).map((group) => group.name);
  const code = embedSnippet(liveHref(), panel.id as PanelId, hidden, t('iframeTitle', { panel: panelTitle }), lang, theme, { task });
  return (
    <section id={id} className="embed-dialog" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('embedTitle')}</h3>
      <p className="muted">{t('embedHelp')}</p>
      {panel.hide.length > 0 && (
        <fieldset className="embed-hide">
          <legend>{t('embedHide')}</legend>
          {panel.hide.map(({ name, label: labelKey }) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={hidden.includes(name)}
                onChange={(event) => setHidden((h) => (event.target.checked ? [...h, name] : h.filter((n) => n !== name)))}
              />
              {label(labelKey)}
            </label>
          ))}
          {panelIntro(panel, lang) && (
            <label>
              <input
                type="checkbox"
                checked={hidden.includes(INTRO_HIDE)}
                onChange={(event) => setHidden((h) => (event.target.checked ? [...h, INTRO_HIDE] : h.filter((n) => n !== INTRO_HIDE)))}
              />
              {t('embedHideIntro')}
            </label>
          )}
        </fieldset>
      )}
      {/* Always in the page, so a screen reader announces the warning when the last box is ticked. */}
      <p className="field-error live-slot" role="status">
        {sections.length > 0 && sections.every((name) => hidden.includes(name)) ? t('embedEmpty') : ''}
      </p>
      <label className="embed-theme">
        <span>{t('embedTheme')}</span>{' '}
        <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
          <option value="light">{t('theme.light')}</option>
          <option value="dark">{t('theme.dark')}</option>
          <option value="system">{t('embedThemeSystem')}</option>
        </select>
      </label>
      <label className="embed-task">
        <span>{t('embedTask')}</span>
        <textarea value={task} maxLength={TASK_MAX_LENGTH} rows={2} aria-describedby={taskCountId} onChange={(event) => setTask(event.target.value)} />
      </label>
      <p id={taskCountId} className="embed-task-count muted">
        {t('embedTaskCount', { count: Array.from(task).length, max: TASK_MAX_LENGTH })}
      </p>
      <label className="embed-code-label">
        {t('embedCode')}
        <textarea ref={codeField} readOnly value={code} rows={5} onFocus={(event) => event.target.select()} />
      </label>
      <div className="embed-actions">
        <button type="button" onClick={async () => setStatus((await copyText(code, codeField.current)) ? t('copied') : t('copyFailed'))}>
          {t('copyCode')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
        <span aria-live="polite">{status}</span>
      </div>
    </section>
  );
}
