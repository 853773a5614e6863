// Measurements driven through playwright-core in Debian's Chromium: input to next frame, animation
// frame times, the course page's load, and leaks. Every probe here runs unchanged on the app and on
// the bench's trivial pages, so that each figure can be read as a ratio to the trivial one.
import { chromium } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 900 };

export async function launchBrowser(executablePath) {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context and page with a CDP session (throttling, metrics, GC). BENCH_SW=block measures without the service worker. */
export async function openPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: process.env.BENCH_SW === 'block' ? 'block' : 'allow' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

export const setCpuRate = (cdp, rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });

/**
 * Waits until the view can be used: for the app, no panel still loading, no pending first view, and
 * the [data-bench-input] control hydrated (React's props are on it); then two quiet frames.
 */
export async function waitReady(page, { timeout = 60_000 } = {}) {
  await page.waitForFunction(
    () => {
      const input = document.querySelector('[data-bench-input]');
      if (!input) return false;
      const app = document.getElementById('root') !== null;
      if (!app) return true;
      const hydrated = Object.keys(input).some((key) => key.startsWith('__reactProps'));
      return hydrated && document.querySelectorAll('.panel-loading').length === 0 && !document.documentElement.hasAttribute('data-pending');
    },
    null,
    { timeout, polling: 50 },
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}

/** Pauses the page's animation if it is playing ([data-bench-play] with aria-pressed="true"). */
export async function pauseIfPlaying(page) {
  const play = page.locator('[data-bench-play]').first();
  if ((await play.count()) && (await play.getAttribute('aria-pressed')) === 'true') await play.click();
}

/**
 * The input probe. A capturing keydown listener on window (it runs before any of the page's own)
 * takes the event's timestamp, i.e. when the key event was dispatched to the page, queueing
 * included; the move ends at the first setTimeout(0) after the next requestAnimationFrame, i.e.
 * once the frame that shows the move has been produced. Event Timing entries (durationThreshold 16,
 * the browser's measure behind INP) are collected beside it for reference.
 */
async function installInputProbe(page) {
  await page.evaluate(() => {
    if (window.__benchProbe) return;
    const probe = (window.__benchProbe = { starts: [], done: [], events: [], waiters: [] });
    addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        probe.starts.push(start);
        requestAnimationFrame(() =>
          setTimeout(() => {
            probe.done.push(performance.now() - start);
            probe.waiters = probe.waiters.filter((waiter) => !waiter());
          }, 0),
        );
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') probe.events.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16 });
    probe.wait = (count) =>
      new Promise((resolve) => {
        const check = () => (probe.done.length >= count ? (resolve(), true) : false);
        if (!check()) probe.waiters.push(check);
      });
  });
}

const KEY_CODES = { ArrowRight: 39, ArrowLeft: 37, Home: 36, End: 35 };

/**
 * `moves` keyboard steps on [data-bench-input], ArrowRight/ArrowLeft alternating (starting away
 * from the end the slider rests at), each once the previous one's frame is done. The key goes
 * through DevTools (Input.dispatchKeyEvent) without waiting for its acknowledgement, which Chromium
 * sends only after the frame; the key-up follows the probe's end. Returns per-move latencies in ms
 * (probe) and the matching Event Timing durations (16 where the browser reported none: a floor).
 */
export async function measureInput(page, cdp, moves) {
  const input = page.locator('[data-bench-input]').first();
  await input.scrollIntoViewIfNeeded();
  await input.focus();
  const { value, max } = await input.evaluate((el) => ({ value: Number(el.value), max: Number(el.max) }));
  const keys = value >= max ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
  await installInputProbe(page);
  const before = await page.evaluate(() => window.__benchProbe.done.length);
  for (let i = 0; i < moves; i++) {
    const key = keys[i % 2];
    const event = { key, code: key, windowsVirtualKeyCode: KEY_CODES[key], nativeVirtualKeyCode: KEY_CODES[key] };
    const down = cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
    await page.evaluate((n) => window.__benchProbe.wait(n), before + i + 1);
    await down;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  }
  await page.waitForTimeout(100); // Event Timing entries are delivered after their frame
  const { starts, done, events } = await page.evaluate(() => window.__benchProbe);
  const latencies = done.slice(before, before + moves);
  const eventTiming = starts.slice(before, before + moves).map((start) => events.find((e) => Math.abs(e.start - start) < 1)?.duration ?? 16);
  return { latencies, eventTiming };
}

/** rAF deltas while [data-bench-play] plays, from the start of `url`'s run (the cursor put back with Home). */
export async function measureFrames(page, { ms = 3000 } = {}) {
  await pauseIfPlaying(page);
  const input = page.locator('[data-bench-input]').first();
  await input.focus();
  await page.keyboard.press('Home');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const play = page.locator('[data-bench-play]').first();
  if (!(await play.count())) return [];
  await play.click();
  const deltas = await page.evaluate(
    (duration) =>
      new Promise((done) => {
        const deltas = [];
        const play = document.querySelector('[data-bench-play]');
        let last = null;
        const end = performance.now() + duration;
        const tick = (now) => {
          if (last !== null) deltas.push(now - last);
          last = now;
          if (now < end && play.getAttribute('aria-pressed') !== 'false') requestAnimationFrame(tick);
          else done(deltas.slice(2)); // the first frames after the click start the animation
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  await pauseIfPlaying(page);
  return deltas;
}

// Lighthouse's devtools throttling for its mobile preset (slow 4G): the applied figures.
export const SLOW_4G = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

/**
 * Loads `url` in a fresh context with slow 4G applied by DevTools and 4× CPU slowdown, cache off.
 * Returns the load event end, LCP and, for a course page, when every frame had posted its height.
 */
export async function measureLoad(browser, url, { frames = 0 } = {}) {
  const { context, page, cdp } = await openPage(browser);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await setCpuRate(cdp, 4);
    await page.evaluate(() => 0); // make sure the session is attached before navigating
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (frames) await page.waitForFunction((n) => Object.keys(window.__benchReady ?? {}).length >= n, frames, { timeout: 120_000, polling: 100 });
    return await page.evaluate(
      () =>
        new Promise((done) => {
          const nav = performance.getEntriesByType('navigation')[0];
          let lcp = null;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) lcp = entry.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => {
            const ready = Object.values(window.__benchReady ?? {});
            done({ loadMs: nav.loadEventEnd, lcpMs: lcp, readyMs: ready.length ? Math.max(...ready) : null });
          }, 50);
        }),
    );
  } finally {
    await context.close();
  }
}

/** JS heap after forced GC (CDP HeapProfiler.collectGarbage, twice) and the DOM node count (Performance.getMetrics 'Nodes'). */
export async function memory(cdp) {
  await cdp.send('Performance.enable').catch(() => {});
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  // Nodes counts every live node, the prerendered views' <template> contents included; documentNodes
  // only the nodes of the document's tree (what the page shows).
  const { result } = await cdp.send('Runtime.evaluate', { expression: '(() => { let n = 0; const w = document.createTreeWalker(document); while (w.nextNode()) n++; return n; })()', returnByValue: true });
  return { heapMB: get('JSHeapUsedSize') / 1024 / 1024, nodes: get('Nodes'), documentNodes: result.value, listeners: get('JSEventListeners') };
}

/**
 * 10,000 (by default) moves of the view's [data-bench-input]: input events, as a drag sends them
 * (the value set through the native setter, so React sees a change), sweeping 100 steps up and 100
 * back, one frame produced after every `perFrame` moves; ends where it started. Memory before (after
 * a warm-up of 200 moves) and after. Keyboard presses cost a DevTools round trip each, too slow for
 * 10,000 within the bench's time.
 */
export async function leakSlider(browser, url, { moves = 10_000, warmup = 200, perFrame = 20 } = {}) {
  const { context, page, cdp } = await openPage(browser);
  try {
    await page.goto(url);
    await waitReady(page);
    const sweep = (count) =>
      page.evaluate(
        async ({ count, perFrame }) => {
          const el = document.querySelector('[data-bench-input]');
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          const min = Number(el.min);
          const max = Number(el.max);
          const step = el.step && el.step !== 'any' ? Number(el.step) : (max - min) / 1000;
          const start = Number(el.value);
          const dir = start + 100 * step <= max ? 1 : -1;
          for (let i = 0; i < count; i++) {
            const phase = i % 200;
            const k = phase < 100 ? phase + 1 : 199 - phase;
            setValue.call(el, String(Math.min(max, Math.max(min, start + dir * k * step))));
            el.dispatchEvent(new Event('input', { bubbles: true }));
            if (i % perFrame === perFrame - 1) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          }
          return Number(el.value) === start;
        },
        { count, perFrame },
      );
    await sweep(warmup);
    await page.waitForTimeout(500);
    const before = await memory(cdp);
    const started = Date.now();
    const backAtStart = await sweep(moves);
    const seconds = (Date.now() - started) / 1000;
    await page.waitForTimeout(500); // the address bar follows the value after a short settle
    const after = await memory(cdp);
    return { url, moves, warmup, perFrame, how: 'input events', backAtStart, seconds, before, after };
  } finally {
    await context.close();
  }
}

/**
 * Neuron animation for `seconds` of wall time at the view's speed, pressing play again whenever a
 * run ends; memory before (after one whole warm-up run) and after (once paused at the end of a run).
 */
export async function leakAnimation(browser, url, { seconds = 120 } = {}) {
  const { context, page, cdp } = await openPage(browser);
  try {
    await page.goto(url);
    await waitReady(page);
    const play = page.locator('[data-bench-play]').first();
    const playing = async () => (await play.getAttribute('aria-pressed')) === 'true';
    if (!(await playing())) await play.click(); // the warm-up run
    await page.waitForFunction(() => document.querySelector('[data-bench-play]')?.getAttribute('aria-pressed') === 'false', null, { timeout: 120_000, polling: 100 });
    const before = await memory(cdp);
    const end = Date.now() + seconds * 1000;
    let plays = 0;
    let frames = 0;
    await page.evaluate(() => {
      window.__benchFrames = 0;
      const tick = () => {
        window.__benchFrames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    while (Date.now() < end) {
      if (!(await playing())) {
        await play.click();
        plays++;
      }
      await page.waitForTimeout(200);
    }
    await page.waitForFunction(() => document.querySelector('[data-bench-play]')?.getAttribute('aria-pressed') === 'false', null, { timeout: 120_000, polling: 100 });
    frames = await page.evaluate(() => window.__benchFrames);
    await page.waitForTimeout(300);
    const after = await memory(cdp);
    return { url, seconds, plays, frames, before, after };
  } finally {
    await context.close();
  }
}
