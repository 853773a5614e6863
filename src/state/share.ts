import type { Lang } from '../i18n/lang';
import { URL_VERSION, type PanelId, type ThemeChoice } from './appUrl';

/*
 * Share links and embed snippets, built from the current page URL (pure: the URL is an argument).
 * The app's own query string already holds the whole view; these pin the language the visitor is
 * reading (so a teacher who chose Chinese shares Chinese), add the format version and, for embeds,
 * swap `panel=` for `embed=` and add the hide list.
 */

/** The current view as a link to share: the same URL in the visitor's language, with the format version. */
export function shareUrl(href: string, lang: Lang): string {
  const url = new URL(href);
  url.hash = '';
  url.searchParams.set('lang', lang);
  url.searchParams.delete('v');
  url.searchParams.set('v', String(URL_VERSION));
  return url.toString();
}

/**
 * The embed URL for `panel` with the current view's values, its language, the controls to hide and
 * its colours: `theme` pins light or dark (a course page has its own colours, whatever the reader's
 * system says), 'system' leaves it to each reader.
 */
export function embedUrl(href: string, panel: PanelId, hide: readonly string[], lang: Lang, theme: ThemeChoice = 'system', task = ''): string {
  const url = new URL(href);
  url.hash = '';
  url.searchParams.delete('panel');
  url.searchParams.delete('hide');
  url.searchParams.delete('embed');
  const rest = [...url.searchParams.entries()];
  url.search = '';
  url.searchParams.set('embed', panel);
  if (hide.length > 0) url.searchParams.set('hide', hide.join(','));
  url.searchParams.set('lang', lang);
  if (theme !== 'system') url.searchParams.set('theme', theme);
  // The teacher's task, as typed (trimmed): the embed cuts it to TASK_MAX_LENGTH and says so.
  if (task.trim() !== '') url.searchParams.set('task', task.trim());
  for (const [key, value] of rest) if (!['v', 'lang', 'theme', 'task'].includes(key)) url.searchParams.set(key, value);
  url.searchParams.set('v', String(URL_VERSION));
  return url.toString();
}

/**
 * From an embed's URL, the same view in the full app: `embed=` becomes `panel=` (the embedded
 * panel, whatever else the link says), the hide list goes, and of a repeated key only the first
 * copy stays, the one the embed itself read. The embed's `theme=` goes too: it was chosen to match
 * the course page, and the full app should open in the reader's own colours.
 */
export function appUrlFromEmbed(href: string, panel: PanelId): string {
  const url = new URL(href);
  url.hash = '';
  const first = new Map<string, string>();
  for (const [key, value] of url.searchParams) if (!first.has(key) && !['embed', 'hide', 'panel', 'theme', 'task'].includes(key)) first.set(key, value);
  url.search = '';
  url.searchParams.set('panel', panel);
  for (const [key, value] of first) url.searchParams.set(key, value);
  return url.toString();
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe's height before a page script sizes it to the panel, and the oEmbed height. */
export const EMBED_HEIGHT = 720;
/** The oEmbed width: the iframe itself takes the width of the page's column (width="100%"). */
export const EMBED_WIDTH = 720;

export interface SnippetOptions {
  /** The teacher's task shown above the panel (`task=`). */
  task?: string;
  /** Add the auto-height script (embed.js) after the iframe: the dialog does, oEmbed does not (consumers strip scripts). */
  script?: boolean;
}

/**
 * A ready-to-paste iframe (titled, lazily loaded) plus, unless `script: false`, the optional
 * auto-height script from the same site. The embed dialog and the build's oEmbed files both use it.
 */
export function embedSnippet(href: string, panel: PanelId, hide: readonly string[], title: string, lang: Lang, theme: ThemeChoice = 'system', options: SnippetOptions = {}): string {
  const src = embedUrl(href, panel, hide, lang, theme, options.task);
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_HEIGHT}" ` +
    `loading="lazy" style="border:0;max-width:100%" data-loss-lab></iframe>`;
  if (options.script === false) return iframe;
  const script = new URL('embed.js', new URL(href)).toString();
  return `${iframe}\n<script src="${escapeAttribute(script)}" async></script>`;
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/#section2.3): what a consumer such as WordPress embeds. */
export interface OEmbedDocument {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/**
 * The oEmbed response for a link to the app: the same iframe the embed dialog gives (without the
 * script, which consumers strip). `link` must be absolute (the app's public address plus the
 * link's query string): a consumer pastes the HTML into another site, where nothing resolves
 * against Loss Lab's address.
 */
export function oembedDocument(link: string, panel: PanelId, lang: Lang, title: string, iframeTitle: string, providerName: string): OEmbedDocument {
  const url = new URL(link);
  const theme = url.searchParams.get('theme');
  const hide = (url.searchParams.get('hide') ?? '').split(',').filter(Boolean);
  const html = embedSnippet(link, panel, hide, iframeTitle, lang, theme === 'dark' ? 'dark' : 'light', { script: false, task: url.searchParams.get('task') ?? '' });
  url.search = '';
  url.hash = '';
  return { type: 'rich', version: '1.0', title, provider_name: providerName, provider_url: url.toString(), html, width: EMBED_WIDTH, height: EMBED_HEIGHT };
}
