import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precacheEntriesOf, precacheProblemsIn, revisionOf } from '../../scripts/precache';
import { policyInPage } from '../../scripts/vite-plugin-prerender';
import { PANEL_IDS } from '../../src/panels/registry';
import { browserPerFile, openApp, waitForPanel } from './browser';
import { serveStatic, SUB_PATH } from './server';

/*
 * Works offline once loaded. A copy of the build is served by a server of this file's own (under
 * the course sub-path, with the page's strict policy also sent as a header, which the worker's
 * script gets too) and visited once with its service worker allowed; then that server is shut
 * down and the browser put offline, and every panel and an embed must still render, from the
 * precache alone. Then a new version is deployed over the copy: it must wait while a page of the
 * old one is open, and be what the next visit gets.
 */
const dist = resolve(process.env.LOSS_LAB_DIST ?? 'dist');
const precache = precacheEntriesOf(readFileSync(resolve(dist, 'sw.js'), 'utf8'));
const browser = browserPerFile();
let site = '';
/** A page of the same site outside the app's folder (not a client of its worker). */
let elsewhere = '';
let elsewhereUrl = '';
let server: Server | undefined;
let appUrl = '';

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'loss-lab-offline-'));
  cpSync(dist, site, { recursive: true });
  elsewhere = mkdtempSync(join(tmpdir(), 'loss-lab-elsewhere-'));
  writeFileSync(join(elsewhere, 'index.html'), '<!doctype html><title>Course home</title><link rel="icon" href="data:,">');
  const served = await serveStatic(site, { '/courses/ml101/home/': elsewhere }, { headers: { 'Content-Security-Policy': policyInPage(readFileSync(join(site, 'index.html'), 'utf8')) } });
  server = served.server;
  appUrl = `${served.origin}${SUB_PATH}`;
  elsewhereUrl = `${served.origin}/courses/ml101/home/`;
});

function shutDown(): Promise<void> {
  return new Promise<void>((done) => {
    if (!server?.listening) return done();
    server.close(() => done());
    server.closeAllConnections();
  });
}

afterAll(async () => {
  await shutDown();
  for (const dir of [site, elsewhere]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Deploys "version 2" over the served copy: index.html marked, and the worker's precache list
 * updated to its new revision (the worker's bytes change, as a new build's do).
 */
function deployNewVersion(): string {
  const indexPath = join(site, 'index.html');
  const before = readFileSync(indexPath);
  const after = before.toString('utf8').replace('<head>', '<head>\n    <meta name="loss-lab-test-version" content="2" />');
  writeFileSync(indexPath, after);
  const swPath = join(site, 'sw.js');
  writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(revisionOf(before), revisionOf(after)));
  return revisionOf(after);
}

const version = (page: Page) => page.evaluate(() => document.querySelector('meta[name="loss-lab-test-version"]')?.getAttribute('content') ?? '1');
/** The states of the app's active and waiting workers, as a page of the same site sees them. */
const workerStates = (page: Page) =>
  page.evaluate(async (scope) => {
    const registration = await navigator.serviceWorker.getRegistration(scope);
    return { active: registration?.active?.state ?? null, waiting: registration?.waiting?.state ?? null };
  }, appUrl);
/** The precache's keys, as Workbox stores them (`<url>?__WB_REVISION__=<revision>` for unhashed files). */
const precacheKeys = (page: Page) =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
    return name ? (await (await caches.open(name)).keys()).map((request) => request.url) : [];
  });

describe('offline', () => {
  it('the build precaches every file the app needs, each at its current revision', () => {
    expect(precache.map((entry) => entry.url)).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'embed.js', 'views/embed-softmax-zh-CN.html']));
    expect(precache.some((entry) => /^assets\/classic-.*\.js$/.test(entry.url))).toBe(true);
    expect(precacheProblemsIn(dist, precache)).toEqual([]);
  });

  it('installable; after one visit, every panel and an embed load with the server gone and the browser offline; a new version waits until the old pages are closed', async () => {
    const { page, context, errors } = await openApp(browser, '', { appUrl, serviceWorkers: 'allow' });
    await waitForPanel(page);
    // The worker installs (its whole precache) and claims this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    expect(await precacheKeys(page)).toHaveLength(precache.length);
    // Installable: Chromium finds nothing missing (test contexts are incognito, where it never offers to install).
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
    await cdp.detach();

    const { port } = server!.address() as AddressInfo;
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
      await expect.poll(() => page.locator(`[data-panel="${id}"] [data-testid="panel-body"]`).count(), { message: query }).toBeGreaterThan(0);
    }
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(errors).toEqual([]);

    // Back online with a new version: the visit finds it, installs it beside the old one, and this
    // open page keeps the old version (a reload too: the page never leaves).
    const revision = deployNewVersion();
    await new Promise<void>((listening) => server!.listen(port, '127.0.0.1', listening));
    await context.setOffline(false);
    await page.goto(`${appUrl}?panel=neuron`, { waitUntil: 'load' });
    // The visit checks sw.js anyway, at a moment of the browser's choosing; asking now saves the wait.
    await page.evaluate(async () => void (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => workerStates(page), { timeout: 30_000 }).toEqual({ active: 'activated', waiting: 'installed' });
    await page.reload({ waitUntil: 'load' });
    expect(await version(page)).toBe('1');

    // Once no page of the old version is open (the student went on to the course's home page), the
    // new version takes over; the next visit gets it, and only it is cached.
    await page.close();
    const next = await context.newPage();
    next.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
    next.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await next.goto(elsewhereUrl, { waitUntil: 'load' });
    await expect.poll(() => workerStates(next), { timeout: 30_000 }).toEqual({ active: 'activated', waiting: null });
    await next.goto(`${appUrl}?panel=softmax`, { waitUntil: 'load' });
    await waitForPanel(next);
    expect(await version(next)).toBe('2');
    const keys = await precacheKeys(next);
    expect(keys).toHaveLength(precache.length);
    expect(keys).toContain(`${appUrl}index.html?__WB_REVISION__=${revision}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
