import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, screenshot, waitForPanel, touchFinger } from './browser';

const browser = browserPerFile();

/** The readout's loss column, keyed by curve id. */
async function readout(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const values: Record<string, string> = {};
    for (const row of document.querySelectorAll('[data-testid="readout"] tbody tr')) {
      values[(row as HTMLElement).dataset.curve!] = row.querySelector('[data-col="loss"]')!.textContent!;
    }
    return values;
  });
}

const curvesDrawn = (page: Page) => page.locator('[data-testid="loss-chart"] g.curve').evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.curve));

describe('surrogate losses panel in Chromium', () => {
  it('draws the five default curves and removes one when its legend toggle is pressed', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate');
    await waitForPanel(page);
    await page.getByTestId('loss-chart').waitFor();
    expect(await curvesDrawn(page)).toEqual(['zero-one', 'hinge', 'logistic', 'exponential', 'perceptron']);
    // Every curve has a real path, and the 0-1 step has an open and a closed end at m = 0.
    const lengths = await page.locator('[data-testid="loss-chart"] g.curve > path').evaluateAll((ps) => ps.map((p) => (p as SVGPathElement).getTotalLength()));
    for (const length of lengths) expect(length).toBeGreaterThan(50);
    await expect.poll(() => page.locator('[data-curve="zero-one"] .open-end').count()).toBe(1);
    await expect.poll(() => page.locator('[data-curve="zero-one"] .closed-end').count()).toBe(1);

    const hinge = page.getByRole('button', { name: 'Hinge', exact: true });
    expect(await hinge.getAttribute('aria-pressed')).toBe('true');
    await hinge.click();
    expect(await hinge.getAttribute('aria-pressed')).toBe('false');
    expect(await curvesDrawn(page)).not.toContain('hinge');
    expect(Object.keys(await readout(page))).not.toContain('hinge');
    await expect.poll(() => new URL(page.url()).searchParams.get('losses')).toBe('zero-one,logistic,exponential,perceptron'); // the address follows once the values rest
    // And back on with the keyboard.
    await hinge.focus();
    await page.keyboard.press('Enter');
    expect(await curvesDrawn(page)).toContain('hinge');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows hinge = 2, perceptron = 1, exponential ≈ 2.718, log2 ≈ 1.895 at m = -1', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate');
    await waitForPanel(page);
    const box = page.getByRole('textbox', { name: 'Margin m' });
    await box.fill('-1');
    await box.blur();
    const values = await readout(page);
    expect(values).toEqual({ 'zero-one': '1', hinge: '2', logistic: '1.895', exponential: '2.718', perceptron: '1' });
    await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('-1'); // the address follows once the values rest
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the marker with the arrow keys on the chart and clicking on the plot', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate&m=0');
    await waitForPanel(page);
    const chart = page.getByTestId('loss-chart');
    await chart.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await chart.getAttribute('aria-valuenow')).toBe('-1.1');
    expect((await readout(page)).hinge).toBe('2.1');
    await page.keyboard.press('Home');
    expect(await chart.getAttribute('aria-valuenow')).toBe('-4');
    // Click three quarters of the way across the plot area: m = 2 on a -4 … 4 axis.
    const area = await page.locator('[data-testid="loss-chart"] .chart-hit-area').boundingBox();
    await page.mouse.click(area!.x + area!.width * 0.75, area!.y + area!.height / 2);
    expect(Number(await chart.getAttribute('aria-valuenow'))).toBeCloseTo(2, 1);
    await expect.poll(() => page.getByTestId('hover-box').count()).toBe(1);
    // An example point moves with the keyboard and its bar share follows.
    const pointA = page.getByRole('slider', { name: 'Point A' });
    await pointA.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await pointA.getAttribute('aria-valuenow')).toBe('-4');
    await page.locator('.outlier-strip').screenshot({ path: resolve('artifacts/screenshots/surrogate-outlier-focus.png') });
    await chart.focus();
    await page.locator('figure.margin-chart-loss').screenshot({ path: resolve('artifacts/screenshots/surrogate-chart-focus.png') });
    expect(await page.getByTestId('total-hinge').textContent()).toBe('7');
    await expect.poll(() => new URL(page.url()).searchParams.get('points')).toBe('-4,-0.5,0.5,1.5,2.5'); // the address follows once the values rest
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a touch screen a vertical swipe over the chart scrolls the page; a tap or a sideways drag moves the marker', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate&m=0', { width: 360, height: 740, hasTouch: true });
    await waitForPanel(page);
    const chart = page.getByTestId('loss-chart');
    const margin = async () => Number(await chart.getAttribute('aria-valuenow'));
    const scrollY = () => page.evaluate(() => window.scrollY);
    const { settled, swipe } = await touchFinger(page, context);
    const hitArea = page.locator('[data-testid="loss-chart"] .chart-hit-area');
    /** Scrolls so that `target` starts `top` px below the top of the screen, and returns its box once the page is still. */
    const place = async (target: typeof hitArea, top: number) => {
      await target.evaluate((el, at) => window.scrollBy(0, el.getBoundingClientRect().top - at), top);
      await settled();
      return (await target.boundingBox())!;
    };
    // Straight up over the middle of the plot: the page scrolls, the margin stays where it was.
    let box = await place(hitArea, 200);
    let before = await scrollY();
    expect(await swipe({ x: box.x + box.width * 0.75, y: box.y + box.height * 0.7 }, { x: box.x + box.width * 0.75, y: box.y + box.height * 0.7 - 150 })).toBeGreaterThan(before + 50);
    expect(await margin()).toBe(0);
    // A scroll a little off vertical (28°, in small steps) scrolls too, and still leaves the margin alone.
    box = await place(hitArea, 200);
    before = await scrollY();
    const from = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.8 };
    expect(await swipe(from, { x: from.x + 80, y: from.y - 150 }, 40)).toBeGreaterThan(before + 50);
    expect(await margin()).toBe(0);
    // Scrolling with the finger on an example point leaves the point where it was.
    const pointA = page.getByRole('slider', { name: 'Point A' });
    const dot = await place(pointA, 300);
    before = await scrollY();
    const centre = { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
    expect(await swipe(centre, { x: centre.x + 30, y: centre.y - 120 }, 30)).toBeGreaterThan(before + 30);
    expect(await pointA.getAttribute('aria-valuenow')).toBe('-3');
    // A tap three quarters across puts the marker at m = 2 (on the -4 … 4 axis).
    box = await place(hitArea, 200);
    await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height / 2);
    await expect.poll(margin).toBeCloseTo(2, 1);
    // A sideways drag to a quarter across moves it to m = -2.
    box = await place(hitArea, 200);
    await swipe({ x: box.x + box.width * 0.6, y: box.y + box.height / 2 }, { x: box.x + box.width * 0.25, y: box.y + box.height / 2 });
    await expect.poll(margin).toBeCloseTo(-2, 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds the gradient chart, switches the log base, and reads every control from the URL', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate&grad=1&base=e&range=2&ceiling=3&m=0.5&losses=hinge,logistic,modified-huber');
    await waitForPanel(page);
    await page.getByTestId('grad-chart').waitFor();
    expect(await page.getByRole('button', { name: 'Log loss (ln)' }).getAttribute('aria-pressed')).toBe('true');
    // ln(1 + e^-0.5) = 0.474077…; modified Huber (1 - 0.5)^2 = 0.25.
    expect(await readout(page)).toEqual({ hinge: '0.5', logistic: '0.4741', 'modified-huber': '0.25' });
    await expect.poll(() => page.locator('.formula-card').count()).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in Chinese with the dark theme (screenshot)', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate&lang=zh-CN&m=-1&points=-4,-0.5,0.5,1.5,2.5', { width: 1280, colorScheme: 'dark' });
    await waitForPanel(page);
    await page.getByRole('button', { name: '合页损失', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: '公式及各损失函数的用途' }).count()).toBe(1);
    // Point A at m = -4: the exponential total explodes (e^4 + …) while hinge grows linearly.
    expect(await page.getByTestId('total-hinge').textContent()).toBe('7');
    expect(await page.getByTestId('total-exponential').textContent()).toBe('57.16');
    await screenshot(page, 'surrogate-zh-dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const width of [360, 1280]) {
    it(`fits ${width} px without horizontal scrolling (screenshot)`, async () => {
      const { page, context, errors } = await openApp(browser, '?panel=surrogate&m=-1&grad=1', { width, height: 900 });
      await waitForPanel(page);
      await page.getByTestId('grad-chart').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const area = await page.locator('[data-testid="loss-chart"] .chart-hit-area').boundingBox();
      await page.mouse.move(area!.x + area!.width * 0.3, area!.y + area!.height / 2);
      await screenshot(page, `surrogate-${width}`);
      if (width === 360) {
        // Close-ups of the phone layout (the full page is too tall to read when scaled down).
        await page.locator('.surrogate-main').screenshot({ path: resolve('artifacts/screenshots/surrogate-360-charts.png') });
        await page.locator('.surrogate-side').screenshot({ path: resolve('artifacts/screenshots/surrogate-360-controls.png') });
      }
      // Phone: chart, then controls, then the outlier strip, one column. Wide: the strip sits under
      // the charts, beside the controls, instead of below a gap the taller control column leaves.
      // Without the gradient chart the control column is the taller one.
      await page.getByRole('switch', { name: 'Show gradients dL/dm' }).uncheck();
      await page.getByTestId('grad-chart').waitFor({ state: 'detached' });
      const [main, chart, side, strip] = await Promise.all(['.surrogate-main', '.surrogate-main .chart-frame', '.surrogate-side', '.outlier-strip'].map((s) => page.locator(s).boundingBox()));
      if (width === 360) {
        expect(strip!.y).toBeGreaterThanOrEqual(side!.y + side!.height);
      } else {
        expect(strip!.x).toBeCloseTo(main!.x, 0);
        expect(strip!.x + strip!.width).toBeLessThan(side!.x);
        expect(strip!.y).toBeLessThan(chart!.y + chart!.height + 40);
        expect(strip!.y).toBeLessThan(side!.y + side!.height);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
