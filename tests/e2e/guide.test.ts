import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, waitForPanel } from './browser';

const browser = browserPerFile();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('the guide, the glossary and the credits on a phone', () => {
  it('from a panel to the guide, a term’s definition, a linked panel, and the credits from the footer', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate', { width: 360, height: 780, hasTouch: true });
    await waitForPanel(page);

    // The panel's intro explains its terms: a tap shows the definition, on screen.
    const term = page.locator('.panel-intro [data-term="margin"]');
    await term.tap();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain('true label');
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);

    // Every panel links to the guide.
    await page.getByRole('link', { name: 'Which loss for which task?' }).click();
    await page.getByRole('heading', { level: 2, name: 'Which loss?' }).waitFor();
    await waitForPanel(page);
    expect(new URL(page.url()).searchParams.get('panel')).toBe('guide');

    // Keyboard: focus a term in the table, read its definition, Escape closes it.
    const oneHot = page.getByRole('row').filter({ hasText: 'Single-label' }).locator('[data-term="one-hot"]');
    await oneHot.focus();
    const oneHotTip = page.locator(`[id="${await oneHot.getAttribute('aria-describedby')}"]`);
    await oneHotTip.waitFor({ state: 'visible' });
    expect(await oneHotTip.textContent()).toContain('[0, 1, 0, 0]');
    await page.keyboard.press('Escape');
    await oneHotTip.waitFor({ state: 'hidden' });

    // No accessibility violations in the guide's card layout (axe-core, through the DevTools protocol: the CSP admits no injected script).
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A claim's link opens the panel that shows it, in the state it names, in place (the document
    // is not reloaded, as with the tabs), and Back returns to the guide.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('link', { name: /Softmax of \[1000, …, 5000\]/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Softmax overflow' }).waitFor();
    await waitForPanel(page);
    expect(new URL(page.url()).searchParams.get('logits')).toBe('1000,2000,3000,4000,5000');
    expect(await page.locator('.logits-field textarea').inputValue()).toMatch(/^1000,\s?2000,\s?3000,\s?4000,\s?5000$/);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // As after a page load: the view from its top, focus in the panel area (not lost with the link).
    expect(await page.evaluate(() => [window.scrollY, document.activeElement?.id])).toEqual([0, 'main']);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Which loss?' }).waitFor();
    // By keyboard: Enter on the focused link does the same.
    await page.getByRole('link', { name: /Softmax of \[1000, …, 5000\]/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Softmax overflow' }).waitFor();
    await waitForPanel(page);
    expect(new URL(page.url()).searchParams.get('logits')).toBe('1000,2000,3000,4000,5000');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // The panel's code is at hand this time: the view still starts at the top.
    expect(await page.evaluate(() => [window.scrollY, document.activeElement?.id])).toEqual([0, 'main']);

    // The credits: from the footer, not a tab.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Sources and credits' }).count()).toBe(0);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Sources and credits' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sources and credits' }).waitFor();
    await waitForPanel(page);
    expect(await page.getByRole('link', { name: /Neural Networks and Deep Learning, chapter 3/ }).getAttribute('href')).toBe('http://neuralnetworksanddeeplearning.com/chap3.html');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a guide link keeps the language and theme chosen since the link was opened; the depth link opens in place too', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=guide&lang=en&theme=light');
    await waitForPanel(page);
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByLabel('主题').selectOption('dark');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.locator('a[data-panel-link="depth"]').last().click();
    await page.locator('#panel-title-depth').waitFor();
    await waitForPanel(page);
    const url = new URL(page.url());
    expect([url.searchParams.get('panel'), url.searchParams.get('lang'), url.searchParams.get('theme')]).toEqual(['depth', 'zh-CN', 'dark']);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme, (window as unknown as { sameDocument?: boolean }).sameDocument])).toEqual(['zh-CN', 'dark', true]);
    // A tab, the same.
    await page.locator('nav a[href*="panel=softmax"]').click();
    await page.locator('#panel-title-softmax').waitFor();
    const tab = new URL(page.url());
    expect([tab.searchParams.get('lang'), tab.searchParams.get('theme')]).toEqual(['zh-CN', 'dark']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
