import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precacheEntriesOf, precacheProblemsIn } from '../../scripts/precache';
import { contentSecurityPolicy } from '../../scripts/vite-plugin-prerender';
import { PANEL_IDS } from '../../src/panels/registry';
import { browserPerFile, openApp, waitForPanel } from './browser';
import { serveStatic, SUB_PATH } from './server';

/*
 * Works offline once loaded: the app is served by a server of this file's own (under the course
 * sub-path, with the page's strict policy also sent as a header, which the worker's script gets
 * too), visited once with its service worker allowed; then that server is shut down and the
 * browser put offline, and every panel and an embed must still render, from the precache alone.
 */
const dist = resolve(process.env.LOSS_LAB_DIST ?? 'dist');
const precache = precacheEntriesOf(readFileSync(resolve(dist, 'sw.js'), 'utf8'));
const browser = browserPerFile();
let server: Server | undefined;
let appUrl = '';

beforeAll(async () => {
  const served = await serveStatic(dist, {}, { headers: { 'Content-Security-Policy': contentSecurityPolicy() } });
  server = served.server;
  appUrl = `${served.origin}${SUB_PATH}`;
});

function shutDown(): Promise<void> {
  return new Promise<void>((done) => {
    if (!server?.listening) return done();
    server.close(() => done());
    server.closeAllConnections();
  });
}

afterAll(shutDown);

describe('offline', () => {
  it('the build precaches every file the app needs, each at its current revision', () => {
    expect(precache.map((entry) => entry.url)).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'embed.js', 'views/embed-softmax-zh-CN.html']));
    expect(precache.some((entry) => /^assets\/classic-.*\.js$/.test(entry.url))).toBe(true);
    expect(precacheProblemsIn(dist, precache)).toEqual([]);
  });

  it('after one visit, reloads and shows every panel and an embed with the server gone and the browser offline', async () => {
    const { page, context, errors } = await openApp(browser, '', { appUrl, serviceWorkers: 'allow' });
    await waitForPanel(page);
    // The worker installs (its whole precache) and claims this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const precacheName = names.find((name) => name.startsWith('workbox-precache'));
      return precacheName ? (await (await caches.open(precacheName)).keys()).length : 0;
    });
    expect(cached).toBe(precache.length);

    await shutDown();
    await context.setOffline(true);
    const reloaded = await page.reload({ waitUntil: 'load' });
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await waitForPanel(page);

    // Every panel's own link (the boot script fetches its view's HTML from the cache), a link with a
    // panel's values (rendered afresh) and an embed in Chinese.
    const queries = [...PANEL_IDS.map((id) => `?panel=${id}`), '?panel=surrogate&m=1.5', '?embed=softmax&lang=zh-CN'];
    for (const query of queries) {
      const response = await page.goto(`${appUrl}${query}`, { waitUntil: 'load' });
      expect(response?.fromServiceWorker(), query).toBe(true);
      await waitForPanel(page);
      const id = new URLSearchParams(query).get('panel') ?? new URLSearchParams(query).get('embed');
      await expect.poll(() => page.locator(`[data-panel="${id}"] [data-testid="panel-body"]`).count(), query).toBeGreaterThan(0);
    }
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(errors).toEqual([]);
    await context.close();
  });
});
