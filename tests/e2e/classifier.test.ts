import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, screenshot, waitForPanel, touchFinger } from './browser';

// Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = browserPerFile();

/** "w = (…, …), b = …" under a classifier's small chart. */
const weights = (page: Page, id: string) => page.locator(`[data-testid="card-${id}"] [data-stat="weights"]`).textContent();
const planePoints = (page: Page) => page.locator('[data-testid="point-plane"] .plane-point');
const urlPoints = (page: Page) => new URL(page.url()).searchParams.get('points');

/**
 * Waits until the panel runs its own code, not only the prerendered HTML: the accuracy plot is
 * drawn after hydration (its sweep runs in the browser only, and only once its section is on
 * screen, so it is scrolled to and back), so once it is there a click counts.
 */
async function ready(page: Page): Promise<void> {
  await waitForPanel(page);
  await page.locator('.classifier-accuracy').scrollIntoViewIfNeeded();
  await page.getByTestId('angle-objective').waitFor();
  await page.evaluate(() => scrollTo(0, 0));
}

describe('classifier panel in Chromium', () => {
  it('dragging the outlier with the mouse moves the exponential boundary; the link follows', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=classifier');
    await ready(page);
    expect(await planePoints(page).count()).toBe(13);
    const before = { exponential: await weights(page, 'exponential'), hinge: await weights(page, 'hinge') };
    const outlier = planePoints(page).last();
    expect(await outlier.getAttribute('aria-label')).toBe('Point 13, class +1, at (−4, −4)');
    await page.getByTestId('point-plane').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await outlier.boundingBox())!;
    const area = (await page.getByTestId('plane-hit-area').boundingBox())!;
    // From (−4, −4) to about (−1, −3): 3 units right and 1 up.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2 + (i * 0.3 * area.width) / 5, box.y + box.height / 2 - (i * 0.1 * area.height) / 5);
    await page.mouse.up();
    const label = (await outlier.getAttribute('aria-label'))!;
    const [, x1, x2] = /at \((\S+), (\S+)\)/.exec(label)!.map((v) => Number(v.replace('−', '-')));
    expect(x1).toBeCloseTo(-1, 0);
    expect(x2).toBeCloseTo(-3, 0);
    await expect.poll(() => weights(page, 'exponential')).not.toBe(before.exponential);
    await expect.poll(() => urlPoints(page)).toMatch(new RegExp(`;${x1},${x2},1$`)); // the address follows once the values rest
    await page.screenshot({ path: 'artifacts/screenshots/classifier-dragged-1280.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves, flips and removes a point with the keyboard, and the boundaries follow', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=classifier');
    await ready(page);
    const before = await weights(page, 'log');
    const outlier = planePoints(page).last();
    await outlier.focus();
    await expect.poll(() => page.getByTestId('focused-point').textContent()).toBe('Point 13 selected');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowUp');
    expect(await outlier.getAttribute('aria-label')).toBe('Point 13, class +1, at (−2, −3.9)');
    await expect.poll(() => weights(page, 'log')).not.toBe(before);
    await expect.poll(() => urlPoints(page)).toMatch(/;-2,-3.9,1$/); // the address follows once the values rest
    // The table reads the focused point under each classifier.
    expect(await page.locator('[data-testid="point-table"] caption').textContent()).toContain('Point 13 (class +1)');
    await page.keyboard.press('f');
    expect(await outlier.getAttribute('aria-label')).toBe('Point 13, class −1, at (−2, −3.9)');
    await page.keyboard.press('Delete');
    await expect.poll(() => planePoints(page).count()).toBe(12);
    // Focus moved on to a remaining point, so the keyboard keeps working.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('plane-point'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a point by clicking empty space and removes it with the Remove button', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=classifier');
    await ready(page);
    await page.getByRole('radio', { name: '▲ class −1' }).check();
    await page.getByTestId('point-plane').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const area = (await page.getByTestId('plane-hit-area').boundingBox())!;
    // Near (4, −4): empty in the default points.
    await page.mouse.click(area.x + area.width * 0.9, area.y + area.height * 0.9);
    await expect.poll(() => planePoints(page).count()).toBe(14);
    const added = planePoints(page).last();
    expect(await added.getAttribute('aria-label')).toMatch(/^Point 14, class −1, at \(4(\.\d+)?, −4(\.\d+)?\)$/);
    await expect.poll(() => urlPoints(page)).toMatch(/;4(\.\d+)?,-4(\.\d+)?,-1$/); // the address follows once the values rest
    await added.focus();
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => planePoints(page).count()).toBe(13);
    await expect.poll(() => new URL(page.url()).searchParams.get('points')).toBeNull(); // the address follows once the values rest
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 360 px the small multiples stack and nothing overflows sideways', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=classifier&losses=hinge,log,exponential,perceptron,squared-hinge,modified-huber', { width: 360, height: 740, hasTouch: true });
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const lefts = await page.locator('.classifier-card').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().left)));
    expect(lefts).toHaveLength(6);
    expect(new Set(lefts).size).toBe(1);
    await screenshot(page, 'classifier-360');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 1280 px the small multiples sit in a grid', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=classifier&losses=hinge,log,exponential,perceptron,squared-hinge,modified-huber');
    await ready(page);
    const tops = await page.locator('.classifier-card').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBeLessThan(6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await screenshot(page, 'classifier-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a touch screen a vertical swipe on a point scrolls the page; a sideways drag moves it; a tap adds one', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=classifier', { width: 360, height: 740, hasTouch: true });
    await ready(page);
    const scrollY = () => page.evaluate(() => window.scrollY);
    const { settled, swipe } = await touchFinger(page, context);
    const outlier = planePoints(page).last();
    const place = async () => {
      await outlier.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 300));
      await settled();
      const box = (await outlier.boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const label = 'Point 13, class +1, at (−4, −4)';
    let centre = await place();
    const before = await scrollY();
    expect(await swipe(centre, { x: centre.x + 10, y: centre.y - 150 })).toBeGreaterThan(before + 50);
    expect(await outlier.getAttribute('aria-label')).toBe(label);
    // Sideways first: the point follows the finger.
    centre = await place();
    await swipe(centre, { x: centre.x + 80, y: centre.y - 20 });
    await expect.poll(() => outlier.getAttribute('aria-label')).not.toBe(label);
    await expect.poll(() => urlPoints(page)).not.toBeNull(); // the address follows once the values rest
    // A tap on empty space (near (4, −4)) adds a point.
    const area = (await page.getByTestId('plane-hit-area').boundingBox())!;
    await page.touchscreen.tap(area.x + area.width * 0.9, area.y + area.height * 0.9);
    await expect.poll(() => planePoints(page).count()).toBe(14);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays the training, pauses it and jumps back to the optimum', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=classifier');
    await ready(page);
    const status = page.getByTestId('training-status');
    const optimum = await weights(page, 'log');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Showing gradient-descent step [1-9]\d* of 200\.$/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await status.textContent();
    expect(await weights(page, 'log')).not.toBe(optimum);
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await status.textContent()).not.toBe(paused);
    // The perceptron's card rings the point whose mistake caused the update shown.
    await page.getByRole('slider', { name: 'Gradient-descent step' }).fill('3');
    expect(await page.getByTestId('card-perceptron').textContent()).toMatch(/Update 3 of \d+: point \d+ \(ringed\)/);
    await expect.poll(() => page.getByTestId('update-ring').count()).toBe(1);
    await page.locator('.classifier-multiples').screenshot({ path: 'artifacts/screenshots/classifier-training-step3.png' });
    await page.getByTestId('jump-optimum').click();
    expect(await status.textContent()).toMatch(/exact optimum/);
    expect(await weights(page, 'log')).toBe(optimum);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    { lang: 'en', theme: 'light' },
    { lang: 'zh-CN', theme: 'dark' },
  ])('has no axe violations ($lang, $theme)', async ({ lang, theme }) => {
    const { page, context, errors } = await openApp(browser, `?panel=classifier&lang=${lang}&theme=${theme}`, { reducedMotion: 'reduce' });
    await ready(page);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
