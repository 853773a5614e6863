import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyInPage } from '../../scripts/vite-plugin-prerender';
import { browserPerFile, openApp, waitForPanel } from './browser';
import { serveStatic, SUB_PATH } from './server';

/** The build's inline boot script and stylesheet hashes for `directive`, from its page's own policy. */
function builtHashes(directive: 'script-src' | 'style-src'): string {
  const policy = policyInPage(readFileSync(resolve(process.env.LOSS_LAB_DIST ?? 'dist', 'index.html'), 'utf8'));
  return (policy.split(';').find((d) => d.trim().startsWith(`${directive} `)) ?? '').match(/'sha256-[^']+'/g)?.join(' ') ?? '';
}

/** The policy a strict host sends (the one the README documents for hosts: 'self' and the page's two hashes). */
export const STRICT_CSP = [
  "default-src 'self'",
  `script-src 'self' ${builtHashes('script-src')}`,
  `style-src 'self' ${builtHashes('style-src')}`,
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  'frame-ancestors *',
].join('; ');

const browser = browserPerFile();
let server: Server | undefined;
let appUrl = '';

beforeAll(async () => {
  // A second server for the same build, sending the policy as a response header.
  const served = await serveStatic(resolve(process.env.LOSS_LAB_DIST ?? 'dist'), {}, { headers: { 'Content-Security-Policy': STRICT_CSP } });
  server = served.server;
  appUrl = `${served.origin}${SUB_PATH}`;
});

afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** Records every violation from the first byte on, in every frame, into window.__cspViolations. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __cspViolations: unknown[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective || event.violatedDirective, blocked: event.blockedURI, sample: event.sample, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });
}

/**
 * The violations so far, one line per directive, blocked URI and source, with a count (a blocked
 * style attribute is reported once per element). Read after the next frame, since the events are
 * queued as tasks.
 */
async function violations(page: Page): Promise<string[]> {
  const list = await page.evaluate(
    () =>
      new Promise<Violation[]>((done) =>
        requestAnimationFrame(() => setTimeout(() => done((window as unknown as { __cspViolations: Violation[] }).__cspViolations))),
      ),
  );
  const counts = new Map<string, number>();
  for (const v of list) {
    const key = `${v.directive} blocked ${v.blocked || '(none)'}${v.sample ? ` "${v.sample}"` : ''} at ${v.source}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} ×${n}`);
}

/** Waits for the typeset formulas of the panels that have them (the KaTeX chunk loads lazily). */
async function waitForFormulas(page: Page, panel: string): Promise<void> {
  if (panel === 'more') return;
  await page.locator('.panel-body .tex math').first().waitFor();
}

/** Moves the panel's main slider to both ends and a few steps in between, from the keyboard. */
async function moveMainSlider(page: Page): Promise<void> {
  const slider = page.locator('[data-bench-input]').first();
  await slider.focus();
  for (const key of ['End', 'Home', 'ArrowRight']) await slider.press(key);
}

/**
 * Presses every toggle of the panel twice (buttons with aria-pressed, switches, checkboxes) and
 * every radio once: adds and removes formula cards, curves, runs and presets. Clicked from inside
 * the page (React handles these as discrete events and renders at once), which keeps the test fast.
 */
async function toggleEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    const visible = (element: Element) => (element as HTMLElement).checkVisibility?.() ?? true;
    const controls = [...document.querySelectorAll<HTMLElement>('.panel-body button[aria-pressed], .panel-body input[type="checkbox"], .panel-body input[type="radio"]')];
    for (const control of controls) {
      if (!control.isConnected || !visible(control) || (control as HTMLButtonElement).disabled) continue;
      control.click();
      if (!(control instanceof HTMLInputElement && control.type === 'radio')) control.click();
    }
  });
}

/** Hovers the first chart (hover box and cursor) and, on softmax, a problem cell (its reason). */
async function hoverCharts(page: Page): Promise<void> {
  const area = page.locator('.chart-hit-area').first();
  if ((await area.count()) > 0 && (await area.isVisible())) await area.hover();
  const cell = page.locator('.issue-target').first();
  if ((await cell.count()) > 0 && (await cell.isVisible())) await cell.hover();
}

const PANELS = ['surrogate', 'neuron', 'softmax', 'more'] as const;

/**
 * Runs the interactions; if one fails (a blocked script leaves the page inert), the error carries
 * the violations and page errors seen so far, which say why.
 */
async function reporting(page: Page, errors: string[], interact: () => Promise<void>): Promise<void> {
  page.setDefaultTimeout(10_000);
  try {
    await interact();
  } catch (error) {
    const seen = await violations(page).catch(() => ['(could not read the violations)']);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nviolations so far:\n${seen.join('\n')}\npage errors:\n${errors.join('\n')}`, { cause: error });
  }
}

/** The interactions every view gets: formulas typeset, main slider, every toggle, hovers. */
async function exercise(page: Page, panel: string): Promise<void> {
  await waitForPanel(page);
  await waitForFormulas(page, panel);
  await moveMainSlider(page);
  await toggleEverything(page);
  await hoverCharts(page);
  await waitForFormulas(page, panel);
}

describe('under a strict Content-Security-Policy (sent as a header)', () => {
  it('the site: every panel, its interactions, the embed dialog, language and theme: 0 violations', async () => {
    const { page, context, errors } = await openApp(browser, '?panel=surrogate', { appUrl, beforeLoad: recordViolations });
    const seen: Record<string, string[]> = {};
    await reporting(page, errors, async () => {
      for (const [i, panel] of PANELS.entries()) {
        // Reached by its tab, as a visitor does (the first is the page loaded).
        if (i > 0) await page.locator(`nav a[href*="panel=${panel}"]`).click();
        await page.locator(`#panel-title-${panel}`).waitFor();
        await exercise(page, panel);
        // The embed dialog: its snippet, a checkbox to hide a control and the colour choice.
        const english = i < 2;
        await page.getByRole('button', { name: english ? 'Embed' : '嵌入', exact: true }).click();
        const dialog = page.getByRole('region', { name: english ? 'Embed this panel in a course page' : '将该面板嵌入课程页面' });
        await dialog.getByRole('checkbox').first().check();
        await dialog.locator('select').selectOption('dark');
        if (i === 1) {
          // Halfway: Chinese and the dark theme, so the last two panels render in them from the start.
          await page.getByLabel('Language').selectOption('zh-CN');
          await page.getByRole('heading', { level: 1, name: /损失函数/ }).waitFor();
          await page.getByLabel('主题').selectOption('dark');
          await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        }
        seen[panel] = await violations(page);
      }
      // Back through the history to the previous panel (it re-renders from its link).
      await page.goBack();
      await page.locator('#panel-title-softmax').waitFor();
      seen.back = await violations(page);
    });
    // Cumulative per view: the first non-empty list is where they started.
    expect(seen).toEqual({ surrogate: [], neuron: [], softmax: [], more: [], back: [] });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every embed, with its interactions, in Chinese and dark: 0 violations', async () => {
    const { page, context, errors } = await openApp(browser, '?embed=surrogate&lang=zh-CN&theme=dark', { appUrl, beforeLoad: recordViolations });
    const seen: Record<string, string[]> = {};
    await reporting(page, errors, async () => {
      for (const [i, panel] of PANELS.entries()) {
        if (i > 0) await page.goto(`${appUrl}?embed=${panel}&lang=zh-CN&theme=dark${panel === 'softmax' ? '&logits=1000,2000,3000' : ''}`);
        await exercise(page, panel);
        await page.locator('.embed-credit a').hover();
        seen[panel] = await violations(page);
      }
    });
    expect(seen).toEqual({ surrogate: [], neuron: [], softmax: [], more: [] });
    expect(errors).toEqual([]);
    await context.close();
  });
});
