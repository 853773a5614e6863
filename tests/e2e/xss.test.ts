import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, waitForPanel } from './browser';
import { PANEL_IDS, PANELS } from '../../src/panels/registry';
import { APP_KEYS } from '../../src/state/appUrl';

/*
 * Text is never markup: the payload goes into every URL parameter of every panel (its schema's
 * keys, the app's keys and a few that do not exist yet, such as `task`) and into every text field,
 * and must come back as text. An observer installed before the page's first script records any
 * element that carries the payload's attributes, even one removed again at once.
 */
const PAYLOAD = '<img src=x onerror=alert(1)>';
const EXTRA_KEYS = ['task', 'q', 'title', 'foo'];

const browser = browserPerFile();

async function watchForMarkup(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const created: string[] = [];
    (window as unknown as { __markup: string[] }).__markup = created;
    const check = (node: Node) => {
      if (!(node instanceof Element)) return;
      for (const element of [node, ...node.querySelectorAll('*')]) {
        if (element.matches('img[src="x"], [onerror], [onload]')) created.push(element.outerHTML.slice(0, 120));
      }
    };
    new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(check))).observe(document, { childList: true, subtree: true });
  });
}

const createdMarkup = (page: Page) => page.evaluate(() => (window as unknown as { __markup: string[] }).__markup);

/** A query with the payload in every key of the panel and of the app (the view keys given apart). */
function hostileQuery(view: string, panel: string): string {
  const keys = [...Object.keys(PANELS[panel as keyof typeof PANELS].schema), ...APP_KEYS.filter((key) => key !== 'panel' && key !== 'embed'), ...EXTRA_KEYS];
  return `?${view}=${panel}&${keys.map((key) => `${encodeURIComponent(key)}=${encodeURIComponent(PAYLOAD)}`).join('&')}`;
}

/** Types the payload into every editable text field of the page, finishing with Enter or by leaving the field. */
async function typeEverywhere(page: Page): Promise<number> {
  const fields = page.locator('input[type="text"]:not([readonly]), input:not([type]):not([readonly]), textarea:not([readonly]), input[type="search"], input[type="url"]');
  const count = await fields.count();
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible())) continue;
    await field.fill(PAYLOAD);
    await field.press(i % 2 ? 'Enter' : 'Tab');
  }
  return count;
}

describe('text is never markup', () => {
  it('the payload as the panel or embed name is shown as text', async () => {
    const { page, context, errors } = await openApp(browser, `?panel=${encodeURIComponent(PAYLOAD)}`, { beforeLoad: watchForMarkup });
    await waitForPanel(page);
    expect(await page.locator('.notice').textContent()).toContain(PAYLOAD);
    await page.goto(page.url().replace(/\?.*/, `?embed=${encodeURIComponent(PAYLOAD)}&task=${encodeURIComponent(PAYLOAD)}`));
    await waitForPanel(page);
    expect(await createdMarkup(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in every URL parameter of every panel (site and embed) and in every text field: no element, no dialog', async () => {
    const { page, context, errors } = await openApp(browser, hostileQuery('panel', PANEL_IDS[0]), { beforeLoad: watchForMarkup });
    const base = page.url().replace(/\?.*/, '');
    const typedInto: Record<string, number> = {};
    for (const panel of PANEL_IDS) {
      for (const view of ['panel', 'embed']) {
        const query = hostileQuery(view, panel);
        if (page.url() !== base + query) await page.goto(base + query);
        await waitForPanel(page);
        // The notice quotes the ignored values as text.
        expect(await page.locator('.notice').first().textContent(), `${view}=${panel}`).toContain(PAYLOAD);
        // The fields are the same in the embed: typed into once, in the site view.
        if (view === 'panel') typedInto[panel] = await typeEverywhere(page);
        expect(await page.locator('img[src="x"]').count(), `${view}=${panel}`).toBe(0);
        expect(await createdMarkup(page), `${view}=${panel}`).toEqual([]);
      }
    }
    // Fields were found (number boxes, the logits field; some panels have only sliders).
    expect(Object.values(typedInto).reduce((sum, n) => sum + n, 0), JSON.stringify(typedInto)).toBeGreaterThan(4);
    expect(errors).toEqual([]);
    await context.close();
  });
});
