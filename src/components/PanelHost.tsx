import { Suspense, useEffect, useMemo, useState } from 'react';
import type { StoreApi } from 'zustand';
import { ErrorBoundary } from './ErrorBoundary';
import { Notice } from './Notice';
import { shellStrings } from '../i18n/shell';
import { useT } from '../i18n/strings';
import { parseParams, resolveConflicts, serializeParams, type ParamIssue, type ValuesOf } from '../state/params';
import { createPanelStore, PanelContext, type PanelContextValue, type PanelState } from '../state/panelStore';
import { APP_KEYS, safeParams } from '../state/appUrl';
import { hideNames, type AnyPanelDefinition } from '../panels/definition';
import { INTRO_HIDE, panelIntro } from '../panels/definition';
import { useLang } from '../i18n/strings';
import { RichText } from '../glossary/RichText';
import { CodeButton } from '../code/CodeButton';

interface Props {
  panel: AnyPanelDefinition;
  /** The query string the panel's state is read from. */
  search: string;
  /** Called with the panel's non-default values whenever they change (the URL edge). */
  onParamsChange?: (entries: [string, string][]) => void;
  hide: readonly string[];
  /** Problems with the app-level keys (panel, lang, …), listed in the same notice. */
  appIssues?: readonly ParamIssue[];
}

/**
 * Mounts one panel: its own store initialised from the URL, its own error boundary, its code loaded
 * on demand, and a notice listing any URL values that were ignored.
 */
export function PanelHost({ panel, search, onParamsChange, hide, appIssues = [] }: Props) {
  const t = useT(shellStrings);
  const label = useT(panel.labels);
  const parsed = useMemo(() => {
    const params = safeParams(search);
    return resolveConflicts(panel.schema, parseParams(panel.schema, params, APP_KEYS), params, panel.rules);
  }, [panel, search]);
  const [store] = useState(() => createPanelStore<object>(panel, parsed.values));
  const issues = [...appIssues, ...parsed.issues];
  const hidden = useMemo(() => new Set(hide.filter((name) => hideNames(panel).includes(name))), [hide, panel]);
  const context = useMemo<PanelContextValue>(() => ({ definition: panel, store: store as unknown as StoreApi<PanelState<object>>, hidden }), [panel, store, hidden]);

  // A link with ignored or adjusted values: rewrite the address bar to what is actually shown, so a
  // copied link does not carry the garbage along (the notice still says what was dropped).
  const hadIssues = issues.length > 0 || (parsed.adjusted?.length ?? 0) > 0;
  useEffect(() => {
    if (hadIssues && onParamsChange) onParamsChange(serializeParams(panel.schema, store.getState().values as ValuesOf<typeof panel.schema>));
    // Only on mount: later changes come through the subscription below.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!onParamsChange) return;
    return store.subscribe((state, previous) => {
      if (state.values !== previous.values) onParamsChange(serializeParams(panel.schema, state.values as ValuesOf<typeof panel.schema>));
    });
  }, [store, panel, onParamsChange]);

  // The panel's one plain-language line, with its glossary terms (an embed may hide it: hide=intro).
  const intro = panelIntro(panel, useLang());
  return (
    <PanelContext.Provider value={context}>
      {intro && !hide.includes(INTRO_HIDE) && (
        <p className="panel-intro">
          <RichText text={intro} />
        </p>
      )}
      {issues.length > 0 && (
        <Notice title={t('urlIssuesTitle')} dismissLabel={t('dismiss')}>
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.note ? (
                // The panel's own words for a repair its rules made (they name the value used).
                label(issue.note.key, issue.note.values)
              ) : (
                <>
                  {t(`problem.${issue.problem}`, { key: issue.key, raw: issue.raw, other: issue.other ?? '' })}
                  {issue.used !== undefined && t('usingValue', { used: issue.used })}
                </>
              )}
            </li>
          ))}
        </Notice>
      )}
      <ErrorBoundary
        fallback={(error, retry) => (
          <div className="panel-error" role="alert">
            <p>{t('panelCrashed')}</p>
            <p className="muted">{t('panelCrashedDetail', { message: error.message })}</p>
            <button
              type="button"
              onClick={() => {
                // The store outlives the boundary: if its values caused the crash, retrying with
                // them would crash again, so start over from the defaults.
                store.getState().reset();
                retry();
              }}
            >
              {t('retry')}
            </button>
          </div>
        )}
      >
        <Suspense fallback={<p className="muted panel-loading">{t('loading')}</p>}>
          <div className="panel-body" data-testid="panel-body">
            <panel.Component hidden={hidden} />
            <MarkLive />
          </div>
        </Suspense>
      </ErrorBoundary>
      <CodeButton />
    </PanelContext.Provider>
  );
}

/**
 * Marks the page live (`data-ready` on <html>) once the panel itself has rendered or hydrated: its
 * code loads lazily, so the shell around it can be live while the prerendered panel is not yet.
 * Tests and scripts wait for it before they use the panel.
 */
function MarkLive() {
  useEffect(() => document.documentElement.setAttribute('data-ready', ''), []);
  return null;
}
