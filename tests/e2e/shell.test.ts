import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, screenshot, waitForPanel } from './browser';
import { PANELS, TAB_IDS } from '../../src/panels/registry';

const browser = browserPerFile();

describe('the shell, served from a sub-path', () => {
  it('renders the title, purpose and navigation with no console errors', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('heading', { level: 1, name: 'Loss Lab' }).waitFor();
    expect(await page.locator('.tagline').textContent()).toMatch(/loss functions/);
    const nav = page.getByRole('navigation', { name: 'Panels' });
    const links = await nav.getByRole('link').allTextContents();
    // Every panel with a tab, in the registry's order (the credits are reached from the footer).
    expect(links).toEqual(TAB_IDS.map((id) => PANELS[id].labels.en.title));
    expect(links.slice(0, 6)).toEqual(['Surrogate losses', 'Single neuron', 'Softmax overflow', 'More losses', 'Classifier lab', 'Line fitting']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await waitForPanel(page);
    await screenshot(page, 'shell-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('navigates between panels and back with the history', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('link', { name: 'Softmax overflow' }).click();
    await page.getByRole('heading', { level: 2, name: 'Softmax overflow' }).waitFor();
    expect(new URL(page.url()).searchParams.get('panel')).toBe('softmax');
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Surrogate losses' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps each panel as the visitor left it when they come back by its tab', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax&precision=float32');
    await waitForPanel(page);
    await page.getByRole('button', { name: 'Use logits [710, 0]' }).click();
    await page.getByRole('link', { name: 'More losses' }).click();
    await page.getByRole('heading', { level: 2, name: 'More losses' }).waitFor();
    await page.getByRole('link', { name: 'Softmax overflow' }).click();
    await waitForPanel(page);
    const params = new URL(page.url()).searchParams;
    expect([params.get('logits'), params.get('precision')]).toEqual(['710,0', 'float32']);
    expect(await page.getByRole('button', { name: 'Use logits [710, 0]' }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is laid out without horizontal scrolling at 360 px', async () => {
    const { page, context, errors } = await openApp(browser, '', { width: 360, height: 740 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitForPanel(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'shell-360');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Chinese with ?lang=zh-CN and sets <html lang>', async () => {
    const { page, context, errors } = await openApp(browser, '?lang=zh-CN');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN'); // set in an effect
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('损失函数');
    await waitForPanel(page);
    await screenshot(page, 'shell-zh');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores garbage URL parameters with a notice, rendered as text', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&foo=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=xx');
    await page.getByRole('heading', { level: 2, name: 'Surrogate losses' }).waitFor();
    const notice = page.locator('.notice[role="status"]');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('“foo” is not a setting');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('“lang=xx” is not one of the choices');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script:text("alert")').count()).toBe(0);
    // The address bar now holds only what is shown: the ignored values are gone from it.
    await expect.poll(() => new URL(page.url()).search).toBe('?panel=surrogate'); // rewritten in an effect after mount
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which value it used when one setting in a link does not fit another', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=softmax&logits=1,2&trueClass=5&temperature=abc');
    await waitForPanel(page);
    const text = await page.locator('.notice[role="status"]').textContent();
    expect(text).toContain('“trueClass=5” does not fit “logits=1,2”; using 2');
    expect(text).toContain('“temperature=abc” is not a number; using 1');
    // The second logit is the true class on screen and in the address bar.
    expect(await page.getByRole('radio', { name: 'Class 2 is the true class' }).isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('trueClass')).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });
});
