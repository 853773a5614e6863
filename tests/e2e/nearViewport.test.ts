import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, waitForPanel } from './browser';

const browser = browserPerFile();

/** The chunks the formula parts need: KaTeX (texRender), the Tex component, the cards and derivations. */
const FORMULA_CHUNKS = /\/assets\/(texRender|Tex|FormulaCards|SurrogateDerivations|texNumber)-[^/]*\.js$/;

describe('formulas hydrate near the viewport', () => {
  it('the first view fetches no KaTeX; scrolled to, the cards and derivations go live and follow the page', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate', { width: 1280, height: 900 });
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (FORMULA_CHUNKS.test(request.url())) fetched.push(request.url().replace(/^.*\/assets\/([A-Za-z]+)-.*$/, '$1'));
    });
    await waitForPanel(page);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    // The server's cards are there all along, formulas typeset (MathML from the prerender).
    const cards = page.locator('.formula-card');
    expect(await cards.count()).toBe(5);
    expect(await cards.first().locator('math').count()).toBe(2);

    // The page's state moves on before the cards are reached: a loss switched off, the margin moved.
    await page.getByRole('button', { name: 'Hinge', exact: true }).click();
    const margin = page.locator('input[type="range"][data-bench-input]');
    await margin.focus();
    await page.keyboard.press('ArrowRight');
    expect(await cards.count()).toBe(5);
    expect(fetched).toEqual([]);

    await page.locator('.formula-cards').scrollIntoViewIfNeeded();
    await expect.poll(() => fetched.includes('texRender') && fetched.includes('FormulaCards')).toBe(true);
    // Hydrated: the cards follow the legend now, without a fallback in between.
    await expect.poll(() => cards.count()).toBe(4);
    expect(await page.locator('.formula-card[data-curve="hinge"]').count()).toBe(0);
    expect(await page.locator('.panel-loading').count()).toBe(0);

    // A derivation's live last line follows the margin slider.
    const derivation = page.getByTestId('derivation-nll');
    await derivation.scrollIntoViewIfNeeded();
    await derivation.locator('summary').click();
    await derivation.getByRole('button', { name: 'Show all steps' }).click();
    const last = derivation.locator('li').last().locator('annotation');
    const before = await last.textContent();
    await margin.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => last.textContent()).not.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
