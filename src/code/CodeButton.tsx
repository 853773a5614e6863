import { lazy, Suspense, useId, useRef, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useT } from '../i18n/strings';
import { usePanelContext } from '../state/panelStore';
import { hasCode } from './registry';
import { codeStrings } from './strings';
import './code.css';

// The panel with the snippets and the generators load on the first press, not with the page.
const CodePanel = lazy(() => import('./CodePanel'));

/**
 * "Code": a disclosure under a panel with NumPy and PyTorch snippets that print the numbers the
 * panel shows, generated from its store's current values. Nothing for a panel without a generator.
 */
export function CodeButton() {
  const { definition } = usePanelContext();
  return hasCode(definition.id) ? <CodeDisclosure panelId={definition.id} /> : null;
}

function CodeDisclosure({ panelId }: { panelId: string }) {
  const t = useT(codeStrings);
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="code-bar">
      <button ref={button} type="button" className="code-toggle" aria-expanded={open} aria-controls={open ? regionId : undefined} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">{'</>'}</span> {t('code')}
      </button>
      {open && (
        // Outside the panel's own error boundary: a generator that throws, or this code's chunk failing to load, stays here.
        <ErrorBoundary
          fallback={(error) => (
            <p className="field-error" role="alert">
              {t('codeFailed', { message: error.message })}
            </p>
          )}
        >
          <Suspense fallback={<p className="muted">{t('loading')}</p>}>
            <CodePanel id={regionId} panelId={panelId} onClose={close} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
