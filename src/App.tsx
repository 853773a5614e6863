import { useCallback, useEffect, useRef, useState } from 'react';
import { EmbedView } from './components/EmbedView';
import { Shell } from './components/Shell';
import { LangContext } from './i18n/strings';
import { shellStrings } from './i18n/shell';
import { PANELS } from './panels/registry';
import type { Lang } from './i18n/lang';
import { APP_KEYS, buildSearch, parseAppUrl, type PanelId, type ThemeChoice } from './state/appUrl';
import { initialLang, initialTheme, saveLang, saveTheme } from './state/preferences';

/**
 * The whole app: reads the view from the URL, keeps language and theme, and renders either the
 * site (header, navigation, one panel) or a single embedded panel. The URL is written only here
 * (the embed's "Open in Loss Lab" link reads it, to carry the reader's view along).
 */
export function App() {
  const [search, setSearch] = useState(() => window.location.search);
  const app = parseAppUrl(search);
  const [lang, setLang] = useState<Lang>(() => initialLang(app.lang));
  const [theme, setTheme] = useState<ThemeChoice>(() => initialTheme(app.theme));
  // Remount the panel (fresh store from the URL) when history moves between views.
  const [viewKey, setViewKey] = useState(0);
  // The query string as the app last wrote or read it. popstate compares against it, so that a
  // hash-only history step (the skip link, in-page anchors) does not remount the panel.
  const lastSearch = useRef(window.location.search);
  // Each panel's values as last written, so that leaving a panel by its tab and coming back (within
  // this page's life) returns to what the visitor had set up, as Back does.
  // Seeded with the values the page was opened with.
  const [valuesByPanel] = useState(() => new Map<PanelId, [string, string][]>([[app.embed ?? app.panel, panelEntries(search)]]));
  const writeUrl = useCallback((method: 'pushState' | 'replaceState', url: string) => {
    window.history[method](method === 'replaceState' ? window.history.state : null, '', url);
    lastSearch.current = window.location.search;
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The tab title names the panel, in the visitor's language.
  const titlePanel = app.embed ?? app.panel;
  useEffect(() => {
    document.title = `${PANELS[titlePanel].labels[lang].title} · ${shellStrings[lang].title}`;
  }, [lang, titlePanel]);

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const onPop = () => {
      // Only a change of query string is a change of view: a hash change (the skip link, in-page
      // anchors) must not remount the panel and lose its state.
      if (window.location.search === lastSearch.current) return;
      lastSearch.current = window.location.search;
      const next = parseAppUrl(window.location.search);
      // History brought back a view: it is now the panel's latest state, for its tab too.
      valuesByPanel.set(next.embed ?? next.panel, panelEntries(window.location.search));
      setSearch(window.location.search);
      setViewKey((k) => k + 1);
      if (next.lang) setLang(next.lang);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [valuesByPanel]);

  const { panel: panelId, embed } = app;
  const hideKey = app.hide.join(',');
  // The URL edge: panel values changed, so rewrite the query string in place (no history entry per tick).
  const onParamsChange = useCallback(
    (entries: [string, string][]) => {
      valuesByPanel.set(embed ?? panelId, entries);
      const current = parseAppUrl(window.location.search);
      const next = buildSearch({ panel: panelId, embed, lang: current.lang, theme: current.theme, hide: hideKey ? hideKey.split(',') : [] }, entries);
      writeUrl('replaceState', next + window.location.hash);
    },
    [panelId, embed, hideKey, writeUrl, valuesByPanel],
  );

  const navigate = (id: PanelId) => {
    if (id === panelId) return;
    const next = buildSearch({ panel: id, lang: app.lang, theme: app.theme }, valuesByPanel.get(id) ?? []);
    writeUrl('pushState', next);
    setSearch(next);
    setViewKey((k) => k + 1);
  };

  /** Keep an explicit ?lang= / ?theme= in the URL in step with the switch, so a reload shows the same. */
  const replaceAppKey = (key: 'lang' | 'theme', value: string) => {
    const params = new URLSearchParams(window.location.search);
    if (!params.has(key)) return;
    params.set(key, value);
    writeUrl('replaceState', `?${params.toString()}${window.location.hash}`);
  };

  const chooseLang = (next: Lang) => {
    setLang(next);
    saveLang(next);
    replaceAppKey('lang', next);
  };

  const chooseTheme = (next: ThemeChoice) => {
    setTheme(next);
    saveTheme(next);
    replaceAppKey('theme', next);
  };

  return (
    <LangContext.Provider value={lang}>
      {embed ? (
        <EmbedView panelId={embed} search={search} hide={app.hide} onParamsChange={onParamsChange} viewKey={viewKey} theme={theme} appIssues={app.issues} />
      ) : (
        <Shell
          panelId={panelId}
          search={search}
          onNavigate={navigate}
          lang={lang}
          onLang={chooseLang}
          theme={theme}
          onTheme={chooseTheme}
          onParamsChange={onParamsChange}
          viewKey={viewKey}
          appIssues={app.issues}
        />
      )}
    </LangContext.Provider>
  );
}

/** The panel's own key=value pairs of a query string (the app-level keys removed). */
function panelEntries(search: string): [string, string][] {
  return [...new URLSearchParams(search).entries()].filter(([key]) => !APP_KEYS.includes(key));
}
