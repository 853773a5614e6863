import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, waitForPanel } from './browser';

const browser = browserPerFile();

/*
 * The first view's JavaScript holds no panel's settings: the page loads the declaration of the panel
 * it shows (a `definition-*.js` chunk) beside that panel's code, and hydrates the prerendered HTML
 * in slices. What must hold whatever the speed: the HTML on screen is hydrated in place (not one
 * node of it replaced), without an error, and only the shown panel's declaration is fetched.
 */

/**
 * Notes the prerendered elements once the view's HTML is in place, before the app takes over: the
 * view swapped in, and what follows its first chart put back from its templates (the boot script
 * does that after the first paint, just before it requests the app's code; a mutation observer's
 * callback runs before that code can).
 */
async function noteElements(page: Page, selectors: readonly string[]) {
  await page.addInitScript((list) => {
    const note = () => ((window as unknown as { noted: (Element | null)[] }).noted = list.map((selector) => document.querySelector(selector)));
    const whole = () => !document.querySelector('#root template[data-later]');
    document.addEventListener('DOMContentLoaded', () => {
      void Promise.resolve((window as { lossLabFirstView?: Promise<boolean> }).lossLabFirstView).then(() => {
        if (whole()) return void note();
        const observer = new MutationObserver(() => {
          if (!whole()) return;
          observer.disconnect();
          note();
        });
        observer.observe(document.getElementById('root')!, { childList: true, subtree: true });
      });
    });
  }, selectors);
}

const stillThere = (page: Page) => page.evaluate(() => (window as unknown as { noted: (Element | null)[] }).noted.map((element) => (element ? element.isConnected : null)));

/**
 * Each panel's declaration chunk by panel id, as the built catalog names them (`import.meta.glob` in
 * src/panels/catalog.ts, in the entry or the shared chunk it imports): other shared chunks may be called `definition-*` too.
 */
async function declarationChunks(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    // The catalog's map of declaration chunks: in whichever loaded script holds it (the entry, or the
    // chunk the entry imports it from, vite.config.ts).
    const scripts = [...performance.getEntriesByType('resource')].map((e) => e.name).filter((name) => /\/assets\/[\w.-]+\.js$/.test(name));
    const texts = await Promise.all(scripts.map(async (name) => (await fetch(name)).text()));
    const text = texts.find((t) => t.includes('/definition.ts":')) ?? '';
    return Object.fromEntries([...text.matchAll(/"\.\/(\w+)\/definition\.ts":\(\)=>[\w$]+\(\(\)=>import\([`"']\.\/(definition-[\w-]+\.js)/g)].map((m) => [m[1], m[2]]));
  });
}

function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return scripts;
}

describe('startup', () => {
  it('a panel: hydrates its HTML in place, fetching only its own declaration; the embed dialog and another tab load on demand', async () => {
    let scripts: string[] = [];
    const selectors = ['.site-header', '.panel-nav', '.panel-heading h2', '.guide-link', '.share-bar', '.panel-intro', '.panel-body svg', '.code-bar'];
    const { page, context, errors } = await openApp(browser, '?panel=surrogate', {
      beforeLoad: async (p) => {
        scripts = scriptsOf(p);
        await noteElements(p, selectors);
      },
    });
    await waitForPanel(page);
    expect(await stillThere(page)).toEqual(selectors.map(() => true));
    const declarations = await declarationChunks(page);
    expect(Object.keys(declarations)).toContain('softmax');
    const declarationsFetched = () => Object.entries(declarations).filter(([, file]) => scripts.includes(file)).map(([id]) => id);
    expect(declarationsFetched()).toEqual(['surrogate']);
    expect(scripts.some((name) => name.startsWith('EmbedDialog-'))).toBe(false);
    // Nor the embed view, nor any Chinese strings (the shell's pack, zh.strings-*; the panel's, zh-*).
    expect(scripts.filter((name) => name.startsWith('EmbedView-') || name.startsWith('zh'))).toEqual([]);

    // The embed dialog, with the panel's own hide groups, loads when first opened.
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('checkbox', { name: 'The one-line introduction' }).waitFor();
    expect(await page.locator('.embed-dialog .embed-hide input[type="checkbox"]').count()).toBeGreaterThan(1);
    expect(scripts.some((name) => name.startsWith('EmbedDialog-'))).toBe(true);

    // Another tab brings its own declaration: its guide link, intro and body.
    await page.getByRole('link', { name: 'Softmax overflow' }).click();
    await page.getByRole('heading', { level: 2, name: 'Softmax overflow' }).waitFor();
    await page.locator('.panel-intro').filter({ hasText: 'logits' }).waitFor();
    await page.locator('.guide-link').waitFor();
    await waitForPanel(page);
    expect(declarationsFetched().sort()).toEqual(['softmax', 'surrogate']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a switch to Chinese brings the shell's and the panel's Chinese strings, and the whole page speaks Chinese", async () => {
    let scripts: string[] = [];
    const { page, context, errors } = await openApp(browser, '?panel=surrogate', {
      beforeLoad: async (p) => {
        scripts = scriptsOf(p);
      },
    });
    await waitForPanel(page);
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { level: 2, name: '替代损失' }).waitFor();
    // The panel's own tables (src/panels/surrogate/zh.ts): its control labels and its chart's axis.
    await page.getByRole('slider', { name: '间隔 m' }).first().waitFor();
    expect(await page.locator('.panel-body svg text', { hasText: '损失 L(m)' }).count()).toBeGreaterThan(0);
    expect(scripts.filter((name) => name.startsWith('zh')).length).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an embed in Chinese (a view swapped in before the app runs) hydrates in place too', async () => {
    const selectors = ['.embed-title', '.panel-intro', '.panel-body', '.embed-credit a'];
    let scripts: string[] = [];
    const { page, context, errors } = await openApp(browser, '?embed=softmax&lang=zh-CN', {
      beforeLoad: async (p) => {
        scripts = scriptsOf(p);
        await noteElements(p, selectors);
      },
    });
    await waitForPanel(page);
    // The embed view is requested with the startup chunks, ahead of React's DOM renderer, not once
    // the entry has arrived and run (on a course page that request queued behind the large chunks).
    const at = (prefix: string) => scripts.findIndex((name) => name.startsWith(prefix));
    expect(at('EmbedView-')).toBeGreaterThan(-1);
    expect(at('EmbedView-')).toBeLessThan(at('client-'));
    expect(await page.locator('.embed-title').textContent()).toBe('Softmax 溢出');
    expect(await stillThere(page)).toEqual(selectors.map(() => true));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, the charts near the screen take their width after hydration; one further down keeps the server drawing until it comes near', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=more', { width: 412, height: 823 });
    await waitForPanel(page);
    // Each chart's drawn width (its viewBox) beside its width on screen, with its distance from the top of the window.
    const charts = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.panel-body figure svg[viewBox]')].map((svg) => ({
          drawn: Number(svg.getAttribute('viewBox')!.split(' ')[2]),
          shown: Math.round(svg.getBoundingClientRect().width),
          top: svg.getBoundingClientRect().top,
        })),
      );
    // The chart on screen is redrawn at its own width (narrower than the server's 640 on a phone).
    await expect.poll(async () => ((chart) => chart.drawn === chart.shown)((await charts())[0]), { timeout: 10_000 }).toBe(true);
    const before = await charts();
    expect(before[0].shown).toBeLessThan(640);
    const far = before.length - 1;
    // More than a screen below the window: still as the server drew it (640 wide, scaled to fit).
    expect(before[far].top).toBeGreaterThan(2 * 823);
    expect(before[far].drawn).toBe(640);
    expect(before[far].shown).toBe(before[0].shown);
    await page.locator('.panel-body figure svg[viewBox]').nth(far).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await charts())[far].drawn, { timeout: 10_000 }).toBe(before[0].shown);
    expect(errors).toEqual([]);
    await context.close();
  });
});
