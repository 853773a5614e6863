/*
 * After `vite build`, makes dist/index.html paint without JavaScript and load on any host:
 *
 * 1. Prerender: an SSR build of src/prerender.tsx renders every view (each panel in the site and as
 *    an embed, in each language) with React's static prerender. The default view (the first panel,
 *    in English) goes into index.html's #root; every view into dist/views/<key>.html, and where
 *    its blocks after the first chart are heavy, those into dist/views/<key>.rest.html (splitView);
 *    in the others, what follows the first chart waits in inert templates until after the first
 *    paint (deferLater), so that paint parses, styles and lays out only what is on a phone's screen.
 * 2. First paint from the page alone, in the first round trip (DOCUMENT_GZIP_BUDGET): the rules the
 *    default view's HTML uses (criticalCss) are inline in a <style>, and a small boot script (minified)
 *    inline at the top of <head>, both allowed by their sha256 hashes in the page's policy. Every other
 *    view's file starts with a <style> of the rules its HTML uses, which the boot script applies as a
 *    constructed stylesheet (CSSOM: no inline element, so no hash needed) while it swaps that view in.
 *    The whole stylesheet is linked after the first paint (with the app's code); once it has loaded,
 *    the view's constructed sheet is dropped, and the app hydrates only after that.
 *    The script runs src/state/firstView.ts's rule (theme and language; for a link to another
 *    view, #root hidden while that view's HTML is fetched and swapped in; see bootScript). The same
 *    script is also a file (assets/boot-*.js, async) that does nothing when the inline copy ran: a
 *    host whose own header policy refuses inline code (`script-src 'self'`) still gets it, and the
 *    stylesheet file with it, one request later; #root arrives `hidden`, shown by the stylesheet,
 *    so such a page never paints unstyled.
 * 3. Loading on any host: the same script loads the app. Normally that is the code-split module
 *    build. In a sandboxed iframe without allow-same-origin the page has an opaque origin and module
 *    scripts are fetched with CORS, which a static host without Access-Control-Allow-Origin blocks;
 *    there it adds a classic script instead: one IIFE bundle of the whole app (built here too),
 *    which classic <script src> loads without CORS. Stylesheets are linked without `crossorigin`
 *    for the same reason.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, minifySync, type Plugin, type PluginOption } from 'vite';
import postcss, { type Container } from 'postcss';
import { JSDOM } from 'jsdom';

interface PrerenderModule {
  prerenderedViews(): { key: string; search: string; lang: string }[];
  renderView(search: string, lang: string): Promise<string>;
  firstView: (...args: never[]) => unknown;
  FIRST_VIEW_CONFIG: unknown;
  PREFERENCE_KEYS: { lang: string; theme: string };
  oembedFor(search: string, lang: string, appUrl: string): { title: string };
}

/** Where oEmbed's iframe points when the build is not told the app's public address (`vite preview`'s). */
export const OEMBED_FALLBACK_URL = 'http://localhost:4173/';

/**
 * The app's public address for oEmbed, from LOSS_LAB_ORIGIN (or an absolute Vite `base`), e.g.
 * https://uni.example/courses/ml101/loss-lab/: its folder, ending in "/". Null when not given.
 */
export function publicAppUrl(env: string | undefined, base: string): string | null {
  const given = env?.trim() || (/^https?:\/\//i.test(base) ? base : '');
  if (!given) return null;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`LOSS_LAB_ORIGIN is not a URL: ${given}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`LOSS_LAB_ORIGIN must be an http(s) URL: ${given}`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

function escapeHtmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An SVG as a `data:` URL, short: only what a URL or the HTML attribute cannot hold is escaped (`"` is
 * written `'`, which SVG takes alike), not every character encodeURIComponent would (about half the
 * bytes). Throws for an SVG holding `'`.
 */
export function svgDataUrl(svg: string): string {
  if (svg.includes("'")) throw new Error("prerender: an SVG with ' cannot be written with ' for its quotes");
  return `data:image/svg+xml,${svg.trim().replace(/\s+/g, ' ').replace(/"/g, "'").replace(/[%#<>&?[\\\]^`{|}]/g, encodeURIComponent)}`;
}

/** A CSP source for an inline element's exact text: `'sha256-…'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page's policy: every script, style and font is a file of the build or, given their hashes,
 * the page's one inline boot script and one inline stylesheet; no other inline code, no eval.
 * Without hashes it is the policy a strict host sends (the page then boots from its files).
 */
export function contentSecurityPolicy(hashes: { script?: string; style?: string } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.script ? ` ${hashes.script}` : ''}`,
    `style-src 'self'${hashes.style ? ` ${hashes.style}` : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy a built page carries in its <meta> (hashes included): what a host may send as a header. */
export function policyInPage(html: string): string {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('no Content-Security-Policy <meta> in the page');
  return policy;
}

/**
 * Longest the boot script waits for the first paint, once the browser has laid the page out and
 * found it on screen, before it loads the app anyway (a view with nothing contentful on screen
 * reports no paint): this many frames (about 170 ms at 60 Hz). Frames, not milliseconds: on a busy
 * phone the first frame can come a second or two after DOMContentLoaded, frames come as slowly, and
 * the app's code must not push the first paint back further.
 */
const PAINT_WAIT_FRAMES = 10;
/** The same where IntersectionObserver is missing, counted from DOMContentLoaded. */
const SHOWN_WAIT_MS = 250;
/**
 * The put-back after the first paint goes one part per frame; where no frame comes within this
 * many milliseconds (an iframe whose rendering the browser throttles), the next part goes anyway.
 */
export const SLICE_WAIT_MS = 100;

/** The id of the page's inline stylesheet (the whole of the app's CSS). */
const STYLE_ID = 'loss-lab-css';

/**
 * The boot script: inline at the top of <head> (its hash in the page's policy), and the same text
 * as a file (assets/boot-*.js, loaded `async`) that does nothing if the inline copy ran
 * (`window.lossLabBooted`): a host whose own header policy refuses inline code (`script-src 'self'`)
 * still gets it, one request later. Before anything paints it runs the first-view rule: language
 * and theme, `data-pending` for a link the prerendered HTML does not show (and `data-task` when it
 * has a teacher's task, which the HTML does not hold), and for a view other than the default one
 * in #root, `data-swap` (#root hidden) while it fetches that view's HTML (views/<key>.html) and
 * swaps it in (#root is not even laid out meanwhile). `window.lossLabFirstView` settles when the
 * swap is done (true) or given up (false; `data-swap="app"`: #root laid out but unseen, so the app,
 * which then renders the view afresh, can measure it): main.tsx waits for it before hydrating. For a
 * split view, done means the rest is in place too: it is fetched once the first part has painted
 * (with the app's code), and meanwhile `data-rest` hides what follows it (the code bar, the footer).
 * If the rest cannot be had, the first part stays on screen (false: the app renders the view afresh).
 * Styles: #root arrives `hidden` and the inline stylesheet shows it (`:where(#root)[hidden]`); if a
 * host's policy refused that stylesheet (its `sheet` is null), this links the stylesheet file and
 * unhides #root once it has loaded, so nothing paints unstyled. The inline stylesheet holds only
 * what the default view's HTML uses (criticalCss); a fetched view brings its own rules (a leading
 * <style>, applied as a constructed stylesheet; where that API is missing, the view waits for the
 * stylesheet file instead); the file itself is linked when the app's code is requested, and
 * `restored` (so hydration) waits for it, as the app renders what no prerendered view holds
 * (dialogs, states, other panels). Loaded, it makes the constructed sheet redundant: dropped. (Without JavaScript, a <noscript>
 * link at the end of <body> does the same.)
 * Then it loads the app: the module build, or in an opaque origin (a sandboxed iframe: module
 * scripts and fetches there need CORS) the classic bundle, leaving the view to the app. The app's
 * code is requested once the browser has reported the prerendered view's largest paint (a
 * `largest-contentful-paint` entry, which arrives after the frame is presented; where that entry type
 * is unknown, the frame after DOMContentLoaded and the swap), so on a slow link its 90 KB do not
 * compete with the HTML for the first paint. If no paint comes: at once when the page turns out to
 * be off screen (an IntersectionObserver on the root: an iframe below the fold paints nothing), else
 * PAINT_WAIT_FRAMES frames after the browser has found it on screen. Requested earlier, in the
 * frame of the paint itself, the app's requests started before the paint was presented; with a fixed 250 ms from
 * DOMContentLoaded, a busy phone that had not painted by then began the app's download and ran its
 * code first, and the first paint came after all of it. Either way Lighthouse's estimate counted the
 * whole app in the LCP (about half of its runs under load).
 * The web manifest is linked at the same moment (installing needs it; the first paint does not), and
 * the view's later parts come out of their templates (deferLater) from then on, one template per
 * frame in document order (all at once, the style and layout of a whole panel were one long task
 * after the paint: about 90 ms at 1× on the probability panel at 412 px); `window.lossLabFirstView`
 * settles after the last one (for every view, the default one too), so the app hydrates the whole
 * view. A split view's rest goes in the same way, one block per frame. Where the page is hidden they
 * all come out at once (no frames come), and so they do where it is off screen (an iframe below the
 * fold, whose frames the browser may throttle). They come out before the first paint instead
 * (once the view is in #root: early) where they would be on screen: all of them where the first
 * chart has something beside it (a wide window) or the address has a #fragment (its target may be
 * among them), and before the classic bundle in a sandboxed iframe; where the first chart ends
 * above the bottom of the window (an embed, a tall window), those that fill the window, in document
 * order (in one column, what comes later in the document comes lower on the page), until what came
 * out last reaches below its bottom: the rest follows after the paint, as above. Before, all of a
 * panel came out before the paint there (on the softmax panel at 412 px, 554 layout objects instead
 * of about 200).
 * The entry is requested first, then, in an embed, the embed view (small: EMBED_IMPORTS), then the
 * entry's preloads (its own imports, then React's DOM renderer and the shell: see startupChunks):
 * where requests queue (six connections per host over HTTP/1.1, shared by every embed of a course
 * page), the small files do not wait behind the large chunks.
 */
function bootScript(mod: PrerenderModule, defaultKey: string, modern: string, preloads: readonly string[], embedPreloads: readonly string[], classic: string, oembed: string, css: string, manifest: string): string {
  const extra = { keys: mod.PREFERENCE_KEYS, defaultKey, views: './views/', modern, preloads, embedPreloads, classic, oembed, css, manifest, styleId: STYLE_ID, paintWaitFrames: PAINT_WAIT_FRAMES, shownWaitMs: SHOWN_WAIT_MS, sliceWaitMs: SLICE_WAIT_MS };
  // The first-view rule reads its own config (FIRST_VIEW_CONFIG) from the same object: a boot key of
  // the same name would silently change which view it picks (it did: `panels`).
  const clash = Object.keys(extra).filter((key) => key in (mod.FIRST_VIEW_CONFIG as object));
  if (clash.length) throw new Error(`prerender: boot config keys clash with the first-view config: ${clash.join(', ')}`);
  const config = JSON.stringify({ ...(mod.FIRST_VIEW_CONFIG as object), ...extra });
  const code = `(function(firstView,c){var d=document,h=d.documentElement,w=window,opaque=self.origin==='null',v;if(w.lossLabBooted)return;w.lossLabBooted=1;
function saved(k){try{return localStorage.getItem(k)}catch(e){return null}}
function when(f){if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',f);else f()}
function url(p){return new URL(p,d.baseURI).href}
function show(){var r=d.getElementById('root');if(r)r.removeAttribute('hidden')}
function manifest(){var l=d.createElement('link');l.rel='manifest';l.href=url(c.manifest);d.head.appendChild(l)}
function text(p){return fetch(url(c.views+p)).then(function(r){if(!r.ok)throw new Error(String(r.status));return r.text()})}
var full,sheet;function whole(){return full||(full=new Promise(function(done){var l=d.createElement('link');l.rel='stylesheet';l.href=url(c.css);l.onload=function(){if(sheet)d.adoptedStyleSheets=d.adoptedStyleSheets.filter(function(x){return x!==sheet});done()};l.onerror=done;d.head.appendChild(l)}))}
function styled(html){var i=html.indexOf('</style>'),b;if(html.lastIndexOf('<style>',0)||i<0)return html;b=html.slice(i+8);try{sheet=new CSSStyleSheet();sheet.replaceSync(html.slice(7,i));d.adoptedStyleSheets=d.adoptedStyleSheets.concat(sheet);return b}catch(e){sheet=0;return whole().then(function(){return b})}}
var shown,paint,painted=new Promise(function(r){paint=r}),restore,restored=new Promise(function(r){restore=r});
function first(){return d.querySelector('#root template[data-later]')}
function back(t){t.replaceWith(t.content)}
function later(){for(var t;(t=first());)back(t)}
function frame(f){var n=0,g=function(){if(!n++)f()};if(d.hidden)return g();requestAnimationFrame(g);setTimeout(g,c.sliceWaitMs)}
function slices(take,put){return new Promise(function(done){(function next(){frame(function(){var x=take();if(!x)return done();put(x);next()})})()})}
function early(){var r=d.getElementById('root'),c=r&&r.querySelector('.chart-frame'),b=r&&r.querySelector('.panel-body'),x,y,t,n;if(!c||!b||location.hash)return later();x=c.getBoundingClientRect();if(x.width<b.getBoundingClientRect().width*0.9)return later();
for(y=x.bottom;y<innerHeight&&(t=first());){n=[].slice.call(t.content.childNodes);back(t);n.forEach(function(e){if(e.getBoundingClientRect)y=Math.max(y,e.getBoundingClientRect().bottom)})}}
function giveUp(){if(h.hasAttribute('data-swap'))h.setAttribute('data-swap','app');return false}
when(function(){var s=d.getElementById(c.styleId);if(s&&s.sheet)return show();whole().then(show)});
try{v=firstView(location.search,saved(c.keys.lang),saved(c.keys.theme),navigator.languages||[navigator.language],c);
h.lang=v.lang;if(v.theme)h.setAttribute('data-theme',v.theme);var o=d.querySelector('link[type="application/json+oembed"]');if(o)o.href=url(c.oembed+v.key+'.json');if(!v.hydratable)h.setAttribute('data-pending','');if(new URLSearchParams(location.search).has('task'))h.setAttribute('data-task','');
if(v.key!==c.defaultKey){h.setAttribute('data-swap',opaque?'app':'');
shown=opaque?Promise.resolve(false):text(v.key+'.html').then(styled).then(function(html){
return new Promise(function(done){when(function(){var r=d.getElementById('root');if(r&&!w.lossLabStarted){r.innerHTML=html;h.removeAttribute('data-swap');early();done(true)}else done(giveUp())})})},giveUp);
w.lossLabFirstView=shown.then(function(ok){var t=ok&&d.querySelector('#root template[data-rest]'),got;if(!t)return restored.then(function(){return ok});h.setAttribute('data-rest','');got=painted.then(function(){return text(v.key+'.rest.html')});
return restored.then(function(){return got}).then(function(html){var x=d.createElement('template'),l=[],g=[];if(w.lossLabStarted)throw 0;x.innerHTML=html;[].slice.call(x.content.childNodes).forEach(function(n){g.push(n);if(n.nodeType===1){l.push(g);g=[]}});if(g.length)l.push(g);
return slices(function(){return l.shift()},function(g){g.forEach(function(n){t.parentNode.insertBefore(n,t)})})}).then(function(){t.remove();h.removeAttribute('data-rest');return true}).catch(function(){h.removeAttribute('data-rest');return false})})}
else w.lossLabFirstView=restored.then(function(){return true})}
catch(e){h.setAttribute('data-pending','')}
if(!opaque&&v&&v.key===c.defaultKey)when(early);
if(opaque){when(function(){later();restore(whole());var s=d.createElement('script');s.src=url(c.classic);d.body.appendChild(s)})}
else{var started=0,go=function(all){if(started)return;started=1;if(all===1)later();paint();manifest();import(url(c.modern));(v&&v.key.indexOf('embed-')===0?c.embedPreloads:[]).concat(c.preloads).forEach(function(p){var l=d.createElement('link');l.rel='modulepreload';l.href=url(p);d.head.appendChild(l)});
restore(Promise.all([slices(first,back),whole()]))};
Promise.resolve(shown).then(function(){when(function(){var P=w.PerformanceObserver,I=w.IntersectionObserver,o,i;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('largest-contentful-paint')>=0){o=new P(function(){o.disconnect();setTimeout(go,0)});o.observe({type:'largest-contentful-paint',buffered:true})}else requestAnimationFrame(function(){setTimeout(go,0)});
if(I){i=new I(function(e){var n=0;i.disconnect();if(!e[0].isIntersecting)return go(1);(function frame(){if(!started)if(++n>c.paintWaitFrames)go();else requestAnimationFrame(frame)})()});i.observe(h)}else setTimeout(go,c.shownWaitMs)})})}})(${String(mod.firstView)},${CONFIG_SLOT});`;
  // Minified (names shortened; the page-wide ones, window.lossLab*, kept): 380 bytes less in the
  // first round trip. The config goes in afterwards, as JSON, as written.
  const minified = minifySync('boot.js', code, { compress: true, mangle: true });
  if (minified.errors?.length) throw new Error(`prerender: the boot script does not minify: ${minified.errors.map((e) => e.message).join('; ')}`);
  if (minified.code.split(CONFIG_SLOT).length !== 2) throw new Error('prerender: the minified boot script lost its config slot');
  return minified.code.trim().replace(CONFIG_SLOT, () => config);
}

/** Where the boot script's config goes once the script is minified (a global name: kept as it is). */
const CONFIG_SLOT = 'lossLabBootConfig';

/** Text that may stand inside an inline <script> or <style> element as it is. */
function assertInlinable(text: string, element: 'script' | 'style'): string {
  if (new RegExp(`</${element}|<!--`, 'i').test(text)) throw new Error(`prerender: the inline ${element} would hold "</${element}" or "<!--"`);
  return text;
}

/** Writes a script into dist/assets under a content-hashed name; returns its page-relative URL. */
function writeAsset(outDir: string, stem: string, text: string): string {
  const name = `${stem}-${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.js`;
  writeFileSync(join(outDir, 'assets', name), text);
  return `./assets/${name}`;
}

/** Where a prerendered view's later blocks stood in its first part, until the boot script puts them back. */
export const REST_MARK = '<template data-rest></template>';
/** A view is split only when its later blocks weigh at least this much (gzipped): below that, a second request costs more than it saves. */
const REST_MIN_GZIP_BYTES = 8 * 1024;

/**
 * Splits a prerendered view so that its first paint needs only the first part: the header,
 * heading, intro, and the panel's blocks up to and including its first chart; the later blocks
 * (the rest) stand in it as REST_MARK and come as a file of their own, which the boot script
 * fetches once the first part has painted and puts in the mark's place, before the app hydrates:
 * `first` with the mark replaced by `rest` is the view's HTML exactly. Null when the view has no
 * chart or what follows it is too small to be worth a request.
 * React's HTML escapes `<`, `>` and quotes inside attributes and text, so tags can be found with a
 * pattern; every element is closed, void elements and SVG's `/>` apart.
 */
export function splitView(html: string, gzipSize: (text: string) => number = (text) => gzipSync(text).length): { first: string; rest: string } | null {
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g;
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const open: { start: number; attributes: string }[] = [];
  /** Depth of the panel's root element (the panel body's first child), once found. */
  let panelDepth = -1;
  const blocks: { start: number; end: number }[] = [];
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [text, closing, name, attributes, selfClosing] = match;
    if (!name) continue;
    if (closing) {
      const element = open.pop();
      if (!element) throw new Error('prerender: unbalanced HTML in a view');
      if (open.length === panelDepth + 1 && panelDepth >= 0) blocks.push({ start: element.start, end: match.index + text.length });
      if (open.length === panelDepth) break; // the panel's root closed: its blocks are all known
    } else if (!selfClosing && !voids.has(name.toLowerCase())) {
      if (panelDepth < 0 && open.at(-1)?.attributes.includes('data-testid="panel-body"')) panelDepth = open.length;
      open.push({ start: match.index, attributes });
    }
  }
  const firstChart = blocks.findIndex((block) => html.slice(block.start, block.end).includes('class="chart-frame'));
  if (firstChart < 0 || firstChart === blocks.length - 1) return null;
  const start = blocks[firstChart + 1].start;
  const end = blocks[blocks.length - 1].end;
  const rest = html.slice(start, end);
  if (gzipSize(rest) < REST_MIN_GZIP_BYTES) return null;
  return { first: html.slice(0, start) + REST_MARK + html.slice(end), rest };
}

/** Wraps what a view's first paint does not need (see deferLater); the boot script puts it back. */
export const LATER_OPEN = '<template data-later>';
export const LATER_CLOSE = '</template>';
/**
 * At most this many elements go back in one frame after the first paint, where the view's blocks
 * allow (see inSlices): at 1× the style and layout of one such slice took up to about 10 ms on the
 * probability panel at 412 px, so well under 50 ms on a phone four times slower.
 */
export const LATER_SLICE_ELEMENTS = 40;

/**
 * Defers everything after a view's first chart to just after its first paint, without a request:
 * at each level from the chart up to the view's root element, the siblings that follow the chart
 * (or the element holding it) are wrapped in `<template data-later>` slices of at most
 * LATER_SLICE_ELEMENTS elements where they allow (inSlices; the boot script puts them back one per
 * frame, in document order), which the parser keeps
 * inert (no style, layout or paint). The first paint then holds the header, heading, intro and
 * first chart (on a phone all that is on screen); once that paint is done, the boot script moves
 * the templates' content back in its place, one template per frame while the app's code loads (in
 * one task they were one long task of style and layout: about 90 ms at 1× on the probability panel),
 * and the app hydrates after the last one, so it hydrates the view's HTML exactly. A template is not laid out, so a grid or flex row around it places the
 * chart as it would with its siblings there (each panel's later siblings sit below the chart or in
 * a column of their own width; the first-paint test checks the chart does not move). Removing
 * every `LATER_OPEN` and `LATER_CLOSE` gives the view back. Unchanged when the view has no chart
 * or nothing follows it.
 */
export function deferLater(html: string, sliceElements = LATER_SLICE_ELEMENTS): string {
  const tag = new RegExp(HTML_TAG.source, 'g');
  let depth = 0;
  /** Depth of the first chart's element while it is open; then the depth of its ancestors. */
  let chartDepth = -1;
  let cut = -1;
  const segments: { start: number; end: number }[] = [];
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [text, closing, name, attributes, selfClosing] = match;
    if (!name) continue;
    if (closing) {
      depth -= 1;
      if (depth < 0) throw new Error('prerender: unbalanced HTML in a view');
      if (cut < 0 && depth === chartDepth) cut = match.index + text.length;
      else if (cut >= 0 && depth < chartDepth) {
        // An ancestor of the chart closes: what stood between the chart's branch and it comes later
        // (up to the view's root element: its footer too, which would otherwise move down).
        if (html.slice(cut, match.index).trim()) segments.push({ start: cut, end: match.index });
        chartDepth = depth;
        cut = match.index + text.length;
      }
    } else if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) {
      if (chartDepth < 0 && /\bclass="chart-frame[\s"]/.test(attributes)) chartDepth = depth;
      depth += 1;
    }
  }
  if (depth !== 0) throw new Error('prerender: unbalanced HTML in a view');
  let out = '';
  let at = 0;
  for (const { start, end } of segments) {
    out += html.slice(at, start) + inSlices(html, start, end, sliceElements);
    at = end;
  }
  return out + html.slice(at);
}

/** An HTML start tag, end tag or comment, as React's static prerender writes them. */
const HTML_TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose children are foreign content, where a <template> would not be an HTML template: never opened up. */
const FOREIGN_ELEMENTS = new Set(['svg', 'math']);

/** The elements at the top level of html[start, end): where each starts, where its start tag and the element end, and how many elements it holds (itself included). */
function topElements(html: string, start: number, end: number): { start: number; openEnd: number; end: number; name: string; count: number }[] {
  const tag = new RegExp(HTML_TAG.source, 'g');
  tag.lastIndex = start;
  const out: { start: number; openEnd: number; end: number; name: string; count: number }[] = [];
  let depth = 0;
  for (let match = tag.exec(html); match && match.index < end; match = tag.exec(html)) {
    const [text, closing, name, , selfClosing] = match;
    if (!name) continue;
    const current = out.at(-1);
    if (closing) {
      depth -= 1;
      if (depth === 0 && current) current.end = match.index + text.length;
      continue;
    }
    if (depth === 0) out.push({ start: match.index, openEnd: match.index + text.length, end: match.index + text.length, name: name.toLowerCase(), count: 1 });
    else if (current) current.count += 1;
    if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) depth += 1;
  }
  return out;
}

/**
 * A run of deferred HTML as `<template data-later>` slices, each of at most `max` elements where
 * it can be: consecutive elements share a template up to that many; an element larger than that
 * (not svg or math) is opened up: it stands in a template of its own with its first slice of
 * children as they are and the others in templates inside it, sliced the same way (`plainFirst`).
 * Text before an element goes with it; text after the last, with the last. Removing every
 * `LATER_OPEN` and `LATER_CLOSE` gives the run back.
 */
function inSlices(html: string, start: number, end: number, max: number, plainFirst = false): string {
  let plain = plainFirst;
  const wrap = (text: string) => {
    if (!plain) return LATER_OPEN + text + LATER_CLOSE;
    plain = false;
    return text;
  };
  const elements = topElements(html, start, end);
  if (elements.length === 0) return wrap(html.slice(start, end));
  let out = '';
  let from = start;
  let count = 0;
  const flush = (to: number) => {
    if (to > from) out += wrap(html.slice(from, to));
    from = to;
    count = 0;
  };
  elements.forEach((element, i) => {
    const to = i === elements.length - 1 ? end : element.end;
    const before = i === 0 ? start : elements[i - 1].end;
    if (element.count > max && !FOREIGN_ELEMENTS.has(element.name)) {
      flush(before);
      const close = html.lastIndexOf('</', element.end - 1);
      out += wrap(html.slice(from, element.openEnd) + inSlices(html, element.openEnd, close, max, true) + html.slice(close, to));
      from = to;
      return;
    }
    if (count > 0 && count + element.count > max) flush(before);
    count += element.count;
    if (i === elements.length - 1) flush(to);
  });
  return out;
}

/**
 * The most index.html may weigh, gzipped (level 6, what a static host sends): a new connection's
 * first round trip carries 10 TCP segments, 14,600 bytes with the response's headers (Lighthouse's
 * simulated slow 4G models exactly that), and the rest comes one round trip (150 ms there) later, so
 * a page over this paints that much later (the last round's re-audit: `?embed=softmax` 1142 -> 992 ms
 * at 14,000 bytes, no gain at 16,000). 400 bytes are left for the headers (the bench server sends about 170). The build fails above it.
 */
export const DOCUMENT_GZIP_BUDGET = 14_200;

/** index.html's gzip size as a static host sends it; throws when it is over DOCUMENT_GZIP_BUDGET. */
export function assertDocumentBudget(html: string, budget = DOCUMENT_GZIP_BUDGET): number {
  const size = gzipSync(html).length;
  if (size > budget) throw new Error(`prerender: index.html is ${size} bytes gzipped, over its budget of ${budget} (DOCUMENT_GZIP_BUDGET): it would no longer arrive in the first round trip`);
  return size;
}

/** Pseudo-classes of interaction: no element is hovered, focused or pressed before the first paint, and the whole stylesheet is in place long before the app is live. */
const INTERACTION = /:(hover|focus-visible|focus-within|focus|active)(?![\w-])/;
/** Other pseudo-classes and pseudo-elements that depend on state or generate boxes: removed before matching (an element that may take them is there). */
const STATEFUL = /::?(?:checked|disabled|enabled|visited|link|target|placeholder-shown|invalid|valid|user-invalid|indeterminate|default|read-only|read-write|open|popover-open|modal|fullscreen|autofill|before|after|placeholder|selection|marker|backdrop|first-line|first-letter|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)(?:\([^)]*\))?/g;
/** Attributes the boot script and the app set on <html> (theme, data-swap, data-rest, data-pending, data-task…): any of them may be there at the first paint. */
const ON_ROOT = /^(html|:root)((?:\[[^\]]*\])+)/;

/**
 * The rules of `css` that a first paint of these pages may use: those with a selector that matches
 * an element of one of them (`pages`: whole documents, each view's HTML in its #root with its
 * templates' content in place), at any width and in any theme (@media and @supports blocks are kept
 * with the rules inside them that match; @font-face, @keyframes and the like always). Interaction
 * states (:hover, :focus…) and print styles are left out. Every rule keeps its text and its order,
 * so with the whole stylesheet linked after them (the boot script does, after the first paint), the
 * cascade is the whole stylesheet's: every rule here comes again, later, in the same order.
 */
export function criticalCss(css: string, pages: readonly string[]): string {
  const docs = pages.map((page) => new JSDOM(page).window.document);
  // The classes and ids of each page: a selector that requires one none of them has matches nothing
  // (a quick test before the matcher, which is slow: 44 views).
  const names = docs.map((doc) => {
    const found = new Set<string>();
    for (const element of doc.querySelectorAll('[class], [id]')) {
      for (const name of element.classList) found.add(`.${name}`);
      if (element.id) found.add(`#${element.id}`);
    }
    return found;
  });
  const seen = new Map<string, boolean>();
  const used = (selector: string): boolean => {
    if (INTERACTION.test(selector)) return false;
    let found = seen.get(selector);
    if (found === undefined) {
      const plain = selector
        .trim()
        .replace(ON_ROOT, '$1')
        .replace(STATEFUL, '')
        // A compound left empty (`.a ::before` -> `.a `) is any element.
        .replace(/(^|[\s>+~(,])(?=$|[\s>+~),])/g, '$1*');
      // Required: the classes and ids outside a pseudo-class's arguments (`:not(.a)`, `:is(.a, .b)` require none).
      const required = plain.replace(/\((?:[^()]|\([^()]*\))*\)/g, '').match(/[.#][\w-]+/g) ?? [];
      try {
        found = docs.some((doc, i) => required.every((name) => names[i].has(name)) && doc.querySelector(plain) !== null);
      } catch {
        found = true; // a selector the matcher does not know: kept
      }
      seen.set(selector, found);
    }
    return found;
  };
  const prune = (container: Container) => {
    container.each((node) => {
      if (node.type === 'rule') {
        if (!node.selectors.some(used)) node.remove();
      } else if (node.type === 'atrule' && /^(media|supports|container|layer)$/i.test(node.name) && node.nodes) {
        if (node.name === 'media' && /^\s*print\b/i.test(node.params)) return void node.remove();
        prune(node);
        if (node.nodes.length === 0) node.remove();
      }
    });
  };
  const root = postcss.parse(css);
  prune(root);
  return root.toString().trim();
}

/** A page for criticalCss: the page (`<div id="root"></div>` in it) with a view's HTML in #root, its deferred parts (and `rest`) in place. */
export function pageWith(page: string, viewHtml: string, rest = ''): string {
  const mark = '\u0000rest\u0000';
  const view = viewHtml.replace(REST_MARK, mark).split(LATER_OPEN).join('').split(LATER_CLOSE).join('').replace(mark, () => REST_MARK + rest);
  if (!page.includes('<div id="root"></div>')) throw new Error('prerender: no empty #root in index.html');
  return page.replace('<div id="root"></div>', () => `<div id="root" hidden>${view}</div>`);
}

/** Resolves every stylesheet import to an empty module. */
function withoutStyles(): Plugin {
  const empty = '\0loss-lab-no-css';
  return {
    name: 'loss-lab-no-css',
    enforce: 'pre',
    resolveId: (id) => (/\.css(\?.*)?$/.test(id) ? empty : null),
    load: (id) => (id === empty ? '' : null),
  };
}

type Bundle = Record<string, { type: string; fileName: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; facadeModuleId?: string | null; moduleIds?: string[] }>;

/** A chunk's file and everything it imports statically, but the entry's. */
function withImports(bundle: Bundle, files: readonly string[], entry: string): Set<string> {
  const out = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    if (out.has(file) || file === entry) continue;
    out.add(file);
    queue.push(...(bundle[file]?.imports ?? []));
  }
  return out;
}

/** Modules the entry (src/main.tsx) imports at once, on demand, so that each runs in a task of its own. */
export const STARTUP_IMPORTS = [/\/node_modules\/react-dom\/client\.js$/, /\/src\/App\.tsx$/];
/**
 * What an embed's startup imports besides (src/components/lazyEmbedView.ts): the embed view, which
 * a page of the site does not download. Preloaded only where the boot script shows an embed: the
 * entry requests it too, but only once it has arrived and run, and on a course page that request
 * queued behind the three embeds' large chunks (all 3 embeds rendered at 7.8 s instead of 6.5 s).
 */
export const EMBED_IMPORTS = [/\/src\/components\/EmbedView\.tsx$/];

/**
 * The chunks the entry imports on demand at startup (React's DOM renderer, the app's shell) and
 * everything they import statically: preloaded with the entry, so that on a slow link they do not
 * wait for the entry to arrive and run first (a round trip of 150–560 ms each, for every embed on
 * a course page). The panel's own chunks are requested by the entry (src/panels/catalog.ts):
 * preloading them here too made a course page with three embeds slower (6.6 → 7.7–10 s until all
 * were rendered), as they competed with the entry for the link.
 */
export function startupChunks(bundle: Bundle, imports: readonly RegExp[] = STARTUP_IMPORTS, except: readonly string[] = []): string[] {
  const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  if (!entry) return [];
  const picked = (entry.dynamicImports ?? []).filter((file) => {
    const chunk = bundle[file];
    return chunk?.type === 'chunk' && (chunk.moduleIds ?? []).some((id) => imports.some((pattern) => pattern.test(id.replace(/\\/g, '/'))));
  });
  if (picked.length < imports.length) throw new Error(`prerender: the entry's startup imports not found as chunks of their own (found ${picked.join(', ') || 'none'})`);
  return [...withImports(bundle, picked, entry.fileName)].filter((file) => !except.includes(file));
}

export function prerenderPlugin(reactPlugin: () => PluginOption): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isSsr = false;
  let base = './';
  let startupPreloads: string[] = [];
  let embedPreloads: string[] = [];
  return {
    name: 'loss-lab-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
      isSsr = Boolean(config.build.ssr) || config.build.lib !== false || process.env.LOSS_LAB_INNER_BUILD === '1';
    },
    generateBundle(_options, bundle) {
      if (isSsr) return;
      startupPreloads = startupChunks(bundle);
      embedPreloads = startupChunks(bundle, EMBED_IMPORTS, startupPreloads);
    },
    async closeBundle() {
      if (isSsr) return;
      process.env.LOSS_LAB_INNER_BUILD = '1';
      let work = '';
      try {
        // Folders of this build's own: Node caches modules by URL, and the lazy chunks import the
        // entry by its plain URL (a cache-busting query on the entry would load it twice); and two
        // builds may run at once.
        work = join(root, 'node_modules/.loss-lab-prerender', `${process.pid}-${Date.now()}`);
        const ssrOut = join(work, 'ssr');
        const classicOut = join(work, 'classic');
        // The whole app as one classic script, for opaque-origin (sandboxed) iframes.
        await build({
          root,
          configFile: false,
          base: './',
          logLevel: 'warn',
          // Its styles are the page's stylesheet, already linked: an IIFE build would otherwise inject
          // them again as a <style> element, which the page's policy (style-src 'self') refuses.
          plugins: [reactPlugin(), withoutStyles()],
          build: {
            outDir: classicOut,
            emptyOutDir: true,
            target: 'es2022',
            copyPublicDir: false,
            reportCompressedSize: false,
            rollupOptions: {
              input: join(root, 'src/main.tsx'),
              output: { format: 'iife', codeSplitting: false, entryFileNames: 'classic-[hash].js' },
            },
          },
        });
        const classicFile = readdirSync(classicOut).find((f) => /^classic-.*\.js$/.test(f));
        if (!classicFile) throw new Error('prerender: the classic build produced no script');
        renameSync(join(classicOut, classicFile), join(outDir, 'assets', classicFile));

        // The prerenderer, as a Node module.
        await build({
          root,
          configFile: false,
          logLevel: 'warn',
          plugins: [reactPlugin()],
          build: { ssr: join(root, 'src/prerender.tsx'), outDir: ssrOut, emptyOutDir: true, target: 'node20', rollupOptions: { output: { entryFileNames: 'prerender.mjs' } } },
        });
        const mod = (await import(pathToFileURL(join(ssrOut, 'prerender.mjs')).href)) as PrerenderModule;

        const htmlPath = join(outDir, 'index.html');
        let html = readFileSync(htmlPath, 'utf8');
        const moduleTag = html.match(/<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)"><\/script>\s*/);
        if (!moduleTag) throw new Error('prerender: no module script in index.html');
        html = html.replace(moduleTag[0], '').replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" ');
        // Module preloads are CORS requests too: the body script adds them, only where they can load.
        const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
        for (const [tag] of preloads) html = html.replace(tag, '');

        const views = mod.prerenderedViews();
        const rendered = await Promise.all(views.map(async (view) => ({ ...view, html: await mod.renderView(view.search, view.lang) })));
        const [first] = rendered;
        mkdirSync(join(outDir, 'views'), { recursive: true });
        for (const view of rendered) {
          const split = splitView(view.html);
          if (split) writeFileSync(join(outDir, 'views', `${view.key}.rest.html`), split.rest);
        }
        // oEmbed discovery: one static response per view (dist/oembed/<key>.json). The link in <head>
        // names the default view's; the boot script points it at the view a link shows. Absolute
        // when the public address is known (WordPress does not resolve a relative href).
        const appUrl = publicAppUrl(process.env.LOSS_LAB_ORIGIN, base);
        const oembedPrefix = appUrl ? `${appUrl}oembed/` : './oembed/';
        mkdirSync(join(outDir, 'oembed'), { recursive: true });
        for (const view of views) writeFileSync(join(outDir, 'oembed', `${view.key}.json`), JSON.stringify(mod.oembedFor(view.search, view.lang, appUrl ?? OEMBED_FALLBACK_URL)));
        const oembedLink = `<link rel="alternate" type="application/json+oembed" href="${escapeHtmlAttribute(`${oembedPrefix}${first.key}.json`)}" title="${escapeHtmlAttribute(mod.oembedFor(first.search, first.lang, OEMBED_FALLBACK_URL).title)}" />`;
        // The stylesheet inline (no request before the first paint); its file stays for a host whose
        // policy refuses the inline copy (the boot script links it) and for <noscript>.
        const styleTag = html.match(/<link rel="stylesheet" href="(\.\/assets\/[^"]+\.css)">\s*/);
        if (!styleTag) throw new Error('prerender: no stylesheet in index.html');
        // Vite's marker comment at the end is of no use inline.
        const css = assertInlinable(readFileSync(join(outDir, styleTag[1]), 'utf8').replace(/\/\*\$vite\$:\d+\*\/\s*$/, '').trim(), 'style');
        if (/url\(/i.test(css)) throw new Error('prerender: the stylesheet refers to a file (url()), which would resolve against index.html once inlined');
        // Inline: only the rules the default view's HTML uses (all of it, its deferred parts too: they
        // may come back before the first paint); each other view carries the rules its HTML uses in a
        // leading <style> that the boot script applies as a constructed stylesheet (CSSOM, which the
        // page's policy does not govern) until the whole stylesheet, linked after the first paint, has
        // loaded.
        const critical = assertInlinable(criticalCss(css, [pageWith(html, first.html)]), 'style');
        for (const view of rendered) {
          const split = splitView(view.html);
          const own = assertInlinable(criticalCss(css, [split ? pageWith(html, split.first, split.rest) : pageWith(html, view.html)]), 'style');
          writeFileSync(join(outDir, 'views', `${view.key}.html`), `<style>${own}</style>${split ? split.first : deferLater(view.html)}`);
        }
        html = html.replace(styleTag[0], () => `<style id="${STYLE_ID}">${critical}</style>\n  `);
        // The web manifest is for installing, not for the first paint: the boot script links it when
        // it requests the app's code (after that paint), so its request does not compete with the view.
        const manifestTag = html.match(/<link rel="manifest" href="([^"]+)">\s*/);
        if (!manifestTag) throw new Error('prerender: no manifest link in index.html');
        html = html.replace(manifestTag[0], '');
        // The icon inline (img-src allows data:): no request beside the page's own, and none again
        // when the address bar changes.
        const icon = /<link rel="icon" href="\.\/favicon\.svg" type="image\/svg\+xml" \/>/;
        if (!icon.test(html)) throw new Error('prerender: no favicon.svg link in index.html');
        const iconData = svgDataUrl(readFileSync(join(outDir, 'favicon.svg'), 'utf8'));
        html = html.replace(icon, () => `<link rel="icon" href="${escapeHtmlAttribute(iconData)}" type="image/svg+xml" />`);
        const entryPreloads = preloads.map((match) => match[1]);
        const allPreloads = [...entryPreloads, ...startupPreloads.map((file) => `./${file}`).filter((file) => !entryPreloads.includes(file))];
        const embedOnly = embedPreloads.map((file) => `./${file}`).filter((file) => !allPreloads.includes(file));
        const boot = assertInlinable(bootScript(mod, first.key, moduleTag[1], allPreloads, embedOnly, `./assets/${classicFile}`, oembedPrefix, styleTag[1], manifestTag[1]), 'script');
        const bootSrc = writeAsset(outDir, 'boot', boot);
        const policy = contentSecurityPolicy({ script: cspHash(boot), style: cspHash(critical) });
        // Function replacements: the inserted text holds `$` sequences that a replacement string would expand.
        html = html
          .replace('<div id="root"></div>', () => `<div id="root" hidden>${deferLater(first.html)}</div>`)
          .replace('<meta charset="UTF-8" />', () => `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    ${oembedLink}\n    <script>${boot}</script>`)
          // The boot file last: only a host that refuses the inline copy needs it, and it then runs at
          // once anyway (async); elsewhere it does not compete with the page for the first paint.
          .replace('</body>', () => `  <noscript><link rel="stylesheet" href="${styleTag[1]}"></noscript>\n    <script async src="${bootSrc}"></script>\n  </body>`);
        assertDocumentBudget(html);
        writeFileSync(htmlPath, html);
      } finally {
        if (work) rmSync(work, { recursive: true, force: true });
        delete process.env.LOSS_LAB_INNER_BUILD;
      }
    },
  };
}
