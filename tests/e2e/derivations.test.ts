import { describe, expect, it } from 'vitest';
import { texNumber } from '../../src/components/derivation/texNumber';
import { softmaxCrossEntropyGrad } from '../../src/math';
import { browserPerFile, openApp, waitForPanel } from './browser';

const browser = browserPerFile();

describe('derivations in Chromium', () => {
  it('steps through ∂L/∂x = p − y with the keyboard, announcing each step, focus staying put, the live numbers last', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax&logits=1,5,3,-2,0.5,4&trueClass=2', { width: 360 });
    await waitForPanel(page);
    const derivation = page.getByTestId('derivation-grad');
    // Collapsed at first: nothing but the summary.
    expect(await derivation.locator('li').count()).toBe(0);
    await derivation.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => derivation.locator('li').count()).toBe(1);

    const next = derivation.getByRole('button', { name: 'Next step' });
    const announcement = derivation.getByTestId('derivation-announcement');
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => announcement.textContent()).toBe('Step 2 of 6: Its gradient with respect to the probabilities:');
    expect(await announcement.getAttribute('aria-live')).toBe('polite');
    for (let step = 3; step <= 6; step++) {
      await page.keyboard.press('Space');
      await expect.poll(() => derivation.locator('li').count()).toBe(step);
    }
    expect(await announcement.textContent()).toMatch(/^Step 6 of 6: For x = \(1, 5, 3, −2, 0.5, 4\) and true class 2/);
    // At the end Next is aria-disabled, still focused, and does nothing.
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next step');
    await page.keyboard.press('Enter');
    expect(await derivation.locator('li').count()).toBe(6);

    // The last line: p − y for these logits, from src/math, typeset as MathML.
    const gradient = softmaxCrossEntropyGrad([1, 5, 3, -2, 0.5, 4], 1);
    const lastTex = await derivation.locator('li').last().locator('annotation').textContent();
    expect(lastTex).toContain(gradient.map((g) => texNumber(g, 3)).join(' \\\\ '));
    expect(await derivation.locator('li').last().locator('math').count()).toBe(1);
    // The 6 × 6 Jacobian is wider than a 360 px phone: its box scrolls, focusable and named, by keyboard too.
    const jacobian = page.getByTestId('derivation-jacobian');
    await jacobian.locator('summary').click();
    await jacobian.getByRole('button', { name: 'Show all steps' }).click();
    const matrix = jacobian.getByRole('region', { name: 'Formula of step 6, wider than the page: scroll sideways' });
    await expect.poll(() => matrix.count()).toBe(1);
    expect(await matrix.getAttribute('tabindex')).toBe('0');
    await matrix.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => matrix.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // A 360 px phone: the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
