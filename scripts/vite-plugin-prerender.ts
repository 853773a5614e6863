/*
 * After `vite build`, makes dist/index.html paint without JavaScript and load on any host:
 *
 * 1. Prerender: an SSR build of src/prerender.tsx renders every view (each panel in the site and as
 *    an embed, in each language) with React's static prerender. The default view (the first panel,
 *    in English) goes into #root; the others into <template> elements.
 * 2. First paint: a small inline script, hashed in the page's Content-Security-Policy, runs
 *    src/state/firstView.ts's rule before the first paint: it swaps in the template the link asks
 *    for, sets the theme and language, and marks a link that holds more than the prerendered view
 *    shows (`data-pending`: the panel body stays hidden until the app renders it, so no default
 *    values flash).
 * 3. Loading on any host: the same script loads the app. Normally that is the code-split module
 *    build. In a sandboxed iframe without allow-same-origin the page has an opaque origin and module
 *    scripts are fetched with CORS, which a static host without Access-Control-Allow-Origin blocks;
 *    there it adds a classic script instead: one IIFE bundle of the whole app (built here too),
 *    which classic <script src> loads without CORS. Stylesheets are linked without `crossorigin`
 *    for the same reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type PluginOption } from 'vite';

interface PrerenderModule {
  prerenderedViews(): { key: string; search: string; lang: string }[];
  renderView(search: string, lang: string): Promise<string>;
  firstView: (...args: never[]) => unknown;
  FIRST_VIEW_CONFIG: unknown;
  PREFERENCE_KEYS: { lang: string; theme: string };
}

/** The page's policy; the hashes are of the two inline scripts, the only scripts that are not files of the build. */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The two inline scripts. The first, in <head>, runs the first-view rule before anything paints:
 * language, theme, and whether #root (which holds the default view) must wait for another view's
 * template (`data-swap`). The second, after the templates, swaps that template in and loads the app.
 */
function inlineScripts(mod: PrerenderModule, defaultKey: string, modern: string, preloads: readonly string[], classic: string): { head: string; body: string } {
  const config = JSON.stringify({ ...(mod.FIRST_VIEW_CONFIG as object), keys: mod.PREFERENCE_KEYS, defaultKey });
  const head = `(function(firstView,c){var h=document.documentElement,v;
function saved(k){try{return localStorage.getItem(k)}catch(e){return null}}
try{v=firstView(location.search,saved(c.keys.lang),saved(c.keys.theme),navigator.languages||[navigator.language],c);
h.lang=v.lang;if(v.theme)h.setAttribute('data-theme',v.theme);if(v.key!==c.defaultKey)h.setAttribute('data-swap',v.key);
if(!v.hydratable)h.setAttribute('data-pending','')}catch(e){h.setAttribute('data-pending','')}})(${String(mod.firstView)},${config});`;
  const load = JSON.stringify({ modern, preloads, classic });
  const body = `(function(c){var d=document,h=d.documentElement,k=h.getAttribute('data-swap');
if(k){var t=d.getElementById('view-'+k),r=d.getElementById('root');if(t&&r)r.replaceChildren(t.content.cloneNode(true));else h.setAttribute('data-pending','');h.removeAttribute('data-swap')}
var base=d.baseURI;
if(self.origin==='null'){var s=d.createElement('script');s.src=new URL(c.classic,base).href;d.body.appendChild(s)}
else{c.preloads.forEach(function(p){var l=d.createElement('link');l.rel='modulepreload';l.href=new URL(p,base).href;d.head.appendChild(l)});import(new URL(c.modern,base).href)}})(${load});`;
  return { head, body };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function prerenderPlugin(reactPlugin: () => PluginOption): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let isSsr = false;
  return {
    name: 'loss-lab-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      isSsr = Boolean(config.build.ssr) || config.build.lib !== false || process.env.LOSS_LAB_INNER_BUILD === '1';
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
          plugins: [reactPlugin()],
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
        const [first, ...rest] = rendered;
        const templates = rest.map((view) => `<template id="view-${view.key}">${view.html}</template>`).join('\n');
        const scripts = inlineScripts(mod, first.key, moduleTag[1], preloads.map((match) => match[1]), `./assets/${classicFile}`);
        const policy = contentSecurityPolicy([sha256(scripts.head), sha256(scripts.body)]);
        // Function replacements: the inserted text holds `$` sequences that a replacement string would expand.
        html = html
          .replace('<div id="root"></div>', () => `<div id="root">${first.html}</div>\n${templates}\n<script>${scripts.body}</script>`)
          .replace('<meta charset="UTF-8" />', () => `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <script>${scripts.head}</script>`);
        writeFileSync(htmlPath, html);
      } finally {
        if (work) rmSync(work, { recursive: true, force: true });
        delete process.env.LOSS_LAB_INNER_BUILD;
      }
    },
  };
}
