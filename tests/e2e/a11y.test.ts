import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, waitForPanel } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const browser = browserPerFile();

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy admits no injected <script>.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

const cases = ['surrogate', 'neuron', 'softmax', 'more'].flatMap((panel) =>
  (['light', 'dark'] as const).flatMap((theme) => (['en', 'zh-CN'] as const).map((lang) => ({ panel, theme, lang }))),
);

describe('accessibility audit (axe-core)', () => {
  it.each(cases)('$panel in $theme theme, $lang: no violations', async ({ panel, theme, lang }) => {
    // Reduced motion: the neuron panel would otherwise be playing, and axe would audit whichever frame it caught.
    const { page, context, errors } = await openApp(browser, `?panel=${panel}&lang=${lang}&theme=${theme}`, { reducedMotion: 'reduce' });
    await waitForPanel(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the embed view and the open embed dialog have no violations', async () => {
    const embed = await openApp(browser, '?embed=softmax');
    await waitForPanel(embed.page);
    expect(await axeViolations(embed.page)).toEqual([]);
    await embed.context.close();
    const { page, context } = await openApp(browser, '?panel=surrogate');
    await waitForPanel(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link, preferences, navigation and share bar with Tab, focus visible', async () => {
    const { page, context } = await openApp(browser, '?panel=more');
    await waitForPanel(page);
    const visited: string[] = [];
    // Until the share bar: past the skip link, preferences, every tab and the guide link.
    for (let i = 0; i < 24 && !visited.at(-1)?.startsWith('button:Copy link'); i++) {
      await page.keyboard.press('Tab');
      visited.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const outline = getComputedStyle(el).outlineStyle;
          return `${el.tagName.toLowerCase()}:${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 20)}:${outline}`;
        }),
      );
    }
    expect(visited[0]).toMatch(/^a:Skip to the panel:solid/);
    expect(visited.some((v) => v.startsWith('select:'))).toBe(true);
    expect(visited.some((v) => v.startsWith('a:Softmax overflow:solid'))).toBe(true);
    expect(visited.some((v) => v.startsWith('button:Copy link:solid'))).toBe(true);
    await context.close();
  });
});
