import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';

const browser = browserPerFile();

describe('more losses panel', () => {
  it('reads out regression losses at the residual and information measures', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=more&r=2&delta=1&q=0.25,0.25,0.25,0.25');
    await waitForPanel(page);
    const row = (curve: string) => page.locator(`tr[data-curve="${curve}"] td`).allTextContents();
    expect(await row('mse')).toEqual(['4', '4']);
    expect(await row('mae')).toEqual(['2', '1']);
    expect(await row('huber')).toEqual(['1.5', '1']);
    // p = (1/2, 1/4, 1/8, 1/8) (the default), q uniform over 4: H(p) = 1.75 bits, H(p, q) = 2 bits, D = 0.25 bit.
    expect(await page.locator('tr[data-measure="entropyP"] td').textContent()).toBe('1.75 bit');
    expect(await page.locator('tr[data-measure="crossEntropyPQ"] td').textContent()).toBe('2 bit');
    expect(await page.locator('tr[data-measure="klPQ"] td').textContent()).toBe('0.25 bit');
    await expect.poll(() => page.getByText(/32 equally likely teams carry H = 5 bits/).count()).toBe(1);
    await screenshot(page, 'more-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the last valid distribution when every weight would be zero, and shows ∞ where q misses an outcome', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=more&p=0.5,0.5&q=0.5,0.5', { width: 360, height: 800 });
    await waitForPanel(page);
    await page.getByRole('button', { name: 'q misses an outcome' }).click();
    expect(await page.locator('tr[data-measure="klPQ"] td').textContent()).toBe('∞ bit');
    const q2 = page.getByRole('slider', { name: /^q2/ });
    await q2.focus();
    await page.keyboard.press('Home');
    expect(await page.getByRole('alert').textContent()).toContain('All weights of q are 0');
    expect(await page.locator('tr[data-measure="klPQ"] td').textContent()).toBe('∞ bit');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'more-360');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone the gradient switch stays on screen when it adds its chart, and the chart stays in view while a slider moves', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=more&r=2.8', { width: 360, height: 740 });
    await waitForPanel(page);
    // The MSE value 7.84 lies above the loss axis: an arrow with its value, not a vanishing dot.
    await expect.poll(() => page.locator('.more-main-chart .off-band[data-curve="mse"]').first().textContent()).toBe('MSE r²: 7.84');
    const gradSwitch = page.getByRole('switch', { name: 'Show gradients dL/dr' });
    await gradSwitch.scrollIntoViewIfNeeded();
    const before = (await gradSwitch.boundingBox())!;
    await gradSwitch.check();
    await page.getByRole('img', { name: 'Their gradients dL/dr' }).waitFor();
    const after = (await gradSwitch.boundingBox())!;
    expect(after.y).toBe(before.y);
    expect(after.y + after.height).toBeLessThanOrEqual(740);
    // The last slider in mid-screen: the loss chart is stuck at the top, above it, and the slider moves it.
    const slider = page.locator('.more-layout').first().locator('.more-controls input[type="range"]').last();
    await slider.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    const chart = (await page.locator('.more-main-chart').first().boundingBox())!;
    const sliderBox = (await slider.boundingBox())!;
    expect(Math.abs(chart.y)).toBeLessThanOrEqual(1);
    expect(chart.y + chart.height).toBeLessThanOrEqual(sliderBox.y);
    // The range went from 3 to 2.5, taking the residual with it: MSE 2.5² = 6.25, still past the top, still labelled.
    await expect.poll(() => page.locator('.more-main-chart .off-band[data-curve="mse"]').first().textContent()).toBe('MSE r²: 6.25');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('more losses panel, odd links', () => {
  it('all-zero weights in a link are named and replaced by the uniform distribution', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=more&p=0,0,0&q=0.2,0.3,0.5');
    await waitForPanel(page);
    await page.getByText('The link gives p only zero weights').waitFor();
    // p uniform over 3: H = log2 3 bits.
    expect(await page.locator('tr[data-measure="entropyP"] td').textContent()).toBe(`${Number(Math.log2(3).toPrecision(6))} bit`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
