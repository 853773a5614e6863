import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, openApp } from './browser';

/*
 * Embeds on the platforms teachers use, each with a host page whose listener works as that
 * platform documents it (public/examples/canvas-host.js, wordpress-host.js), and oEmbed discovery.
 */
const browser = browserPerFile();

/** The embed inside `selector`, once its app has taken over the prerendered view. */
async function embedFrame(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector, { state: 'attached' })).contentFrame();
  if (!frame) throw new Error(`${selector}: no frame`);
  await frame.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30_000 });
  await frame.getByTestId('panel-body').waitFor();
  return frame;
}

/** The iframe's height on the host page and its panel's height inside, in whole pixels. */
async function heights(page: Page, selector: string, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.$eval(selector, (element) => element.clientHeight);
  const content = await frame.evaluate(() => Math.ceil(document.querySelector('.loss-lab.embed')?.getBoundingClientRect().height ?? 0));
  return { iframe, content };
}

describe('embeds size themselves on course platforms', () => {
  it('Canvas: lti.frameResize sizes the iframe to the panel, and again when the panel grows', async () => {
    const { page, context, errors } = await openApp(browser, 'examples/canvas.html', { width: 1000 });
    const frame = await embedFrame(page, '#lti-frame');
    // The teacher's task shows above the panel, as text.
    expect(await frame.getByRole('region', { name: 'Task' }).textContent()).toContain('Move the margin m to where the hinge loss becomes zero. What is m?');
    await expect.poll(async () => Math.abs((await heights(page, '#lti-frame', frame)).iframe - (await heights(page, '#lti-frame', frame)).content)).toBeLessThanOrEqual(1);
    const before = (await heights(page, '#lti-frame', frame)).iframe;
    expect(before).toBeGreaterThan(500);
    // A narrow window reflows the panel taller: the iframe follows, and settles.
    await page.setViewportSize({ width: 420, height: 900 });
    await expect.poll(async () => (await heights(page, '#lti-frame', frame)).iframe).toBeGreaterThan(before + 100);
    await expect.poll(async () => {
      const { iframe, content } = await heights(page, '#lti-frame', frame);
      return Math.abs(iframe - content);
    }).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('WordPress: the sandboxed oEmbed iframe with its secret is sized (200…1000 px), and its link opens the app in the top window', async () => {
    const { page, context, errors } = await openApp(browser, 'examples/wordpress.html', { width: 1000 });
    const frame = await embedFrame(page, '#wp-frame');
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    expect(await frame.getByRole('region', { name: '任务' }).textContent()).toContain('把温度调到 2，观察概率如何变化。');
    // The first height message removes WordPress's hiding style and hides the blockquote fallback.
    await expect.poll(() => page.$eval('#wp-frame', (element) => element.getAttribute('style'))).toBeNull();
    expect(await page.locator('blockquote.wp-embedded-content').isVisible()).toBe(false);
    await expect.poll(async () => {
      const { iframe, content } = await heights(page, '#wp-frame', frame);
      return iframe - Math.min(1000, Math.max(200, content));
    }).toBe(0);
    // "Open in Loss Lab": a sandbox without allow-popups opens no tab; WordPress's host navigates instead.
    const link = frame.getByRole('link', { name: /Loss Lab/ });
    await link.click();
    await page.waitForURL(/[?&]panel=softmax/);
    const url = new URL(page.url());
    expect(url.pathname).toBe(new URL(inject('appUrl')).pathname);
    expect(url.searchParams.get('lang')).toBe('zh-CN');
    expect(url.searchParams.has('task')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('oEmbed discovery', () => {
  it('a view’s page links its oEmbed JSON: a rich iframe of that view', async () => {
    const appUrl = inject('appUrl');
    // What a consumer such as WordPress does: fetch the page, find the link, fetch the JSON.
    const html = await (await fetch(`${appUrl}?panel=surrogate`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeTruthy();
    const doc = await (await fetch(new URL(href ?? '', appUrl))).json();
    expect(doc).toMatchObject({ type: 'rich', version: '1.0', title: 'Surrogate losses', provider_name: 'Loss Lab', width: 720, height: 720 });
    const src = new URL(/<iframe src="([^"]+)"/.exec(doc.html)?.[1].replace(/&amp;/g, '&') ?? '');
    expect(src.searchParams.get('embed')).toBe('surrogate');
    expect(doc.html).not.toContain('<script');

    // In the browser, the page's link names the view it shows; that JSON's iframe opens that embed.
    const { page, context, errors } = await openApp(browser, '?embed=softmax&lang=zh-CN');
    const live = await page.$eval('link[type="application/json+oembed"]', (link) => (link as HTMLLinkElement).href);
    expect(live).toBe(`${appUrl}oembed/embed-softmax-zh-CN.json`);
    const softmax = await (await fetch(live)).json();
    expect(softmax.title).toBe('Softmax 溢出');
    const embed = new URL(/<iframe src="([^"]+)"/.exec(softmax.html)?.[1].replace(/&amp;/g, '&') ?? '');
    expect(Object.fromEntries(embed.searchParams)).toEqual({ embed: 'softmax', lang: 'zh-CN', theme: 'light', v: '1' });
    // The iframe's address, taken under this server, is the embed.
    await page.goto(`${appUrl}${embed.search}`);
    await page.locator('#panel-title-softmax').waitFor();
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
