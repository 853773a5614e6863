import { useEffect, useId, useRef, type MouseEvent, type SyntheticEvent } from 'react';
import { useHydrated } from './ClientOnly';
import { embedSecret, linkMessage, postHeights } from './embedMessages';
import { PanelHost } from './PanelHost';
import { PanelLoader } from './PanelLoader';
import { isPlainClick } from './plainClick';
import { shellStrings } from '../i18n/shell';
import { useLang, useT } from '../i18n/strings';
import { PANEL_META } from '../panels/catalog';
import { forEmbed } from '../panels/definition';
import { buildSearch, TASK_MAX_LENGTH, taskCard, type PanelId } from '../state/appUrl';
import type { ParamIssue } from '../state/params';
import { appUrlFromEmbed } from '../state/share';
import { liveHref } from '../state/addressBar';

export { HEIGHT_MESSAGE_TYPE } from './embedMessages';

interface Props {
  panelId: PanelId;
  search: string;
  hide: string[];
  onParamsChange: (entries: [string, string][]) => void;
  viewKey: number;
  appIssues: readonly ParamIssue[];
  /** The link's raw `task=`: the teacher's task, shown above the panel as plain text. */
  task?: string | null;
}

/** One panel without the site chrome, posting its height to the parent page for auto-sizing iframes. */
export function EmbedView({ panelId, search, hide, onParamsChange, viewKey, appIssues, task = null }: Props) {
  const t = useT(shellStrings);
  const root = useRef<HTMLDivElement>(null);
  const title = PANEL_META[panelId].labels[useLang()].title;

  useEffect(() => {
    const element = root.current;
    return element ? postHeights(window, element) : undefined;
  }, []);

  return (
    <div ref={root} className="loss-lab embed">
      <main className="panel-main">
        <h1 className="visually-hidden">{t('title')}</h1>
        <TaskCardView raw={task} />
        <section className="panel" aria-labelledby={`panel-title-${panelId}`} data-panel={panelId}>
          <h2 id={`panel-title-${panelId}`} className="embed-title">
            {title}
          </h2>
          <PanelLoader id={panelId} fallback={<p className="muted panel-loading">{t('loading')}</p>}>
            {(definition) => <PanelHost key={`${panelId}:${viewKey}`} panel={forEmbed(definition)} search={search} hide={hide} onParamsChange={onParamsChange} appIssues={appIssues} />}
          </PanelLoader>
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
 * panel still hydrating that receives an update is rendered afresh instead). Hovering is caught with
 * `pointerover`, not React's `onPointerEnter`: React derives enter from the `pointerout` of the node
 * the pointer leaves, and none comes when that node was replaced meanwhile (a control the reader
 * just clicked and the panel redrew), so the link kept its old address about half the time.
 */
function OpenInLossLab({ panelId, label }: { panelId: PanelId; label: string }) {
  const hydrated = useHydrated();
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = appUrlFromEmbed(liveHref(), panelId);
  };
  // Under WordPress the iframe is sandboxed without allow-popups: a new tab cannot open, so a plain
  // click asks the host page to go there (its protocol's `link` message).
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    refresh(event);
    const secret = embedSecret(window);
    if (!secret || window.parent === window || !isPlainClick(event)) return;
    event.preventDefault();
    window.parent.postMessage(linkMessage(event.currentTarget.href, secret), '*');
  };
  return (
    <a href={hydrated ? appUrlFromEmbed(window.location.href, panelId) : buildSearch({ panel: panelId }, [])} target="_blank" rel="noopener" onPointerOver={refresh} onPointerDown={refresh} onFocus={refresh} onClick={onClick} onContextMenu={refresh}>
      {label} ↗
    </a>
  );
}

/**
 * The teacher's task from the link (`task=`), above the panel: React renders it as a text node, so
 * markup in it shows as the characters typed and never runs. Cut to TASK_MAX_LENGTH, with a note.
 */
function TaskCardView({ raw }: { raw: string | null }) {
  const t = useT(shellStrings);
  const headingId = useId();
  const card = taskCard(raw);
  if (!card) return null;
  return (
    <section className="task-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="task-card-heading">
        {t('task')}
      </h2>
      <p className="task-card-text">{card.text}</p>
      {card.cut && <p className="task-card-cut muted">{t('taskCut', { max: String(TASK_MAX_LENGTH) })}</p>}
    </section>
  );
}
