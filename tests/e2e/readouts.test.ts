import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, waitForPanel } from './browser';

const browser = browserPerFile();

describe('readouts and predictions in Chromium', () => {
  it('a neuron chart reads its values under the mouse and with the keyboard; the prediction reveals the result beside the guess', async () => {
    // At rest on the last epoch (at=300), so the autoplay does not move the page under the test.
    const { page, context, errors } = await openApp(browser, '?panel=neuron&at=300');
    await waitForPanel(page);
    const output = page.getByRole('slider', { name: /^Output a against epoch/ });
    await output.scrollIntoViewIfNeeded();
    const box = (await output.boundingBox())!;
    // The mouse over the chart: a box with the epoch and each run's output there.
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    const hover = output.getByTestId('hover-box');
    await expect.poll(() => hover.count()).toBe(1);
    expect(await hover.textContent()).toMatch(/^epoch = \d+Quadratic, start 1: 0\.\d+/);
    await page.mouse.move(0, 0);
    await expect.poll(() => hover.count()).toBe(0);
    // The keyboard: focus starts at the cursor's epoch, the arrows walk it, screen readers get the value text.
    await output.focus();
    await expect.poll(() => output.getAttribute('aria-valuetext')).toMatch(/^epoch = 300; Quadratic, start 1: 0\.09396; Quadratic, start 2: 0\.2028/);
    await page.keyboard.press('Home');
    await expect.poll(() => output.getAttribute('aria-valuetext')).toMatch(/^epoch = 0; Quadratic, start 1: 0\.8176; Quadratic, start 2: 0\.982/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hover.textContent()).toMatch(/^epoch = 1/);
    await page.keyboard.press('Escape');
    await expect.poll(() => hover.count()).toBe(0);
    // The prediction: guess, reveal, and the result sits beside the guess.
    const prompt = page.getByTestId('prediction-neuron');
    await prompt.locator('[data-question="quadratic"]').getByRole('radio', { name: /Start 2/ }).check();
    await prompt.getByRole('button', { name: 'Show the answer' }).click();
    const quadratic = prompt.locator('[data-question="quadratic"] .prediction-pair');
    await expect.poll(() => quadratic.textContent()).toMatch(/Your guess: Start 2 \(a = 0\.98\).*Result: Start 1 \(a = 0\.82\).*not what you expected/);
    expect(await prompt.locator('[data-question="cross-entropy"] .prediction-answer').textContent()).toBe('Result: Start 2 (a = 0.98)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a softmax bar is read by a tap; an embed asks for a prediction only when its link does', async () => {
    const { page, context, errors } = await openApp(browser, '?embed=softmax&logits=1000,2000,3000,4000,5000', { width: 360 });
    await waitForPanel(page);
    expect(await page.getByTestId('prediction-softmax').count()).toBe(0);
    const bars = page.getByRole('slider', { name: /Bar chart of the naive and shifted/ });
    await bars.scrollIntoViewIfNeeded();
    const box = (await bars.boundingBox())!;
    await bars.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: box.x + box.width * 0.93, clientY: box.y + box.height * 0.6, isPrimary: true });
    await expect.poll(() => bars.getByTestId('hover-box').textContent()).toBe('class = 5naive: NaNshifted: 1.0000');
    await page.goto(page.url().replace('embed=softmax', 'embed=softmax&predict=1'));
    await waitForPanel(page);
    await expect.poll(() => page.getByTestId('prediction-softmax').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
