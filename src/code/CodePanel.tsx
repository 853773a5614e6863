import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { copyText } from '../components/copyText';
import { useLang, useT } from '../i18n/strings';
import { usePanelContext } from '../state/panelStore';
import { CODE_GENERATORS } from './generators';
import { codeStrings } from './strings';
import type { CodeGenerator, Framework } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- a generator takes its own panel's values */
type AnyGenerator = CodeGenerator<any>;
const loaded = new Map<string, AnyGenerator>();

/** The panel's generator, loaded on first use and kept; a failed load (offline) can be retried. */
function useGenerator(panelId: string): { generate: AnyGenerator | null; error: Error | null; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ generate: AnyGenerator | null; error: Error | null }>(() => ({ generate: loaded.get(panelId) ?? null, error: null }));
  useEffect(() => {
    if (result.generate || result.error) return;
    let live = true;
    CODE_GENERATORS[panelId]!().then(
      (generate) => {
        loaded.set(panelId, generate);
        if (live) setResult({ generate, error: null });
      },
      (error: unknown) => {
        if (live) setResult({ generate: null, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      live = false;
    };
  }, [panelId, attempt, result]);
  return { ...result, retry: () => (setResult({ generate: null, error: null }), setAttempt((a) => a + 1)) };
}

interface Props {
  id: string;
  panelId: string;
  onClose: () => void;
}

/** The snippets of the panel's current values, a tab per framework, with Copy and Close. Escape closes it. */
export default function CodePanel(props: Props) {
  const t = useT(codeStrings);
  const { generate, error, retry } = useGenerator(props.panelId);
  if (error) {
    return (
      <p id={props.id} className="field-error" role="alert">
        {t('codeFailed', { message: error.message })}{' '}
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      </p>
    );
  }
  if (!generate) return <p className="muted">{t('loading')}</p>;
  return <Snippets {...props} generate={generate} />;
}

/** The snippets themselves, once the generator is here. */
function Snippets({ id, onClose, generate }: Props & { generate: AnyGenerator }) {
  const t = useT(codeStrings);
  const lang = useLang();
  const { store, definition } = usePanelContext();
  const values = useStore(store, (state) => state.values);
  const code = generate(values, lang);
  const header = `# Loss Lab: ${definition.labels[lang].title}\n# ${t('snippetNote')}\n\n`;
  const frameworks = (['numpy', 'torch'] as const).filter((f) => code[f] !== null);
  const [chosen, setChosen] = useState<Framework>('numpy');
  const framework = frameworks.includes(chosen) ? chosen : 'numpy';
  const text = header + code[framework]!;
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const titleId = useId();
  const tabId = (f: Framework) => `${id}-tab-${f}`;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: frameworks.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = (next + frameworks.length) % frameworks.length;
    setChosen(frameworks[target]);
    setStatus('');
    tabs.current[target]?.focus();
  };

  return (
    <section
      id={id}
      className="code-panel"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h3 id={titleId}>{t('codeTitle')}</h3>
      <p className="muted">{t('codeHelp')}</p>
      <div role="tablist" aria-label={t('frameworks')} className="code-tabs">
        {frameworks.map((f, index) => (
          <button
            key={f}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={tabId(f)}
            aria-selected={f === framework}
            aria-controls={`${id}-code`}
            tabIndex={f === framework ? 0 : -1}
            onClick={() => {
              setChosen(f);
              setStatus('');
            }}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {t(`framework.${f}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-code`} aria-labelledby={tabId(framework)} className="code-tabpanel">
        {/* A read-only text box: it scrolls inside itself, and is what gets selected when the clipboard is refused. */}
        <textarea
          ref={field}
          className="code-text"
          readOnly
          wrap="off"
          spellCheck={false}
          value={text}
          rows={Math.min(24, text.split('\n').length)}
          aria-label={t('codeField', { framework: t(`framework.${framework}`) })}
          data-framework={framework}
        />
      </div>
      <div className="code-actions">
        <button type="button" onClick={async () => setStatus((await copyText(text, field.current)) ? t('copied') : t('copyFailed'))}>
          {t('copyCode')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
        <span className="code-status" aria-live="polite">
          {status}
        </span>
      </div>
    </section>
  );
}
