import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';

const browser = browserPerFile();

describe('depth panel', () => {
  it('on a phone: the keyboard adds layers, a preset shows underflow honestly, and nothing overflows the screen', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=depth', { width: 360, height: 800 });
    await waitForPanel(page);
    const rows = page.locator('[data-testid="depth-table"] tbody tr');
    expect(await rows.count()).toBe(10);
    const layers = page.getByRole('slider', { name: /Layers L/ });
    await layers.focus();
    await page.keyboard.press('End');
    await expect.poll(() => rows.count()).toBe(30);
    expect(await page.locator('[data-testid="depth-chart"] rect[data-layer]').count()).toBe(30);
    expect(await page.getByTestId('depth-summary').textContent()).toMatch(/From layer 30 \(the output\) to layer 1, the gradient shrank/);
    await page.getByRole('button', { name: 'Saturated: tanh, w = 20' }).click();
    await expect.poll(() => page.getByTestId('depth-summary').textContent()).toMatch(/stores it as 0 \(underflow\)/);
    expect(await page.locator('[data-testid="depth-chart"] rect[data-underflow]').count()).toBeGreaterThan(0);
    expect(await page.locator('.panel-depth').textContent()).not.toMatch(/NaN/);
    expect(page.url()).toMatch(/act=tanh/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'depth-360');
    expect(errors).toEqual([]);
    await context.close();
  });
});
