import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';

const browser = browserPerFile();

/** Visible values of one column of a step table. */
function column(page: Page, table: 'naive-table' | 'shifted-table', className: string): Promise<string[]> {
  return page.getByTestId(table).locator(`tbody td.${className} .cell-value`).allTextContents();
}

describe('softmax panel in Chromium', () => {
  it('[1000 … 5000]: NaN in every naive cell, 1 in the last shifted cell, reasons on focus', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax');
    await waitForPanel(page);
    await page.getByRole('button', { name: 'Use logits [1000, 2000, 3000, 4000, 5000]' }).click();
    await expect.poll(() => column(page, 'naive-table', 'col-quotient')).toEqual(Array(5).fill('NaN'));
    const shifted = await column(page, 'shifted-table', 'col-quotient');
    expect(Number(shifted.at(-1))).toBe(1);
    expect(shifted.slice(0, 4).map(Number)).toEqual([0, 0, 0, 0]);
    await expect.poll(() => new URL(page.url()).searchParams.get('logits')).toBe('1000,2000,3000,4000,5000'); // the address follows once the values rest
    // Keyboard: Tab reaches a NaN cell and its reason appears and is its accessible description.
    const nanCell = page.getByTestId('naive-table').locator('tbody td.col-quotient .issue-target').first();
    await nanCell.focus();
    await expect.poll(() => page.getByTestId('naive-table').locator('.issue-reason').textContent()).toBe('⊘ not a number: ∞ / ∞ has no value: NaN.');
    const described = await nanCell.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(described).toBe('∞ / ∞ has no value: NaN.');
    // Mouse: hovering an underflow cell of the shifted table shows why its 0 is harmless.
    await page.getByTestId('shifted-table').locator('tbody td.col-exp .issue-target').first().hover();
    await expect.poll(() => page.getByTestId('shifted-table').locator('.issue-reason').textContent()).toContain('harmless');
    await screenshot(page, 'softmax-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('typing 1,abc,3 names the second entry while the tables keep the previous vector; a battery of bad input never crashes', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax&logits=3,1,-3');
    await waitForPanel(page);
    const before = await column(page, 'shifted-table', 'col-quotient');
    expect(before).toEqual(['0.8789', '0.1189', '0.0022']);
    const field = page.getByLabel('Logits (commas or spaces; 1e3 allowed)');
    await field.fill('1,abc,3');
    const error = page.getByTestId('logits-error');
    await expect.poll(() => error.textContent()).toContain('Entry 2 “abc”');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await column(page, 'shifted-table', 'col-quotient')).toEqual(before);
    expect(await column(page, 'naive-table', 'col-quotient')).toEqual(before);
    await screenshot(page, 'softmax-error-1280');
    for (const bad of ['abc', '1,,2', '', '1e400', 'NaN', Array(100_000).fill('7').join(' '), '<img src=x onerror=alert(1)>', '1, 2, 3\u0000\u202e']) {
      // Start each bad input from a clean, valid state so every one must raise its own error.
      await field.fill('3 1 -3');
      await expect.poll(() => error.textContent()).toBe('');
      await field.fill(bad);
      await expect.poll(async () => (await error.textContent())?.length, { message: bad.slice(0, 20) }).toBeGreaterThan(0);
      expect(await column(page, 'shifted-table', 'col-quotient')).toEqual(before);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // Typed key by key, "1" and "1," are valid on the way: the tables follow them, then hold [1] while "abc" is wrong.
    await field.fill('');
    await field.pressSequentially('1,abc,3');
    await expect.poll(() => error.textContent()).toContain('Entry 2 “abc”');
    await expect.poll(() => column(page, 'shifted-table', 'col-quotient')).toEqual(['1.0000']);
    await field.fill('1 5 3');
    await expect.poll(() => error.textContent()).toBe('');
    await expect.poll(() => column(page, 'shifted-table', 'col-quotient')).toEqual(['0.0159', '0.8668', '0.1173']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads every control from the URL and fits a 360 px phone without horizontal scrolling', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax&logits=89,0&precision=float32&temperature=1&trueClass=2', { width: 360, height: 740 });
    await waitForPanel(page);
    expect(await column(page, 'naive-table', 'col-quotient')).toEqual(['NaN', '0.0000']);
    expect(await page.getByLabel('Class 2 is the true class').isChecked()).toBe(true);
    // The whole cell is the target, not just the radio: a tap near its corner picks class 1.
    const firstCell = page.locator('.panel-softmax .results td.col-true-control').first();
    await firstCell.scrollIntoViewIfNeeded();
    const cell = (await firstCell.boundingBox())!;
    expect(cell.width).toBeGreaterThanOrEqual(44);
    await page.mouse.click(cell.x + 3, cell.y + 3);
    expect(await page.getByLabel('Class 1 is the true class').isChecked()).toBe(true);
    await page.getByLabel('Class 2 is the true class').check();
    await screenshot(page, 'softmax-360');
    // Close-ups at full resolution, to read the tables and formulas on a phone.
    await page.locator('.step-tables').screenshot({ path: resolve('artifacts/screenshots/softmax-360-tables.png') });
    await page.locator('.panel-softmax .results').screenshot({ path: resolve('artifacts/screenshots/softmax-360-results.png') });
    await page.locator('.panel-softmax .identity').screenshot({ path: resolve('artifacts/screenshots/softmax-360-identity.png') });
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.panel-softmax *'))
        // Content inside a scrolling box (wide tables, formulas) and KaTeX's visually hidden MathML may be wider.
        .filter((el) => !el.closest('.katex-mathml, .table-scroll, .identity-lines'))
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName}.${el.className}`),
    );
    expect(wide).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Use logits [1, 5, 3]' }).click();
    const temperatureBox = page.getByRole('textbox', { name: 'Temperature T (softmax(x / T))' });
    await temperatureBox.fill('2');
    // React commits the change asynchronously after the input event: wait for the URL edge to catch up.
    await expect
      .poll(() => {
        const url = new URL(page.url()).searchParams;
        return [url.get('logits'), url.get('trueClass'), url.get('temperature'), url.get('precision')];
      })
      .toEqual(['1,5,3', '2', '2', 'float32']);
    expect(await page.getByTestId('shifted-table').locator('thead').textContent()).toContain('z = x / T');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Chinese (in the dark theme), with the reasons and errors translated', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax&lang=zh-CN&logits=-1000,-1000', { width: 1280, colorScheme: 'dark' });
    await waitForPanel(page);
    await page.getByTestId('naive-table').locator('tbody td.col-quotient .issue-target').first().focus();
    await expect.poll(() => page.getByTestId('naive-table').locator('.issue-reason').textContent()).toBe('⊘ 非数：0 / 0 没有定义：NaN。');
    await page.getByLabel('Logits（用逗号或空格分隔；可写 1e3）').fill('1,,2');
    await expect.poll(() => page.getByTestId('logits-error').textContent()).toContain('第 2 项为空');
    await screenshot(page, 'softmax-zh-dark-1280');
    expect(errors).toEqual([]);
    await context.close();
  });
});

