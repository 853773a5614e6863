import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { contentSecurityPolicy, DOCUMENT_GZIP_BUDGET, SLICE_WAIT_MS } from '../../scripts/vite-plugin-prerender';
import { browserPerFile, openApp, waitForPanel } from './browser';
import { serveStatic, SUB_PATH } from './server';

/*
 * The first paint (scripts/vite-plugin-prerender.ts): the page alone paints the default view,
 * styled, with or without JavaScript; another view's link needs only its views/<key>.html; a host
 * whose own policy refuses the inline boot script and stylesheet still gets a styled page, never an
 * unstyled one; and the prerendered charts take the height the app gives them (no layout shift).
 */
const browser = browserPerFile();
let strictServer: Server | undefined;
/** The same build behind a host policy without the page's hashes ('self' only). */
let strictUrl = '';

beforeAll(async () => {
  const served = await serveStatic(resolve(process.env.LOSS_LAB_DIST ?? 'dist'), {}, { headers: { 'Content-Security-Policy': contentSecurityPolicy() } });
  strictServer = served.server;
  strictUrl = `${served.origin}${SUB_PATH}`;
});

afterAll(() => new Promise<void>((done) => (strictServer ? strictServer.close(() => done()) : done())));

/** A fresh page at 412 × 823 (Lighthouse's phone) that may load only the requests `allowed` admits. */
async function openWith(url: string, options: { javaScript: boolean; allowed?: (url: string) => boolean; held?: (url: string) => boolean }): Promise<{ context: BrowserContext; page: Page; heldUrls: string[] }> {
  const context = await browser().newContext({ viewport: { width: 412, height: 823 }, javaScriptEnabled: options.javaScript, serviceWorkers: 'block' });
  const page = await context.newPage();
  const { allowed, held } = options;
  // A held request is never answered (as on a stalled link); the others are served or refused.
  const heldUrls: string[] = [];
  if (allowed) await page.route('**/*', (route) => (held?.(route.request().url()) ? void heldUrls.push(route.request().url()) : allowed(route.request().url()) ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, heldUrls };
}

/** What a first paint must show: the header, the panel's heading and text and its first chart, styled. */
async function firstView(page: Page, panel: string) {
  return page.evaluate((id) => {
    const shown = (selector: string) => document.querySelector(selector)?.checkVisibility({ visibilityProperty: true }) ?? false;
    return {
      header: shown('.loss-lab h1'),
      heading: shown(`#panel-title-${id}`),
      text: shown('.panel-intro'),
      chart: shown('.panel-body svg'),
      styled: getComputedStyle(document.querySelector('.loss-lab') ?? document.body).getPropertyValue('--accent').trim() !== '',
    };
  }, panel);
}

const ALL_SHOWN = { header: true, heading: true, text: true, chart: true, styled: true };
const onlyThePage = (url: string) => new URL(url).pathname === SUB_PATH;

describe('first paint', () => {
  it('the default view paints from the page alone, styled, with and without JavaScript', async () => {
    for (const javaScript of [true, false]) {
      const { context, page } = await openWith(`${inject('appUrl')}?panel=surrogate`, { javaScript, allowed: onlyThePage });
      expect(await firstView(page, 'surrogate'), `JavaScript ${javaScript ? 'on' : 'off'}`).toEqual(ALL_SHOWN);
      // What follows the first chart waits in inert templates (deferLater): not laid out for the first
      // paint; the boot script puts it back after that paint, even when the app's code cannot load.
      const later = () => page.evaluate(() => ({ templates: document.querySelectorAll('#root template[data-later]').length, cards: document.querySelectorAll('.formula-cards').length, footer: document.querySelector('.site-footer')?.checkVisibility() ?? false }));
      if (javaScript) await expect.poll(later).toEqual({ templates: 0, cards: 1, footer: true });
      else expect(await later()).toMatchObject({ cards: 0, footer: false });
      await context.close();
    }
  });

  it("another view's link paints from the page and that view's HTML only", async () => {
    const { context, page } = await openWith(`${inject('appUrl')}?embed=depth`, { javaScript: true, allowed: (url) => onlyThePage(url) || /\/views\/embed-depth-en\.html$/.test(url) });
    await page.locator('#panel-title-depth').waitFor();
    expect(await firstView(page, 'depth')).toEqual(ALL_SHOWN);
    expect(await page.locator('#panel-title-surrogate').count()).toBe(0);
    // Styled by the rules its HTML carries (the whole stylesheet could not load here), still applied.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await context.close();

    // With the whole stylesheet loaded (after the first paint), the view's own rules step aside.
    const full = await openApp(browser, '?embed=depth', { width: 412, height: 823 });
    await waitForPanel(full.page);
    expect(await full.page.evaluate(() => ({ adopted: document.adoptedStyleSheets.length, linked: [...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => (l as HTMLLinkElement).sheet).length }))).toEqual({ adopted: 0, linked: 1 });
    expect(full.errors).toEqual([]);
    await full.context.close();
  });

  it('the page fits in the first round trip of a new connection (DOCUMENT_GZIP_BUDGET), its inline stylesheet a part of the file', () => {
    const dist = resolve(process.env.LOSS_LAB_DIST ?? 'dist');
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
    expect(gzipSync(html).length).toBeLessThanOrEqual(DOCUMENT_GZIP_BUDGET);
    const inline = /<style id="loss-lab-css">([\s\S]*?)<\/style>/.exec(html)![1];
    const file = readFileSync(resolve(dist, /<link rel="stylesheet" href="\.\/(assets\/[^"]+\.css)">/.exec(html)![1]), 'utf8');
    expect(inline.length).toBeLessThan(file.length / 2);
    // Every inline rule is in the file, in the same order: once the file is linked, the cascade is the file's.
    let at = 0;
    for (const rule of inline.split('}').filter(Boolean)) {
      const found = file.indexOf(`${rule}}`, at);
      expect(found, rule).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  it('a split view (neuron) paints from the page and its first part; the rest comes after that paint, and the footer waits for it', async () => {
    const firstPart = (url: string) => onlyThePage(url) || /\/views\/panel-neuron-en\.html$/.test(url);
    const rest = (url: string) => /\/views\/panel-neuron-en\.rest\.html$/.test(url);
    // The rest on its way (held): the first part shows, the footer waits.
    const { context, page, heldUrls } = await openWith(`${inject('appUrl')}?panel=neuron`, { javaScript: true, allowed: firstPart, held: rest });
    await page.locator('#panel-title-neuron').waitFor();
    expect(await firstView(page, 'neuron')).toEqual(ALL_SHOWN);
    await expect.poll(() => heldUrls.length).toBe(1);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.neuron-sweep').count()).toBe(0);
    await context.close();

    // The rest refused (and the app's code too): the first part stays on screen, the footer comes back.
    const failed = await openWith(`${inject('appUrl')}?panel=neuron`, { javaScript: true, allowed: firstPart });
    expect(await failed.page.evaluate(() => (window as { lossLabFirstView?: Promise<boolean> }).lossLabFirstView)).toBe(false);
    expect(await firstView(failed.page, 'neuron')).toEqual(ALL_SHOWN);
    expect(await failed.page.locator('.site-footer').isVisible()).toBe(true);
    await failed.context.close();

    const full = await openApp(browser, '?panel=neuron', { width: 412, height: 823 });
    await waitForPanel(full.page);
    const after = await full.page.evaluate(async () => {
      const lcp = await new Promise<number>((done) => new PerformanceObserver((list) => done(list.getEntries()[0].startTime)).observe({ type: 'largest-contentful-paint', buffered: true }));
      const rest = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/views/panel-neuron-en.rest.html'));
      return { restAfterPaint: rest !== undefined && rest.startTime >= lcp, attributes: ['data-rest', 'data-swap'].filter((name) => document.documentElement.hasAttribute(name)), marks: document.querySelectorAll('template[data-rest]').length };
    });
    expect(after).toEqual({ restAfterPaint: true, attributes: [], marks: 0 });
    expect(await full.page.locator('.site-footer').isVisible()).toBe(true);
    expect(await full.page.locator('.neuron-sweep').count()).toBe(1);
    expect(full.errors).toEqual([]);
    await full.context.close();
  });

  it('under a host policy without the page’s hashes: styled from the files, never painted unstyled, and without JavaScript too', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=neuron', {
      appUrl: strictUrl,
      width: 412,
      beforeLoad: async (p) => {
        await p.addInitScript(() => {
          // Before every frame from the first: #root must not be visible without the stylesheet.
          const w = window as unknown as { __unstyledFrames: number };
          w.__unstyledFrames = 0;
          const check = () => {
            const root = document.getElementById('root');
            const app = root?.querySelector('.loss-lab');
            if (app && root?.checkVisibility() && getComputedStyle(app).getPropertyValue('--accent').trim() === '') w.__unstyledFrames += 1;
            if (!document.documentElement.hasAttribute('data-ready')) requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
      },
    });
    await waitForPanel(page);
    expect(await firstView(page, 'neuron')).toEqual(ALL_SHOWN);
    expect(await page.evaluate(() => (window as unknown as { __unstyledFrames: number }).__unstyledFrames)).toBe(0);
    // Only the page's inline boot script and stylesheet were refused (the console says so).
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await context.close();

    const noScript = await openWith(`${strictUrl}?panel=surrogate`, { javaScript: false });
    expect(await firstView(noScript.page, 'surrogate')).toEqual(ALL_SHOWN);
    await noScript.context.close();
  });

  it('nothing moves when the app takes over the prerendered charts (CLS 0), on a phone and a laptop', async () => {
    // Whether what follows the first chart is put back before the first paint: yes where it would be on
    // screen (an embed's short chart on a phone: as much as fills the window; the controls beside the
    // chart on a laptop: all of it); on a phone's panel it is below the fold and comes after that
    // paint (neuron is split instead). After the paint it comes back one template per frame, and the
    // app starts only once all of it is back.
    for (const [query, width, early, after] of [['?embed=depth', 412, true, true], ['?embed=surrogate', 412, true, true], ['?panel=surrogate', 1280, true, false], ['?panel=surrogate', 412, false, true], ['?panel=neuron', 1280, null, false]] as const) {
      const { page, context } = await openApp(browser, query, {
        width,
        height: width === 412 ? 823 : 900,
        beforeLoad: async (p) => {
          await p.addInitScript(() => {
            const w = window as unknown as { __shift: number };
            w.__shift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__shift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            const put = HTMLTemplateElement.prototype.replaceWith;
            const v = window as unknown as { __putBack?: number; __frame: number; __putBacks: { at: number; frame: number; started: boolean }[]; lossLabStarted?: boolean };
            v.__frame = 0;
            v.__putBacks = [];
            const tick = () => {
              v.__frame += 1;
              if (!document.documentElement.hasAttribute('data-ready')) requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
            HTMLTemplateElement.prototype.replaceWith = function (...nodes) {
              v.__putBack ??= performance.now();
              if (this.hasAttribute('data-later')) v.__putBacks.push({ at: performance.now(), frame: v.__frame, started: v.lossLabStarted === true });
              return put.apply(this, nodes);
            };
          });
        },
      });
      await waitForPanel(page);
      // Two frames after the app's first render: its measured charts have been drawn.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), `${query} at ${width} px`).toBe(0);
      const putBack = await page.evaluate(async (wait) => {
        const at = (window as unknown as { __putBack?: number }).__putBack;
        const paint = await new Promise<number>((done) => new PerformanceObserver((list, observer) => {
          const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (entry) { observer.disconnect(); done(entry.startTime); }
        }).observe({ type: 'paint', buffered: true }));
        const afterPaint = (window as unknown as { __putBacks: { at: number; frame: number; started: boolean }[] }).__putBacks.filter((p) => p.at > paint);
        // Two parts in one frame only where no frame came for the boot's wait (a busy machine): then the next part goes anyway.
        const crowded = afterPaint.filter((p, i) => i > 0 && p.frame === afterPaint[i - 1]!.frame && p.at - afterPaint[i - 1]!.at < wait - 1).length;
        return { early: at === undefined ? null : at < paint, after: afterPaint.length, crowded, started: afterPaint.filter((p) => p.started).length };
      }, SLICE_WAIT_MS);
      expect(putBack.early, `${query} at ${width} px: later parts put back before the first paint`).toBe(early);
      if (after) expect(putBack, `${query} at ${width} px: put back after the first paint, one template per frame, before the app starts`).toEqual({ early, after: putBack.after, crowded: 0, started: 0 });
      expect(putBack.after > 2, `${query} at ${width} px: some put back after the first paint`).toBe(after);
      expect(await page.locator('#root template[data-later]').count()).toBe(0);
      await context.close();
    }
  });
});
