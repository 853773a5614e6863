import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';

const browser = browserPerFile();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations, evaluated through the DevTools protocol (the CSP admits no injected script), as in a11y.test.ts. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  });
}

/**
 * "Code" in real Chromium under the page's Content-Security-Policy, on a 360 px phone: the snippet
 * of a link's own values, the code scrolling inside its box (never the page), keyboard tabs, Copy.
 */
describe('Code button', () => {
  it('shows the current values as NumPy and PyTorch code, scrolling inside its box at 360 px, in the app and in a dark Chinese embed, with no axe violations', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=regression&delta=2.5', { width: 360 });
    await waitForPanel(page);
    const toggle = page.getByRole('button', { name: 'Code', exact: true });
    await toggle.click();
    const field = page.getByRole('textbox', { name: 'NumPy code for this panel' });
    // If the snippet never shows, say what the page shows instead (pressed or not, loading, an error).
    await field.waitFor().catch(async (error: Error) => {
      const state = await page.locator('.code-bar').evaluate((bar) => ({ pressed: bar.querySelector('button')?.getAttribute('aria-expanded'), text: (bar as HTMLElement).innerText, visible: bar.checkVisibility() }));
      throw new Error(`${error.message}\nthe code bar: ${JSON.stringify(state)}; errors: ${JSON.stringify(errors)}`);
    });
    expect(await field.inputValue()).toContain('delta, beta = 2.5, 1.0');

    // The code is wider than a phone: its box scrolls, the page does not.
    const widths = await page.evaluate(() => {
      const box = document.querySelector('.code-text')!;
      return { page: document.documentElement.scrollWidth, viewport: innerWidth, content: box.scrollWidth, box: box.clientWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.content).toBeGreaterThan(widths.box);

    await page.getByRole('tab', { name: 'NumPy' }).press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'PyTorch' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('textbox', { name: 'PyTorch code for this panel' }).inputValue()).toContain('F.huber_loss(p, y, delta=delta)');
    await page.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => page.locator('.code-status').textContent()).toMatch(/Copied to the clipboard|Could not copy automatically/);
    await screenshot(page, 'code-regression-360');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await page.getByRole('tab').first().waitFor({ state: 'detached' });
    expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);

    // An embed has the button too, and its snippet follows the embed's link.
    await page.goto(`${inject('appUrl')}?embed=softmax&logits=710,0&lang=zh-CN&theme=dark`);
    await waitForPanel(page);
    await page.getByRole('button', { name: '代码' }).click();
    expect(await page.getByRole('textbox', { name: '该面板的 NumPy 代码' }).inputValue()).toContain('x = [710.0, 0.0]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
