import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { shellStrings } from '../i18n/shell';
import { useT } from '../i18n/strings';
import { loadedPanel, loadPanel, type PanelId } from '../panels/catalog';
import type { AnyPanelDefinition } from '../panels/definition';

interface Props {
  id: PanelId;
  /** What to render with the panel's declaration. */
  children: (panel: AnyPanelDefinition) => ReactNode;
  /** Shown while the declaration loads (default: nothing); a prerendered view keeps its HTML instead. */
  fallback?: ReactNode;
}

/**
 * Renders `children` with a panel's declaration, which loads on demand (src/panels/catalog.ts).
 * While it loads, a page hydrating its prerendered HTML keeps that HTML (the Suspense boundary
 * hydrates when it arrives, in a task of its own); a failed load offers to try again.
 */
export function PanelLoader({ id, children, fallback = null }: Props) {
  const t = useT(shellStrings);
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <div className="panel-error" role="alert">
          <p>{t('panelCrashed')}</p>
          <p className="muted">{t('panelCrashedDetail', { message: error.message })}</p>
          <button type="button" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      )}
    >
      <Suspense fallback={fallback}>
        <WithPanel id={id}>{children}</WithPanel>
      </Suspense>
    </ErrorBoundary>
  );
}

type WithPanelProps = { children: Props['children'] };

// One lazy component per panel: it suspends until the declaration has loaded, as a panel's own lazy
// component does. A failed load is forgotten, so a retry fetches again.
const waiting = new Map<PanelId, ComponentType<WithPanelProps>>();
function waitFor(id: PanelId): ComponentType<WithPanelProps> {
  let component = waiting.get(id);
  if (!component) {
    component = lazy(() =>
      loadPanel(id).then(
        (panel) => ({ default: ({ children }: WithPanelProps) => children(panel) }),
        (error: unknown) => {
          waiting.delete(id);
          throw error;
        },
      ),
    );
    waiting.set(id, component);
  }
  return component;
}

function WithPanel({ id, children }: Omit<Props, 'fallback'>) {
  const panel = loadedPanel(id);
  if (panel) return children(panel);
  const Waiting = waitFor(id);
  // eslint-disable-next-line react-hooks/static-components -- the same cached lazy component for a panel on every render (waitFor), never a new one
  return <Waiting>{children}</Waiting>;
}
