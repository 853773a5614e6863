import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { lazyEmbedView } from './components/lazyEmbedView';
import { Shell } from './components/Shell';
import { LangContext } from './i18n/strings';
import { shellStrings } from './i18n/shell';
import { langReady, loadLang } from './i18n/packs';
import { PANEL_META } from './panels/catalog';
import type { Lang } from './i18n/lang';
import { createAddressBar, type AddressBar } from './state/addressBar';
import { buildSearch, parseAppUrl, type PanelId, type ThemeChoice } from './state/appUrl';
import { clientFirstView, saveLang, saveTheme } from './state/preferences';
import type { FirstView } from './state/firstView';

interface AppProps {
  /** The address bar (default: the window's); a prerender passes a fixed one. */
  address?: AddressBar;
  /** Language and theme to open with (default: by the first-view rule, from the URL, saved choices and the browser). */
  initial?: Pick<FirstView, 'lang' | 'theme'>;
}

/**
 * The whole app: reads the view from the URL, keeps language and theme, and renders either the
 * site (header, navigation, one panel) or a single embedded panel. The URL is written only here
 * (the embed's "Open in Loss Lab" link reads it, to carry the reader's view along).
 */
export function App({ address: givenAddress, initial }: AppProps = {}) {
  const [address] = useState(() => givenAddress ?? createAddressBar(window));
  const view = useSyncExternalStore(address.subscribe, address.getView, address.getView);
  const app = useMemo(() => parseAppUrl(view.search), [view.search]);
  const [first] = useState(() => initial ?? clientFirstView());
  const [lang, setLangNow] = useState<Lang>(first.lang as Lang);
  // Chinese strings load on the first switch to Chinese (src/i18n/packs.ts): the language changes once
  // they are here, unless another choice came meanwhile.
  const [wantedLang, setWantedLang] = useState<Lang>(first.lang as Lang);
  const setLang = (next: Lang) => {
    setWantedLang(next);
    if (langReady(next)) setLangNow(next);
  };
  useEffect(() => {
    if (wantedLang === lang) return;
    let current = true;
    void loadLang(wantedLang).then(() => current && setLangNow(wantedLang), () => undefined);
    return () => {
      current = false;
    };
  }, [wantedLang, lang]);
  const [theme, setTheme] = useState<ThemeChoice>((first.theme || 'system') as ThemeChoice);
  // History brought back a view whose link names a language: show it in that language.
  const [generation, setGeneration] = useState(view.generation);
  if (generation !== view.generation) {
    setGeneration(view.generation);
    if (app.lang) setLang(app.lang);
  }

  useEffect(() => {
    // Only when it changes: writing the same language again (the boot script set it) makes the
    // browser recompute every element's style (`:lang()`), 5–11 ms at 1× on the neuron panel.
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [lang]);

  // The app has rendered the view the link asks for: whatever the boot script kept hidden is now this one.
  useEffect(() => {
    document.documentElement.removeAttribute('data-pending');
    document.documentElement.removeAttribute('data-swap');
  }, []);

  // The tab title names the panel, in the visitor's language.
  const titlePanel = app.embed ?? app.panel;
  useEffect(() => {
    document.title = `${PANEL_META[titlePanel].labels[lang].title} · ${shellStrings[lang].title}`;
  }, [lang, titlePanel]);

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  const { panel: panelId, embed } = app;
  const hideKey = app.hide.join(',');
  // The URL edge: panel values changed, so rewrite the query string in place (no history entry per tick).
  const onParamsChange = useCallback(
    (entries: [string, string][]) => {
      const current = parseAppUrl(address.liveSearch());
      address.replaceSoon(buildSearch({ panel: panelId, embed, lang: current.lang, theme: current.theme, hide: hideKey ? hideKey.split(',') : [], task: current.task }, entries));
    },
    [panelId, embed, hideKey, address],
  );

  const navigate = (id: PanelId, entries?: [string, string][]) => {
    if (id === panelId && !entries) return;
    // The link's ?lang= / ?theme= as they are now (a switch rewrites them in place), not as the view opened.
    const current = parseAppUrl(address.liveSearch());
    address.push(buildSearch({ panel: id, lang: current.lang, theme: current.theme }, entries ?? address.lastEntries(id)));
  };

  /** Keep an explicit ?lang= / ?theme= in the URL in step with the switch, so a reload shows the same. */
  const replaceAppKey = (key: 'lang' | 'theme', value: string) => {
    const params = new URLSearchParams(address.liveSearch());
    if (!params.has(key)) return;
    params.set(key, value);
    address.replace(`?${params.toString()}`);
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
        <lazyEmbedView.Component panelId={embed} search={view.search} hide={app.hide} onParamsChange={onParamsChange} viewKey={view.generation} appIssues={app.issues} task={app.task} />
      ) : (
        <Shell
          panelId={panelId}
          search={view.search}
          onNavigate={navigate}
          lang={lang}
          onLang={chooseLang}
          theme={theme}
          onTheme={chooseTheme}
          onParamsChange={onParamsChange}
          viewKey={view.generation}
          appIssues={app.issues}
        />
      )}
    </LangContext.Provider>
  );
}
