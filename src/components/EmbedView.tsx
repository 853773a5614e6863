import { useEffect, useRef, type SyntheticEvent } from 'react';
import { useHydrated } from './ClientOnly';
import { PanelHost } from './PanelHost';
import { shellStrings } from '../i18n/shell';
import { useLang, useT } from '../i18n/strings';
import { PANELS } from '../panels/registry';
import { forEmbed } from '../panels/definition';
import { buildSearch, type PanelId } from '../state/appUrl';
import type { ParamIssue } from '../state/params';
import { appUrlFromEmbed } from '../state/share';

/** The message an embed posts to its parent page: a fixed type and the height, nothing else. */
export const HEIGHT_MESSAGE_TYPE = 'loss-lab:height';

interface Props {
  panelId: PanelId;
  search: string;
  hide: string[];
  onParamsChange: (entries: [string, string][]) => void;
  viewKey: number;
  appIssues: readonly ParamIssue[];
}

/** One panel without the site chrome, posting its height to the parent page for auto-sizing iframes. */
export function EmbedView({ panelId, search, hide, onParamsChange, viewKey, appIssues }: Props) {
  const t = useT(shellStrings);
  const root = useRef<HTMLDivElement>(null);
  const title = PANELS[panelId].labels[useLang()].title;

  useEffect(() => {
    const element = root.current;
    if (!element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={root} className="loss-lab embed">
      <main className="panel-main">
        <h1 className="visually-hidden">{t('title')}</h1>
        <section className="panel" aria-labelledby={`panel-title-${panelId}`} data-panel={panelId}>
          <h2 id={`panel-title-${panelId}`} className="embed-title">
            {title}
          </h2>
          <PanelHost key={`${panelId}:${viewKey}`} panel={forEmbed(PANELS[panelId])} search={search} hide={hide} onParamsChange={onParamsChange} appIssues={appIssues} />
        </section>
      </main>
      <footer className="embed-credit">
        <OpenInLossLab panelId={panelId} label={t('openInLossLab')} />
      </footer>
    </div>
  );
}

/**
 * The link from an embed to the full app. The reader may have moved controls since the embed loaded
 * (the address follows them, the `search` prop does not), so the link is rebuilt from the live
 * address whenever it is about to be used or looked at: hovered (the browser's status bar shows
 * it), clicked, middle-clicked, opened from the keyboard or copied from the context menu. The
 * prerendered HTML cannot know the page's address: a relative link until the page runs. Its own
 * component, so that this change after hydration re-renders only the link, never the panel (a
 * panel still hydrating that receives an update is rendered afresh instead).
 */
function OpenInLossLab({ panelId, label }: { panelId: PanelId; label: string }) {
  const hydrated = useHydrated();
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = appUrlFromEmbed(window.location.href, panelId);
  };
  return (
    <a href={hydrated ? appUrlFromEmbed(window.location.href, panelId) : buildSearch({ panel: panelId }, [])} target="_blank" rel="noopener" onPointerEnter={refresh} onPointerDown={refresh} onFocus={refresh} onClick={refresh} onContextMenu={refresh}>
      {label} ↗
    </a>
  );
}
