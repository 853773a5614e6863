import { useCallback, useEffect, useState } from 'react';
import { PanelHost } from './components/PanelHost';
import { LanguageSwitch } from './components/LanguageSwitch';
import { shellStrings } from './i18n/shell';
import { LangContext, useT } from './i18n/strings';
import { isLang, pickLang, type Lang } from './i18n/lang';
import { PANELS } from './panels/registry';
import { buildSearch, parseAppUrl, PANEL_IDS, type PanelId } from './state/appUrl';
import type { ParamIssue } from './state/params';

const LANG_STORAGE_KEY = 'loss-lab:lang';

function storedLang(): Lang | null {
  try {
    const value = window.localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null; // storage can be blocked (sandboxed iframes, privacy modes)
  }
}

function initialLang(urlLang: Lang | null): Lang {
  return urlLang ?? storedLang() ?? pickLang(navigator.languages ?? [navigator.language]);
}

/** The whole app: header, navigation and the active panel (or one panel alone in an embed). */
export function App() {
  const [search, setSearch] = useState(() => window.location.search);
  const app = parseAppUrl(search);
  const [lang, setLang] = useState<Lang>(() => initialLang(app.lang));
  // Remount the panel (fresh store from the URL) when history moves between views.
  const [viewKey, setViewKey] = useState(0);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    const onPop = () => {
      setSearch(window.location.search);
      setViewKey((k) => k + 1);
      const next = parseAppUrl(window.location.search);
      if (next.lang) setLang(next.lang);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const panelId = app.panel;
  const embed = app.embed;
  const hide = app.hide;
  const hideKey = hide.join(',');
  // The URL edge: panel values changed, so rewrite the query string in place (no history entry per tick).
  const onParamsChange = useCallback(
    (entries: [string, string][]) => {
      const current = parseAppUrl(window.location.search);
      const next = buildSearch({ panel: panelId, embed, lang: current.lang, hide: hideKey ? hideKey.split(',') : [] }, entries);
      window.history.replaceState(window.history.state, '', next + window.location.hash);
    },
    [panelId, embed, hideKey],
  );

  const navigate = (id: PanelId) => {
    if (id === panelId) return;
    const next = buildSearch({ panel: id, lang: app.lang }, []);
    window.history.pushState(null, '', next);
    setSearch(next);
    setViewKey((k) => k + 1);
  };

  const chooseLang = (next: Lang) => {
    setLang(next);
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // not saved; the choice still holds for this page
    }
    const params = new URLSearchParams(window.location.search);
    if (params.has('lang')) {
      params.set('lang', next);
      window.history.replaceState(window.history.state, '', `?${params.toString()}`);
    }
  };

  return (
    <LangContext.Provider value={lang}>
      {embed ? (
        <EmbedView panelId={embed} search={search} hide={hide} onParamsChange={onParamsChange} viewKey={viewKey} />
      ) : (
        <Shell
          panelId={panelId}
          search={search}
          onNavigate={navigate}
          lang={lang}
          onLang={chooseLang}
          onParamsChange={onParamsChange}
          viewKey={viewKey}
          appIssues={app.issues}
        />
      )}
    </LangContext.Provider>
  );
}

interface ShellProps {
  panelId: PanelId;
  search: string;
  onNavigate: (id: PanelId) => void;
  lang: Lang;
  onLang: (lang: Lang) => void;
  onParamsChange: (entries: [string, string][]) => void;
  viewKey: number;
  appIssues: readonly ParamIssue[];
}

function Shell({ panelId, search, onNavigate, lang, onLang, onParamsChange, viewKey, appIssues }: ShellProps) {
  const t = useT(shellStrings);
  return (
    <div className="loss-lab app">
      <header className="site-header">
        <div className="brand">
          <h1>{t('title')}</h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <LanguageSwitch lang={lang} onChange={onLang} label={t('language')} />
      </header>
      <nav className="panel-nav" aria-label={t('navLabel')}>
        <ul>
          {PANEL_IDS.map((id) => (
            <li key={id}>
              <a
                href={buildSearch({ panel: id }, [])}
                aria-current={id === panelId ? 'page' : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onNavigate(id);
                }}
              >
                {t(`panel.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="panel-main">
        <section className="panel" aria-labelledby={`panel-title-${panelId}`} data-panel={panelId}>
          <h2 id={`panel-title-${panelId}`}>{t(`panel.${panelId}`)}</h2>
          <p className="panel-blurb">{t(`panel.${panelId}.blurb`)}</p>
          <PanelHost key={`${panelId}:${viewKey}`} panel={PANELS[panelId]} search={search} hide={[]} onParamsChange={onParamsChange} appIssues={appIssues} />
        </section>
      </main>
      <footer className="site-footer muted">{t('footer')}</footer>
    </div>
  );
}

interface EmbedProps {
  panelId: PanelId;
  search: string;
  hide: string[];
  onParamsChange: (entries: [string, string][]) => void;
  viewKey: number;
}

function EmbedView({ panelId, search, hide, onParamsChange, viewKey }: EmbedProps) {
  const t = useT(shellStrings);
  const params = new URLSearchParams(search);
  params.delete('embed');
  params.delete('hide');
  params.set('panel', panelId);
  return (
    <div className="loss-lab embed">
      <main className="panel-main">
        <section className="panel" aria-labelledby={`panel-title-${panelId}`} data-panel={panelId}>
          <h2 id={`panel-title-${panelId}`} className="embed-title">
            {t(`panel.${panelId}`)}
          </h2>
          <PanelHost key={`${panelId}:${viewKey}`} panel={PANELS[panelId]} search={search} hide={hide} onParamsChange={onParamsChange} />
        </section>
      </main>
      <p className="embed-credit">
        <a href={`./?${params.toString()}`} target="_blank" rel="noopener">
          {t('title')} ↗
        </a>
      </p>
    </div>
  );
}
