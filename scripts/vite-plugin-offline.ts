/*
 * Offline after the first visit, and installable: a Workbox service worker (dist/sw.js, generated
 * by vite-plugin-pwa) precaches every file the app may load, and a web app manifest with icons.
 * src/offline/serviceWorker.ts registers it once the page has loaded.
 *
 * - Order: the prerender plugin writes dist/views/*.html, the boot script and the classic bundle
 *   in its closeBundle, and rewrites index.html. The service worker is generated in a later
 *   closeBundle (sequential, 'post', after the prerender plugin in vite.config.ts), so the glob
 *   sees those files and their final bytes; then offlineCheck reads dist/sw.js back and fails the
 *   build if a file the app needs is not precached or an unhashed file's revision is stale (so if
 *   the bundler ever ran these hooks out of order, the build would say so).
 * - vite-plugin-pwa 2 (MIT) declares Vite 8 among its peers; it drives Workbox's generateSW.
 * - Any sub-path: every URL is relative (base './', scope './'); the worker lives next to
 *   index.html and controls that folder.
 * - Queries: a link's ?panel=…&lang=… must come from the precache offline, so every URL
 *   parameter is ignored when looking a request up (no precached file has a query of its own);
 *   `/courses/…/loss-lab/?panel=neuron` is then `/courses/…/loss-lab/`, i.e. index.html. No
 *   navigateFallback: a navigation to an unknown path inside the folder would get index.html under
 *   the wrong base URL, whose relative assets then break; it fails as it would online.
 * - Updates: no skipWaiting. A new worker installs its whole precache beside the old one and waits
 *   until no page of the old version is open; the next visit then gets every file from the new
 *   version. A page that is open keeps its own version's files (its lazy chunks included), so
 *   versions never mix, and nothing reloads under a student's hands. Outdated caches are removed
 *   when the new worker activates. clientsClaim: on the very first visit the page is controlled
 *   as soon as the precache is complete, so a panel opened afterwards loads offline too.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precacheEntriesOf, precacheProblemsIn, SERVICE_WORKER_FILE } from './precache';

/** The colours of public/favicon.svg, which the icons are drawn from (scripts/make-icons.mjs). */
const ICON_BLUE = '#0072B2';

/** Fails the build when dist/sw.js does not precache what the app needs (scripts/precache.ts). */
function offlineCheck(): Plugin {
  let outDir = 'dist';
  let skip = false;
  return {
    name: 'loss-lab-offline-check',
    apply: 'build',
    // After vite-plugin-pwa's build plugin, which is enforce: 'post' too: its closeBundle writes sw.js.
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      skip = Boolean(config.build.ssr) || process.env.LOSS_LAB_INNER_BUILD === '1';
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        if (skip) return;
        const entries = precacheEntriesOf(readFileSync(join(outDir, SERVICE_WORKER_FILE), 'utf8'));
        const problems = precacheProblemsIn(outDir, entries);
        if (problems.length > 0) throw new Error(`offline: the service worker's precache is wrong:\n  ${problems.join('\n  ')}`);
      },
    },
  };
}

export function offlinePlugins(): Plugin[] {
  return [
    ...VitePWA({
      // We register the worker ourselves, after the page has loaded (src/offline/serviceWorker.ts):
      // no registerSW.js in the page, no workbox-window in the first view.
      injectRegister: false,
      // 'prompt' only keeps vite-plugin-pwa from turning on skipWaiting; no prompt is shown (see Updates above).
      registerType: 'prompt',
      scope: './',
      base: './',
      integration: { closeBundleOrder: 'post' },
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Loss Lab',
        short_name: 'Loss Lab',
        description: 'Interactive explorations of machine-learning loss functions. 交互式探索机器学习中的损失函数。',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: ICON_BLUE,
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the build writes (scripts/precache.ts says which files; the build checks it).
        // The web manifest is listed by vite-plugin-pwa itself.
        globPatterns: ['**/*'],
        globIgnores: ['**/*.map', 'manifest.webmanifest', 'sw.js', 'workbox-*.js'],
        // The classic bundle (for sandboxed iframes) is the largest file, about 0.8 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        inlineWorkboxRuntime: true,
        ignoreURLParametersMatching: [/.*/],
        directoryIndex: 'index.html',
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
    offlineCheck(),
  ];
}
