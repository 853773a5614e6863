import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';

const browser = browserPerFile();

describe('probability panel', () => {
  it('on a phone: the articles’ numbers, bad outputs kept out, ∞ at p = 0 shown by an arrow, the logit axis with pos_weight', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=probability', { width: 360, height: 740 });
    await waitForPanel(page);
    const measure = (key: string) => page.locator(`[data-measure="${key}"] dd`).textContent();
    expect(await measure('half-squares')).toBe('0.0975');
    expect(await measure('cross-entropy')).toBe('0.510825');
    await page.getByRole('button', { name: 'Articles: the 0.6 moved to class 6' }).click();
    expect(await measure('half-squares')).toBe('0.6975');
    expect(await measure('cross-entropy')).toBe('16.1181');

    const field = page.getByRole('textbox', { name: 'Outputs y (one per class, 0 to 1)' });
    await field.fill('0.5, abc');
    await field.blur();
    expect(await page.getByTestId('outputs-error').textContent()).toContain('“a” in entry 2');
    expect(await measure('half-squares')).toBe('0.6975');

    // The loss chart is the marker's slider: Home puts p at 0, where the target-1 cross-entropy is ∞.
    const chart = page.getByRole('slider', { name: 'Cross-entropy and squared error' });
    await chart.focus();
    await page.keyboard.press('Home');
    expect(await page.locator('.prob-readout tr[data-curve="bce-1"] td').first().textContent()).toBe('∞');
    expect(await page.locator('[data-testid="prob-loss-chart"] .off-band[data-curve="bce-1"]').textContent()).toBe('CE, y = 1: ∞');
    await page.getByRole('switch', { name: 'Show against the logit z (p = σ(z))' }).check();
    await page.getByRole('textbox', { name: 'Positive-class weight (pos_weight)' }).fill('3');
    await expect.poll(() => page.locator('.prob-readout tr[data-curve="bce-1"] td').allTextContents()).toEqual(['6.381', '−2.642']);
    // Sticky: with the last slider in mid-screen, the chart is stuck at the top of the screen, above it.
    const weight = page.getByRole('slider', { name: 'Positive-class weight (pos_weight)' });
    await weight.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const stuck = (await page.locator('.prob-main-chart').first().boundingBox())!;
    expect(Math.abs(stuck.y)).toBeLessThanOrEqual(1);
    expect(stuck.y + stuck.height).toBeLessThanOrEqual((await weight.boundingBox())!.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'probability-360');
    expect(errors).toEqual([]);
    await context.close();
  });
});
