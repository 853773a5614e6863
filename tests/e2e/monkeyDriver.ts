import type { ElementHandle, Page } from 'playwright-core';
import { TAB_IDS } from '../../src/panels/registry';

/**
 * A seeded random visitor for the whole app (the site view, all four panels): sliders at their
 * ends and in between (keyboard and direct value), rapid toggles, hostile text in every text field,
 * resizes, language and theme, back and forward, the panel tabs, Tab and Space/Enter, hovering.
 * The same seed makes the same choices as long as the page offers the same controls, so a failing
 * run replays with `npm run monkey -- --seed N` (and `--steps 20000` extends it).
 */

/** Text a visitor (or an attacker) might put in a field. */
export const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '１２３',
  '１，２，３',
  '1e400',
  '-1e400',
  '',
  '-',
  '.',
  'NaN',
  'Infinity',
  'undefined',
  '0x1F',
  '1,2,,3',
  '  7  ',
  '1e-400',
  '9'.repeat(400),
  Array.from({ length: 60 }, (_, i) => i - 30).join(','),
  'a'.repeat(5000),
  '\u202e1,2,3\u202c',
  '\u200f-5\u200e',
  '\u0000\u0007',
  '𝟙𝟚',
  '1;2 3\t4\n5',
];

const SLIDER_KEYS = ['Home', 'End', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown'];
/** Every panel with a tab (the credits, reached from the footer, get visited through it). */
const PANELS = TAB_IDS;

/** mulberry32: a small, fast, seedable generator (the same seed gives the same sequence everywhere). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MonkeyOptions {
  seed: number;
  /** Interactions to perform (a key press, a click, a fill, a resize… each counts one). */
  interactions: number;
  /** Stop early at this time (Date.now() value), e.g. to keep the test suite time-boxed. */
  deadline?: number;
  /** Errors the page reported so far (openApp's list): the run stops at the first one. */
  errors: string[];
  log?: (line: string) => void;
}

export interface MonkeyReport {
  seed: number;
  interactions: number;
  elapsedMs: number;
  /** Interactions by kind. */
  actions: Record<string, number>;
  /** Milliseconds spent on each kind. */
  timeByKind: Record<string, number>;
  /** What went wrong (page errors, text that should never show, a dialog…), empty when all is well. */
  problems: string[];
  /** The last actions before the first problem (or the end), for the report. */
  trail: string[];
}

/**
 * Visible text that must never show: NaN, undefined, [object Object]. Skipped: the cells and bars
 * that demonstrate NaN on purpose (softmax's problem cells, their reason line, the bar chart's
 * "NaN" label and its readout box, the marks' legend and the prediction prompt that name it, the panel blurb, a glossary term's words and definition, the guide (prose about NaN throughout) and the probability notes that explain it), text that echoes what the visitor typed (the logits
 * field's error context) and anything in quotes (error messages quote the offending input).
 */
export async function forbiddenText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const exempt = '[data-issue], .issue-reason, .bar-invalid, .grouped-bars-box .hover-box, .issue-legend, .prediction, .panel-blurb, .term, .glossary, .prob-note, .panel-guide, .error-context, annotation, script, style, textarea, option';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(exempt)) continue;
      const text = (node.textContent ?? '').replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, '');
      const match = /\bNaN\b|\bundefined\b|\[object Object\]/.exec(text);
      if (match && parent.checkVisibility()) found.push(`"${match[0]}" in <${parent.tagName.toLowerCase()} class="${parent.getAttribute('class') ?? ''}">: ${(node.textContent ?? '').slice(0, 80)}`);
    }
    // Markup typed into a field or put in a link must stay text.
    if (document.querySelector('img[src="x"], svg[onload]')) found.push('an element was created from typed markup');
    return found;
  });
}

/**
 * forbiddenText, once the page has settled if a link the monkey followed was loading a new document
 * just then (the check's context is destroyed by the navigation; a page load is not a bug).
 */
async function textCheck(page: Page): Promise<string[]> {
  try {
    return await forbiddenText(page);
  } catch (error) {
    if (!/Execution context was destroyed|navigation/i.test(error instanceof Error ? error.message : String(error))) throw error;
    await page.waitForLoadState('load');
    return forbiddenText(page);
  }
}

/**
 * The page's errors that are the app's: a favicon request that the browser itself cancels when a
 * history step lands mid-load is not.
 */
export function appErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => !/^requestfailed: \S*\/favicon\.svg$/.test(error));
}

/** Whether a failed Playwright action is the page moving under the monkey (not a bug): skip it. */
function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Timeout|not attached|detached|not visible|not enabled|outside of the viewport|intercepts pointer events|not an <input>|Element is not|Execution context was destroyed|navigation/i.test(message);
}

export async function runMonkey(page: Page, options: MonkeyOptions): Promise<MonkeyReport> {
  const { seed, interactions: target, deadline = Infinity, errors } = options;
  const rand = random(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const started = Date.now();
  const actions: Record<string, number> = {};
  const timeByKind: Record<string, number> = {};
  let moveStarted = Date.now();
  /** Element handles in use, released every few moves. */
  const held: ElementHandle<Element>[] = [];
  const trail: string[] = [];
  const problems: string[] = [];
  let done = 0;
  let dialogs = 0;
  page.on('dialog', () => dialogs++);

  const note = (kind: string, detail: string, count = 1) => {
    actions[kind] = (actions[kind] ?? 0) + count;
    timeByKind[kind] = (timeByKind[kind] ?? 0) + (Date.now() - moveStarted);
    done += count;
    trail.push(`#${done} ${kind} ${detail}`);
    if (trail.length > 25) trail.shift();
  };

  /** One of the visible elements matching `selector`, chosen by the generator (null if none). */
  const any = async (selector: string): Promise<ElementHandle<Element> | null> => {
    const handle = await page.evaluateHandle(
      ([css, at]) => {
        const shown = [...document.querySelectorAll(css)].filter((element) => element.checkVisibility());
        return shown[Math.floor(at * shown.length)] ?? null;
      },
      [selector, rand()] as const,
    );
    const element = handle.asElement();
    if (!element) await handle.dispose();
    else held.push(element);
    return element;
  };

  const quick = { timeout: 1500 };

  const moves: [weight: number, name: string, act: () => Promise<void>][] = [
    [
      20,
      'slider-keys',
      async () => {
        const slider = await any('.loss-lab input[type="range"]');
        const presses = 1 + int(6);
        const keys = Array.from({ length: presses }, () => pick(SLIDER_KEYS));
        if (!slider) return;
        await slider.focus();
        for (const key of keys) await page.keyboard.press(key);
        note('slider-keys', keys.join(' '), presses);
      },
    ],
    [
      8,
      'slider-value',
      async () => {
        const slider = await any('.loss-lab input[type="range"]');
        const where = rand();
        if (!slider) return;
        // A direct value anywhere on the track, ends included (as a drag or a click on the track sets it).
        const value = await slider.evaluate((input, at) => {
          const range = input as HTMLInputElement;
          const min = Number(range.min || 0);
          const max = Number(range.max || 100);
          const next = at < 0.15 ? min : at > 0.85 ? max : min + ((at - 0.15) / 0.7) * (max - min);
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(range, String(next));
          range.dispatchEvent(new Event('input', { bubbles: true }));
          range.dispatchEvent(new Event('change', { bubbles: true }));
          return range.value;
        }, where);
        note('slider-value', value);
      },
    ],
    [
      16,
      'toggle',
      async () => {
        const toggle = await any('.loss-lab input[type="checkbox"], .loss-lab input[type="radio"], .loss-lab button[aria-pressed]');
        const clicks = 1 + int(4);
        if (!toggle) return;
        // The first click as a visitor's (the mouse, after Playwright's checks); the rest in quick
        // succession from inside the page, faster than a hand (React renders each at once).
        await toggle.click(quick);
        if (clicks > 1) await toggle.evaluate((element, more) => Array.from({ length: more }, () => (element as HTMLElement).click()), clicks - 1);
        note('toggle', `×${clicks}`, clicks);
      },
    ],
    [
      4,
      'button',
      async () => {
        // Any other button: presets, play/pause, reset, export (downloads), copy link, embed, dismiss.
        const button = await any('.loss-lab button:not([aria-pressed])');
        if (!button) return;
        const name = (await button.textContent())?.trim().slice(0, 30) ?? '';
        await button.click(quick);
        note('button', name);
      },
    ],
    [
      14,
      'text',
      async () => {
        const field = await any('.loss-lab input[type="text"]:not([readonly]), .loss-lab input:not([type]):not([readonly]), .loss-lab textarea:not([readonly])');
        const text = pick(HOSTILE_TEXT);
        const finish = pick(['Enter', 'Tab', 'none']);
        if (!field) return;
        await field.fill(text, quick);
        if (finish !== 'none') await page.keyboard.press(finish);
        note('text', `${JSON.stringify(text.slice(0, 30))} + ${finish}`, finish === 'none' ? 1 : 2);
      },
    ],
    [
      2,
      'type',
      async () => {
        // Typed key by key (each keystroke re-reads the field), into a field cleared first.
        const field = await any('.loss-lab input[type="text"]:not([readonly]), .loss-lab textarea:not([readonly])');
        const text = pick(['1e400', '１２３', '-', 'NaN', '<b>x</b>', '3,,4', '-0.000']);
        if (!field) return;
        await field.fill('', quick);
        await field.type(text);
        note('type', JSON.stringify(text));
      },
    ],
    [
      4,
      'resize',
      async () => {
        const width = 320 + int(1081);
        const height = 560 + int(500);
        await page.setViewportSize({ width, height });
        note('resize', `${width}×${height}`);
      },
    ],
    [
      3,
      'language',
      async () => {
        const select = await any('.preferences .language-switch select');
        const lang = pick(['en', 'zh-CN']);
        if (!select) return;
        await select.selectOption(lang, quick);
        note('language', lang);
      },
    ],
    [
      3,
      'theme',
      async () => {
        const select = await any('.preferences .theme-switch select');
        const theme = pick(['system', 'light', 'dark']);
        if (!select) return;
        await select.selectOption(theme, quick);
        note('theme', theme);
      },
    ],
    [
      4,
      'history',
      async () => {
        const back = rand() < 0.6;
        // Within the app's own entries (the Navigation API lists only those): a step back past the
        // first would leave for about:blank, which is the browser's, not the app's.
        const possible = await page.evaluate((backwards) => {
          const navigation = (window as unknown as { navigation?: { canGoBack: boolean; canGoForward: boolean } }).navigation;
          return navigation ? (backwards ? navigation.canGoBack : navigation.canGoForward) : false;
        }, back);
        if (!possible) return;
        await (back ? page.goBack({ waitUntil: 'commit', timeout: 3000 }) : page.goForward({ waitUntil: 'commit', timeout: 3000 }));
        note('history', back ? 'back' : 'forward');
      },
    ],
    [
      2,
      'tab',
      async () => {
        const panel = pick(PANELS);
        await page.locator(`nav a[href*="panel=${panel}"]`).click(quick);
        note('tab', panel);
      },
    ],
    [
      5,
      'keyboard',
      async () => {
        // Tab through the page and press what has focus (links stay in the app: none opens a window in the site view).
        const tabs = 1 + int(5);
        const key = pick(['Space', 'Enter', 'Escape', 'none']);
        for (let i = 0; i < tabs; i++) await page.keyboard.press(rand() < 0.2 ? 'Shift+Tab' : 'Tab');
        if (key !== 'none') await page.keyboard.press(key);
        note('keyboard', `tab×${tabs} ${key}`, tabs + (key === 'none' ? 0 : 1));
      },
    ],
    [
      4,
      'hover',
      async () => {
        const size = page.viewportSize() ?? { width: 1280, height: 900 };
        const x = int(size.width);
        const y = int(size.height);
        await page.mouse.move(x, y, { steps: 2 });
        note('hover', `${x},${y}`);
      },
    ],
  ];
  const totalWeight = moves.reduce((sum, [weight]) => sum + weight, 0);
  const choose = () => {
    let at = rand() * totalWeight;
    for (const move of moves) {
      at -= move[0];
      if (at < 0) return move;
    }
    return moves[moves.length - 1];
  };

  let nextPanelAt = 0;
  let panelTurn = 0;
  let nextTextCheck = 40;
  while (done < target && Date.now() < deadline) {
    // Every panel gets its share: every 200 interactions the next one is opened by its tab.
    if (done >= nextPanelAt) {
      nextPanelAt = done + 200;
      const panel = PANELS[panelTurn++ % PANELS.length];
      try {
        await page.locator(`nav a[href*="panel=${panel}"]`).click(quick);
        note('tab', `${panel} (turn)`);
      } catch (error) {
        if (!isTransient(error)) throw error;
      }
    }
    const [, name, act] = choose();
    moveStarted = Date.now();
    try {
      await act();
    } catch (error) {
      if (page.isClosed() || !isTransient(error)) {
        problems.push(`${name} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        break;
      }
      actions[`${name} (skipped)`] = (actions[`${name} (skipped)`] ?? 0) + 1;
    }
    if (appErrors(errors).length > 0) {
      problems.push(...appErrors(errors));
      break;
    }
    if (dialogs > 0) {
      problems.push('a dialog opened');
      break;
    }
    if (done >= nextTextCheck) {
      nextTextCheck = done + 40;
      await Promise.all(held.splice(0).map((handle) => handle.dispose().catch(() => undefined)));
      const shown = await textCheck(page);
      if (shown.length > 0) {
        problems.push(...shown);
        break;
      }
    }
  }
  if (problems.length === 0) problems.push(...(await textCheck(page)));
  options.log?.(`monkey seed=${seed}: ${done} interactions in ${Date.now() - started} ms`);
  return { seed, interactions: done, elapsedMs: Date.now() - started, actions, timeByKind, problems, trail };
}

/** The page still answers: the softmax tab opens its panel and its main slider moves to its end. */
export async function stillAlive(page: Page): Promise<boolean> {
  await page.locator('nav a[href*="panel=softmax"]').click();
  await page.locator('#panel-title-softmax').waitFor();
  const slider = page.locator('[data-bench-input]').first();
  await slider.focus();
  await page.keyboard.press('Home');
  const before = await slider.inputValue();
  await page.keyboard.press('End');
  const after = await slider.inputValue();
  return before !== after && after === (await slider.getAttribute('max'));
}
