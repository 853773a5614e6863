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
export function embedUrl(href: string, panel: PanelId, hide: readonly string[], lang: Lang, theme: ThemeChoice = 'system'): string {
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
  for (const [key, value] of rest) if (!['v', 'lang', 'theme'].includes(key)) url.searchParams.set(key, value);
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
  for (const [key, value] of url.searchParams) if (!first.has(key) && !['embed', 'hide', 'panel', 'theme'].includes(key)) first.set(key, value);
  url.search = '';
  url.searchParams.set('panel', panel);
  for (const [key, value] of first) url.searchParams.set(key, value);
  return url.toString();
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A ready-to-paste iframe (titled, lazily loaded) plus the optional auto-height script from the same site. */
export function embedSnippet(href: string, panel: PanelId, hide: readonly string[], title: string, lang: Lang, theme: ThemeChoice = 'system'): string {
  const src = embedUrl(href, panel, hide, lang, theme);
  const script = new URL('embed.js', new URL(href)).toString();
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="720" ` +
    `loading="lazy" style="border:0;max-width:100%" data-loss-lab></iframe>\n` +
    `<script src="${escapeAttribute(script)}" async></script>`
  );
}
