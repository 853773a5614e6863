import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that reaches for the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * One Chromium per test file, launched before its tests and closed after them. Call once at
 * module level; pass the returned getter to openApp.
 */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browserPerFile: the browser is not launched yet (call openApp inside a test)');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed requests seen so far. */
  errors: string[];
}

/** Opens the app at `query` (e.g. "?panel=softmax") in a fresh context, collecting every error. */
export async function openApp(
  browser: Browser | (() => Browser),
  query = '',
  options: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    locale?: string;
    reducedMotion?: 'reduce' | 'no-preference';
    hasTouch?: boolean;
    /** Another server's copy of the app (default: the one globalSetup serves). */
    appUrl?: string;
    /** Runs before the first navigation, e.g. to add an init script. */
    beforeLoad?: (page: Page) => Promise<void>;
    /**
     * 'block' (default): the app's service worker is not registered (Playwright stubs register()),
     * so tests do not spend the machine's two cores downloading the precache; offline.test.ts allows it.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<OpenedPage> {
  const context = await (typeof browser === 'function' ? browser() : browser).newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // Listening before the page loads: an alert() from injected markup during the first render is caught too.
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A request the page itself gave up (a navigation away while the favicon loads) is no failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  await options.beforeLoad?.(page);
  await page.goto(`${options.appUrl ?? inject('appUrl')}${query}`, { waitUntil: 'load' });
  return { page, context, errors };
}

/** Saves a full-page screenshot under artifacts/screenshots (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = resolve('artifacts/screenshots');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits until the active panel's code has loaded and rendered. */
export async function waitForPanel(page: Page): Promise<void> {
  // The prerendered HTML shows a panel before the app runs: wait until the panel itself is live (PanelHost's MarkLive).
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
  await page.getByTestId('panel-body').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.panel-loading').length === 0);
}

export interface TouchFinger {
  /** Resolves with window.scrollY once the page is still (10 frames in a row at the same place): a swipe may end in a fling. */
  settled: () => Promise<number>;
  /** A finger from `from` to `to` in `steps` moves, then lifted; resolves with scrollY once the page is still. */
  swipe: (from: { x: number; y: number }, to: { x: number; y: number }, steps?: number) => Promise<number>;
}

/** Real touch input (Chromium's DevTools protocol) for a context opened with `hasTouch: true`. */
export async function touchFinger(page: Page, context: BrowserContext): Promise<TouchFinger> {
  const settled = () =>
    page.evaluate(
      () =>
        new Promise<number>((done) => {
          let last = window.scrollY;
          let still = 0;
          const frame = () => {
            if (window.scrollY === last) still++;
            else [last, still] = [window.scrollY, 0];
            if (still >= 10) done(last);
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
    );
  const cdp = await context.newCDPSession(page);
  const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const swipe = async (from: { x: number; y: number }, to: { x: number; y: number }, steps = 12) => {
    await finger('touchStart', from.x, from.y);
    for (let i = 1; i <= steps; i++) await finger('touchMove', from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    await finger('touchEnd', to.x, to.y);
    return settled();
  };
  return { settled, swipe };
}
