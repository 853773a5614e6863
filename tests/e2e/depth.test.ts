import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';

const browser = browserPerFile();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('depth panel', () => {
  it('on a phone: the keyboard adds layers, a preset shows underflow honestly, and nothing overflows the screen', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=depth', { width: 360, height: 800 });
    await waitForPanel(page);
    const rows = page.locator('[data-testid="depth-table"] tbody tr');
    expect(await rows.count()).toBe(10);
    const layers = page.getByRole('slider', { name: /Layers L/ });
    await layers.focus();
    // Back and forth by one layer on the hydrated page: the 11th layer's row and bar stay, hidden as absent, and come back.
    const shown = page.locator('[data-testid="depth-table"] tbody tr:not([hidden])');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shown.count()).toBe(10);
    expect(await page.locator('[data-testid="depth-chart"] rect[data-layer="11"]').getAttribute('display')).toBe('none');
    expect(await page.getByTestId('depth-summary').textContent()).toMatch(/From layer 10 \(the output\)/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shown.count()).toBe(11);
    expect(await page.locator('[data-testid="depth-chart"] rect[data-layer="11"]').getAttribute('display')).toBeNull();
    expect(await page.getByTestId('depth-summary').textContent()).toMatch(/From layer 11 \(the output\)/);
    await page.keyboard.press('End');
    await expect.poll(() => rows.count()).toBe(30);
    expect(await page.locator('[data-testid="depth-chart"] rect[data-layer]').count()).toBe(30);
    expect(await page.getByTestId('depth-summary').textContent()).toMatch(/From layer 30 \(the output\) to layer 1, the gradient shrank/);
    // A tap at the chart's right edge picks the last layer, and the line under the chart reads it.
    const chart = page.getByRole('slider', { name: /Bar chart of the gradient size/ });
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + box.width - 11, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('depth-readout').textContent()).toMatch(/^Layer 30: /);
    expect(await chart.getAttribute('aria-valuenow')).toBe('30');
    await page.getByRole('button', { name: 'Saturated: tanh, w = 20' }).click();
    await expect.poll(() => page.getByTestId('depth-summary').textContent()).toMatch(/stores it as 0 \(underflow\)/);
    expect(await page.locator('[data-testid="depth-chart"] rect[data-underflow]').count()).toBeGreaterThan(0);
    expect(await page.locator('.panel-depth').textContent()).not.toMatch(/NaN/);
    await expect.poll(() => page.url()).toMatch(/act=tanh/); // the address follows once the values rest
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'depth-360');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('passes an axe-core audit in Chinese and the dark theme, with underflow and exact zeros on screen', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=depth&lang=zh-CN&theme=dark&act=relu&weights=random&seed=3&layers=12&b=0.5');
    await waitForPanel(page);
    expect(await page.getByTestId('depth-summary').textContent()).toMatch(/梯度恰好为 0/);
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy admits no injected <script>.
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
