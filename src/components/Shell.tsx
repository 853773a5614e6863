import { useRef, type MouseEvent } from 'react';
import { LanguageSwitch } from './LanguageSwitch';
import { PanelHost } from './PanelHost';
import { PanelLoader } from './PanelLoader';
import { isPlainClick } from './plainClick';
import { ShareBar } from './ShareBar';
import { ThemeSwitch } from './ThemeSwitch';
import { ViewLink } from './ViewLink';
import { shellStrings } from '../i18n/shell';
import { useT } from '../i18n/strings';
import type { Lang } from '../i18n/lang';
import { PANEL_META, TAB_IDS } from '../panels/catalog';
import { panelEntries } from '../state/addressBar';
import { buildSearch, parseAppUrl, type PanelId, type ThemeChoice } from '../state/appUrl';
import type { ParamIssue } from '../state/params';

interface Props {
  panelId: PanelId;
  search: string;
  /** Opens another view in place: with `entries`, those settings; without, the panel's last ones. */
  onNavigate: (id: PanelId, entries?: [string, string][]) => void;
  lang: Lang;
  onLang: (lang: Lang) => void;
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
  onParamsChange: (entries: [string, string][]) => void;
  viewKey: number;
  appIssues: readonly ParamIssue[];
}

/** The site: header with language and theme, panel navigation, the active panel with its share bar. */
export function Shell({ panelId, search, onNavigate, lang, onLang, theme, onTheme, onParamsChange, viewKey, appIssues }: Props) {
  const t = useT(shellStrings);
  const panel = PANEL_META[panelId];
  const title = panel.labels[lang].title;
  const main = useRef<HTMLElement>(null);
  /**
   * Opens a view from a link in the page (the guide and credits links, a panel's links to another
   * view): the link goes with the view it stood in, or stays far below it, so, as after a page load,
   * the new view starts at the top, and focus moves to the panel area (not lost to the body): a
   * screen reader reads on from there. The tabs keep focus on themselves, above the view.
   */
  const openView = (id: PanelId, entries?: [string, string][]) => {
    onNavigate(id, entries);
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  };
  // A panel's links to another view with settings (the guide's, `data-panel-link`) open in place,
  // as the tabs do, rather than reloading the page (Enter on a focused link clicks it too).
  const openPanelLink = (event: MouseEvent<HTMLElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-panel-link]') : null;
    if (!(link instanceof HTMLAnchorElement) || !isPlainClick(event)) return;
    if (link.origin !== window.location.origin || link.pathname !== window.location.pathname) return;
    event.preventDefault();
    openView(parseAppUrl(link.search).panel, panelEntries(link.search));
  };
  return (
    <div className="loss-lab app">
      <a className="skip-link" href="#main">
        {t('skipToPanel')}
      </a>
      <header className="site-header">
        <div className="brand">
          <h1>{t('title')}</h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <div className="preferences">
          <LanguageSwitch lang={lang} onChange={onLang} label={t('language')} />
          <ThemeSwitch theme={theme} onChange={onTheme} label={t('theme')} names={{ system: t('theme.system'), light: t('theme.light'), dark: t('theme.dark') }} />
        </div>
      </header>
      <nav className="panel-nav" aria-label={t('navLabel')}>
        <ul>
          {TAB_IDS.map((id) => (
            <li key={id}>
              <a
                href={buildSearch({ panel: id }, [])}
                aria-current={id === panelId ? 'page' : undefined}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  onNavigate(id);
                }}
              >
                {PANEL_META[id].labels[lang].title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} className="panel-main" tabIndex={-1} onClick={openPanelLink}>
        <section className="panel" aria-labelledby={`panel-title-${panelId}`} data-panel={panelId}>
          <div className="panel-heading">
            <div>
              <h2 id={`panel-title-${panelId}`}>{title}</h2>
              <p className="panel-blurb">{panel.labels[lang].blurb}</p>
              {/* Every panel with settings links to the guide (the guide and the credits have none). */}
              <PanelLoader id={panelId}>
                {(definition) =>
                  Object.keys(definition.schema).length > 0 && (
                    <p className="guide-link">
                      <ViewLink id="guide" onNavigate={openView}>
                        {PANEL_META.guide.labels[lang].linkText}
                      </ViewLink>
                    </p>
                  )
                }
              </PanelLoader>
            </div>
            <ShareBar key={panelId} panelId={panelId} panelTitle={title} />
          </div>
          <PanelLoader id={panelId} fallback={<p className="muted panel-loading">{t('loading')}</p>}>
            {(definition) => <PanelHost key={`${panelId}:${viewKey}`} panel={definition} search={search} hide={[]} onParamsChange={onParamsChange} appIssues={appIssues} />}
          </PanelLoader>
        </section>
      </main>
      <footer className="site-footer muted">
        {t('footer')}{' '}
        <ViewLink id="credits" onNavigate={openView}>
          {PANEL_META.credits.labels[lang].linkText}
        </ViewLink>
      </footer>
    </div>
  );
}
