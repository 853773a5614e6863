import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';

const browser = browserPerFile();

const counter = (page: Page) => page.getByTestId('epoch-counter');
const epochShown = async (page: Page) => Number(/(\d+) \//.exec((await counter(page).textContent()) ?? '')?.[1]);
const output = async (page: Page, run: string) => Number((await page.getByTestId(`output-${run}`).textContent())?.replace('−', '-'));
const scrubber = (page: Page) => page.getByRole('slider', { name: 'Epoch', exact: true });
const playButton = (page: Page) => page.locator('[data-bench-play]');
/** Waits for the page to paint `count` animation frames: a playing cursor moves within a few. */
const frames = (page: Page, count: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const next = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => next(left - 1)));
        next(n);
      }),
    count,
  );
const atInUrl = (page: Page) => new URL(page.url()).searchParams.get('at');

describe('the single neuron panel', () => {
  it('starts paused under reduced motion, and Play advances the epoch counter', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=neuron', { reducedMotion: 'reduce' });
    await waitForPanel(page);
    expect(await counter(page).textContent()).toBe('Epoch 0 / 300');
    await frames(page, 10);
    expect(await epochShown(page)).toBe(0); // still paused: ten frames would have moved a playing cursor
    await playButton(page).click();
    await page.waitForFunction(() => /Epoch ([1-9]\d*) \//.test(document.querySelector('[data-testid=epoch-counter]')?.textContent ?? ''));
    await playButton(page).click(); // pause
    // Pausing writes the epoch reached to the address bar, once; the cursor stays there.
    await expect.poll(() => atInUrl(page)).not.toBeNull();
    const paused = await epochShown(page);
    expect(paused).toBeGreaterThan(0);
    expect(atInUrl(page)).toBe(String(paused));
    await frames(page, 10);
    expect(await epochShown(page)).toBe(paused);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('scrubbing to epoch 300 shows the articles’ 0.09 and 0.20 for the quadratic cost', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=neuron', { reducedMotion: 'reduce' });
    await waitForPanel(page);
    expect(await output(page, 'quad1')).toBeCloseTo(0.82, 2);
    expect(await output(page, 'quad2')).toBeCloseTo(0.98, 2);
    await scrubber(page).fill('300');
    await expect.poll(() => epochShown(page)).toBe(300);
    // The table, out of view at this size, follows in an idle moment after the frame that shows the move.
    await expect.poll(() => output(page, 'quad1')).toBeLessThan(0.1);
    expect(await output(page, 'quad1')).toBeCloseTo(0.09, 2);
    expect(await output(page, 'quad2')).toBeCloseTo(0.2, 2);
    // Cross-entropy: both starts have learned (the σ′ factor is gone).
    expect(await output(page, 'ce1')).toBeLessThan(0.02);
    expect(await output(page, 'ce2')).toBeLessThan(0.02);
    // The resting cursor is in the URL, so the link reproduces the view.
    await expect.poll(() => atInUrl(page)).toBe('300');
    expect(await page.locator('.panel-neuron').textContent()).not.toMatch(/NaN|undefined|∞/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the keyboard plays, pauses and scrubs', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=neuron', { reducedMotion: 'reduce' });
    await waitForPanel(page);
    await scrubber(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await epochShown(page)).toBe(3);
    await page.keyboard.press('End');
    expect(await epochShown(page)).toBe(300);
    await page.keyboard.press('Home');
    expect(await epochShown(page)).toBe(0);
    // Space on the scrubber plays; Space again pauses.
    await page.keyboard.press(' ');
    await expect.poll(() => epochShown(page)).toBeGreaterThan(0);
    await page.keyboard.press(' ');
    expect(await playButton(page).getAttribute('aria-pressed')).toBe('false');
    const paused = await epochShown(page);
    await frames(page, 10);
    expect(await epochShown(page)).toBe(paused);
    // The play button from the keyboard: Tab order reaches it, Enter toggles.
    await playButton(page).focus();
    await page.keyboard.press('Enter');
    expect(await playButton(page).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await playButton(page).getAttribute('aria-pressed')).toBe('false');
    // K from the Play button, as the hint says; Space there presses the button once, not twice.
    await page.keyboard.press('k');
    expect(await playButton(page).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press(' ');
    expect(await playButton(page).getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an extreme learning rate shows a note, never NaN', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=neuron&eta=100&y=0.5&at=50', { reducedMotion: 'reduce' });
    await waitForPanel(page);
    // The notes' live region is always in the page; it fills as the trajectories are computed.
    await expect.poll(() => page.locator('.neuron-notes').first().textContent()).toMatch(/overshoots|jumps/);
    expect(await page.locator('.panel-neuron').textContent()).not.toMatch(/NaN|undefined|Infinity|∞/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('autoplays only while the panel is on screen, and its charts follow the moving cursor', async () => {
    // A course page's text above the panel: the panel starts below the fold.
    const spacer = async (page: Page) => {
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          const text = document.createElement('div');
          text.id = 'course-text';
          text.style.height = '2000px';
          document.body.prepend(text);
        }),
      );
    };
    const { page, context, errors } = await openApp(browser, '?panel=neuron&predict=0&speed=30', { height: 700, beforeLoad: spacer });
    await waitForPanel(page);
    expect(await playButton(page).getAttribute('aria-pressed')).toBe('false');
    await page.locator('.panel-neuron').scrollIntoViewIfNeeded();
    // On screen, once the page has been quiet for a moment, the animation starts on its own.
    await expect.poll(() => playButton(page).getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('true');
    await expect.poll(() => epochShown(page)).toBeGreaterThan(0);
    const cursor = page.locator('.epoch-cursor').first();
    await cursor.scrollIntoViewIfNeeded();
    const x = await cursor.getAttribute('transform');
    await expect.poll(() => cursor.getAttribute('transform')).not.toBe(x);
    // Scrolled away it rests (the cursor stays where it was), and it plays again once back.
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => playButton(page).getAttribute('aria-pressed')).toBe('false');
    const rested = await epochShown(page);
    await frames(page, 10);
    expect(await epochShown(page)).toBe(rested);
    await page.locator('.panel-neuron').scrollIntoViewIfNeeded();
    await expect.poll(() => playButton(page).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const width of [360, 1280]) {
    it(`is laid out without horizontal scrolling at ${width} px (screenshot)`, async () => {
      const { page, context, errors } = await openApp(browser, '?panel=neuron&at=120', { width, height: 900 });
      await waitForPanel(page);
      await page.locator('.katex').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `neuron-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
