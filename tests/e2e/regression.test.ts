import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserPerFile, openApp, screenshot, waitForPanel, touchFinger } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const browser = browserPerFile();

const planePoints = (page: Page) => page.locator('[data-testid="point-plane"] .plane-point');
const urlPoints = (page: Page) => new URL(page.url()).searchParams.get('points');
/** The slope the fit table shows for a loss, as a number. */
async function slope(page: Page, loss: string): Promise<number> {
  const text = await page.locator(`[data-testid="fit-table"] tr[data-loss="${loss}"] [data-col="slope"]`).textContent();
  return Number(text!.replace('−', '-'));
}
const slopes = async (page: Page) => ({ mse: await slope(page, 'mse'), mae: await slope(page, 'mae'), huber: await slope(page, 'huber') });
/**
 * Hovers a point until the shares table explains it: this also waits for React to take over the
 * prerendered page (a hover before that goes unseen, so the pointer leaves and comes back).
 */
async function hoverUntilExplained(page: Page, point: Locator, caption: string): Promise<void> {
  await expect
    .poll(async () => {
      await page.mouse.move(0, 0);
      await point.hover();
      return page.locator('[data-testid="shares-table"] caption').textContent();
    })
    .toBe(caption);
}
/** Point 15 of the default "one outlier" data: the far-right point dropped below the line. */
const OUTLIER = 14;

describe('regression panel in Chromium', () => {
  it('dragging the outlier with the mouse swings MSE’s line, barely moves MAE’s and Huber’s; the link follows', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=regression');
    await waitForPanel(page);
    expect(await planePoints(page).count()).toBe(16);
    const before = await slopes(page);
    const outlier = planePoints(page).nth(OUTLIER);
    expect(await outlier.getAttribute('aria-label')).toBe('Point 15 at (8.74, 1.14)');
    const box = (await outlier.boundingBox())!;
    const area = (await page.getByTestId('plane-hit-area').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await hoverUntilExplained(page, outlier, 'Point 15 at (8.74, 1.14)');
    await page.mouse.move(x, y);
    await page.mouse.down();
    // Up to near the top of the plane (y ≈ 9.5).
    for (let i = 1; i <= 6; i++) await page.mouse.move(x, y + ((area.y + area.height * 0.04 - y) * i) / 6);
    await page.mouse.up();
    const label = (await outlier.getAttribute('aria-label'))!;
    const [, px, py] = /at \((\S+), (\S+)\)/.exec(label)!.map((v) => Number(v.replace('−', '-')));
    expect(px).toBeCloseTo(8.74, 0);
    expect(py).toBeGreaterThan(9);
    await expect.poll(async () => (await slopes(page)).mse).toBeGreaterThan(before.mse + 0.2);
    const after = await slopes(page);
    expect(Math.abs(after.mae - before.mae)).toBeLessThan((after.mse - before.mse) / 3);
    expect(Math.abs(after.huber - before.huber)).toBeLessThan((after.mse - before.mse) / 3);
    await expect.poll(() => urlPoints(page)).toContain(`;${px},${py};`); // the address follows once the values rest
    await screenshot(page, 'regression-dragged-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the outlier with the keyboard; the slopes, the live readout and the link follow', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=regression');
    await waitForPanel(page);
    const before = await slopes(page);
    const outlier = planePoints(page).nth(OUTLIER);
    await outlier.focus();
    await expect.poll(() => page.getByTestId('focused-point').textContent()).toBe('Point 15 selected');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('ArrowLeft');
    expect(await outlier.getAttribute('aria-label')).toBe('Point 15 at (8.64, −2.86)');
    await expect.poll(async () => (await slopes(page)).mse).toBeLessThan(before.mse - 0.1);
    const after = await slopes(page);
    expect(Math.abs(after.mae - before.mae)).toBeLessThan(Math.abs(after.mse - before.mse) / 3);
    expect(await page.getByTestId('fit-live').textContent()).toContain(`MSE: slope ${String(after.mse).replace('-', '−')}`);
    expect(await page.locator('[data-testid="shares-table"] caption').textContent()).toBe('Point 15 at (8.64, −2.86)');
    await expect.poll(() => urlPoints(page)).toContain(';8.64,-2.86;'); // the address follows once the values rest
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a point by clicking empty space and removes it with Delete', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=regression');
    await waitForPanel(page);
    await hoverUntilExplained(page, planePoints(page).first(), 'Point 1 at (0.3, 2.31)');
    const area = (await page.getByTestId('plane-hit-area').boundingBox())!;
    // Near (1, 9): empty in the default points.
    await page.mouse.click(area.x + area.width * 0.1, area.y + area.height * (1 / 13));
    await expect.poll(() => planePoints(page).count()).toBe(17);
    const added = planePoints(page).last();
    expect(await added.getAttribute('aria-label')).toMatch(/^Point 17 at \((0\.9|1|1\.1)\d*, (8\.9|9|9\.1)\d*\)$/);
    await expect.poll(() => urlPoints(page)).toMatch(/;[\d.]+,[\d.]+$/); // the address follows once the values rest
    await added.focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => planePoints(page).count()).toBe(16);
    await expect.poll(() => urlPoints(page)).toBeNull(); // the address follows once the values rest
    expect(await page.evaluate(() => document.activeElement?.classList.contains('plane-point'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a touch screen a vertical swipe on a point scrolls the page; a sideways drag moves it; a tap adds one', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=regression', { width: 360, height: 740, hasTouch: true });
    await waitForPanel(page);
    await page.locator('.formula-card').first().waitFor();
    const scrollY = () => page.evaluate(() => window.scrollY);
    const { settled, swipe } = await touchFinger(page, context);
    // A point in the middle of the plane (point 8 at (4.85, 5.05)), so a sideways drag has room.
    const point = planePoints(page).nth(7);
    const label = 'Point 8 at (4.85, 5.05)';
    const centre = async () => {
      const box = (await point.boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    await settled();
    const before = await scrollY();
    let at = await centre();
    expect(await swipe(at, { x: at.x + 10, y: at.y - 150 })).toBeGreaterThan(before + 50);
    expect(await point.getAttribute('aria-label')).toBe(label);
    // Sideways first: the point follows the finger.
    at = await centre();
    await swipe(at, { x: at.x + 60, y: at.y - 15 });
    await expect.poll(() => point.getAttribute('aria-label')).not.toBe(label);
    await expect.poll(() => urlPoints(page)).not.toBeNull(); // the address follows once the values rest
    // A tap on empty space (near (1, 9)) adds a point.
    const area = (await page.getByTestId('plane-hit-area').boundingBox())!;
    await page.touchscreen.tap(area.x + area.width * 0.1, area.y + area.height * (1 / 13));
    await expect.poll(() => planePoints(page).count()).toBe(17);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 360 px nothing overflows sideways and the plane stays in view while δ moves', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=regression&losses=mse,mae,huber,smooth-l1,log-cosh', { width: 360, height: 740, hasTouch: true });
    await waitForPanel(page);
    await page.locator('.formula-card').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const delta = page.getByRole('slider', { name: 'Huber threshold δ' });
    await delta.scrollIntoViewIfNeeded();
    const plane = (await page.getByTestId('point-plane').boundingBox())!;
    const slider = (await delta.boundingBox())!;
    expect(plane.y).toBeGreaterThanOrEqual(-1);
    expect(plane.y + plane.height).toBeLessThanOrEqual(slider.y);
    expect(slider.y + slider.height).toBeLessThanOrEqual(740);
    await screenshot(page, 'regression-360');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'artifacts/screenshots/regression-360-top.png' });
    // δ's steps on the hydrated page rewrite the lines, the fits and the shares in place: the same as a fresh load at that δ.
    const shown = () =>
      page.evaluate(() => ({
        fits: document.querySelector('[data-testid="fit-table"] tbody')?.textContent,
        live: document.querySelector('[data-testid="fit-live"]')?.textContent,
        shares: document.querySelector('[data-testid="shares-table"] tbody')?.textContent,
        lines: [...document.querySelectorAll('.plane-overlay .fit-line path')].map((path) => path.getAttribute('d')),
      }));
    const before = await shown();
    await delta.focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toMatch(/delta=2\.5/);
    const stepped = await shown();
    expect(stepped.fits).not.toBe(before.fits);
    await page.reload();
    await waitForPanel(page);
    expect(await shown()).toEqual(stepped);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 1280 px, in Chinese, the plane and the controls sit side by side', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=regression&lang=zh-CN');
    await waitForPanel(page);
    await page.locator('.formula-card').first().waitFor();
    const plane = (await page.getByTestId('point-plane').boundingBox())!;
    const table = (await page.getByTestId('fit-table').boundingBox())!;
    expect(table.x).toBeGreaterThan(plane.x + plane.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await screenshot(page, 'regression-1280-zh');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations in the %s theme, a point focused', async (theme) => {
    const { page, context, errors } = await openApp(browser, `?panel=regression&theme=${theme}&losses=mse,mae,huber,smooth-l1,log-cosh`);
    await waitForPanel(page);
    await page.locator('.formula-card').first().waitFor();
    await planePoints(page).nth(OUTLIER).focus();
    // Evaluated, not added as a <script>: the page's Content-Security-Policy refuses inline scripts.
    await page.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
