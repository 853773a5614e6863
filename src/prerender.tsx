/**
 * Build-time rendering (run by scripts/vite-plugin-prerender.ts, never shipped to the browser):
 * each view's default HTML, with React's static prerender, which waits for lazy panels and their
 * Suspense boundaries so the HTML holds the whole first view.
 */
import { prerender } from 'react-dom/static';
import { App } from './App';
import { createStaticAddressBar } from './state/addressBar';
import { FIRST_VIEW_CONFIG } from './state/appUrl';
import { firstView } from './state/firstView';
import { LANGS, type Lang } from './i18n/lang';
import { shellStrings } from './i18n/shell';
import { interpolate } from './i18n/strings';
import { PANEL_IDS, PANELS } from './panels/registry';
import { parseAppUrl } from './state/appUrl';
import { oembedDocument, type OEmbedDocument } from './state/share';
import { loadLang } from './i18n/packs';

// Every language is prerendered: the Chinese pack (src/i18n/packs.ts) is loaded before any view.
await loadLang('zh-CN');

export { firstView, FIRST_VIEW_CONFIG };
export { PREFERENCE_KEYS } from './state/preferences';

/** Every view the build prerenders: each panel in the site and as an embed, in each language. */
export function prerenderedViews(): { key: string; search: string; lang: string }[] {
  const views: { key: string; search: string; lang: string }[] = [];
  for (const lang of LANGS) {
    for (const id of PANEL_IDS) {
      for (const kind of ['panel', 'embed'] as const) {
        const search = `?${kind}=${id}&lang=${lang}`;
        const { key } = firstView(search, null, null, [], FIRST_VIEW_CONFIG);
        views.push({ key, search, lang });
      }
    }
  }
  return views;
}

/**
 * The HTML of one view as the client's first render produces it (so it can hydrate). Any error
 * while rendering fails the build: React would otherwise ship a client-rendered hole silently.
 */
export async function renderView(search: string, lang: string): Promise<string> {
  // The first pass loads every lazy chunk the view uses; the second finds them loaded and renders
  // without suspending, so the HTML needs none of React's inline scripts for late Suspense
  // boundaries (the page's CSP allows no inline script but its own two).
  await renderOnce(search, lang);
  return renderOnce(search, lang);
}

async function renderOnce(search: string, lang: string): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(<App address={createStaticAddressBar(search)} initial={{ lang, theme: '' }} />, {
    onError: (error) => {
      errors.push(error);
    },
    // Never outline a large Suspense boundary into a late segment: that takes an inline script.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  const html = await new Response(prelude).text();
  if (errors.length > 0) throw new Error(`prerender ${search}: ${errors.map((e) => (e instanceof Error ? e.stack : String(e))).join('\n')}`);
  if (/<script/i.test(html)) throw new Error(`prerender ${search}: the HTML holds a script (a Suspense boundary resolved late?)`);
  return html;
}


/**
 * The oEmbed response for a view (the build writes one per prerendered view into dist/oembed/):
 * `appUrl` is the app's public address (LOSS_LAB_ORIGIN), which the iframe's src needs absolute.
 */
export function oembedFor(search: string, lang: string, appUrl: string): OEmbedDocument {
  const app = parseAppUrl(search);
  const panel = app.embed ?? app.panel;
  const strings = shellStrings[lang as Lang];
  const title = PANELS[panel].labels[lang as Lang].title;
  return oembedDocument(new URL(search, appUrl).toString(), panel, lang as Lang, title, interpolate(strings.iframeTitle, { panel: title }), strings.title);
}
