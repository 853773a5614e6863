// Performance budgets, measured in real Chromium against the built app (run `npm run bench`).
// Prints a table, writes artifacts/bench.json, and exits non-zero if a budget is exceeded.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

const DIST = resolve(process.env.LOSS_LAB_DIST ?? 'dist');
const SUB_PATH = '/courses/ml101/loss-lab/';
const PANELS = ['surrogate', 'neuron', 'softmax', 'more'];
const RUNS = 5;

const BUDGETS = {
  initialJsGzipKB: 110, // what every visitor downloads before any panel: React, the shell
  largestPanelChunkGzipKB: 120, // a panel's own code (KaTeX included where it is used)
  totalJsGzipKB: 350,
  timeToInteractiveMs: 1500, // median, per panel, navigation start → panel rendered
  inputToPaintP95Ms: 50, // keyboard step on a panel's main slider → next frame painted (Event Timing, as INP)
  frameP95Ms: 34, // during an animation (two 60 Hz frames)
};

function bundleSizes() {
  const assets = join(DIST, 'assets');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  let initialJs = 0;
  let totalJs = 0;
  let css = 0;
  let largestChunk = { name: '', gzip: 0 };
  for (const file of files) {
    const gzip = gzipSync(readFileSync(join(assets, file))).length;
    if (file.endsWith('.css')) {
      css += gzip;
      continue;
    }
    totalJs += gzip;
    if (html.includes(file)) initialJs += gzip;
    else if (gzip > largestChunk.gzip) largestChunk = { name: file, gzip };
  }
  const raw = files.reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
  return { initialJsGzipKB: initialJs / 1024, totalJsGzipKB: totalJs / 1024, cssGzipKB: css / 1024, largestPanelChunkGzipKB: largestChunk.gzip / 1024, largestChunk: largestChunk.name, rawJsCssKB: raw / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  const serve = sirv(DIST, { dev: true });
  const server = createServer((req, res) => {
    if (!req.url.startsWith(SUB_PATH)) return res.writeHead(404).end();
    req.url = `/${req.url.slice(SUB_PATH.length)}`;
    serve(req, res, () => res.writeHead(404).end());
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = { bundle: bundleSizes(), panels: {} };
  try {
    for (const panel of PANELS) {
      const tti = [];
      let latencies = [];
      let frames = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${base}?panel=${panel}`);
        await page.waitForSelector('[data-testid=panel-body]');
        await page.waitForFunction(() => document.querySelectorAll('.panel-loading').length === 0);
        tti.push(await page.evaluate(() => performance.now()));
        if (run === 0) {
          latencies = await measureInputLatency(page);
          frames = await measureFrames(page);
        }
        await context.close();
      }
      results.panels[panel] = {
        timeToInteractiveMs: median(tti),
        inputToPaintP50Ms: latencies.length ? median(latencies) : null,
        inputToPaintP95Ms: latencies.length ? percentile(latencies, 95) : null,
        frameP50Ms: frames.length ? median(frames) : null,
        frameP95Ms: frames.length ? percentile(frames, 95) : null,
      };
    }
  } finally {
    await browser.close();
    server.close();
  }
  report(results);
}

/**
 * Presses ArrowRight/ArrowLeft on the panel's [data-bench-input] slider 30 times and reads each
 * keystroke's Event Timing entry (the browser's own measure behind INP: from the key event to the
 * next frame painted after its handlers ran). Chromium reports only events of 16 ms or more, so a
 * keystroke without an entry counts as 16 ms, an upper bound.
 */
async function measureInputLatency(page) {
  const slider = await page.$('[data-bench-input]');
  if (!slider) return [];
  await slider.focus();
  await page.evaluate(() => {
    window.__benchEvents = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') window.__benchEvents.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const starts = [];
  for (let i = 0; i < 30; i++) {
    starts.push(await page.evaluate(() => performance.now()));
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const events = await page.evaluate(() => window.__benchEvents);
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? Infinity;
    const entry = events.find((e) => e.start >= start && e.start < end);
    return entry ? entry.duration : 16;
  });
}

/** Clicks the panel's [data-bench-play] button and records frame intervals for two seconds. */
async function measureFrames(page) {
  const play = await page.$('[data-bench-play]');
  if (!play) return [];
  await play.click();
  const frames = await page.evaluate(
    () =>
      new Promise((done) => {
        const deltas = [];
        let last = performance.now();
        const end = last + 2000;
        const tick = (now) => {
          deltas.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else done(deltas.slice(2));
        };
        requestAnimationFrame(tick);
      }),
  );
  await play.click();
  return frames;
}

function report(results) {
  const rows = [];
  const failures = [];
  const check = (name, value, budget) => {
    const ok = value === null || value <= budget;
    rows.push([name, value === null ? 'n/a' : value.toFixed(1), budget === undefined ? '' : String(budget), ok ? '' : 'OVER']);
    if (!ok) failures.push(`${name}: ${value.toFixed(1)} > ${budget}`);
  };
  const b = results.bundle;
  check('initial JS (gzip KB)', b.initialJsGzipKB, BUDGETS.initialJsGzipKB);
  check(`largest lazy chunk (gzip KB) ${b.largestChunk}`, b.largestPanelChunkGzipKB, BUDGETS.largestPanelChunkGzipKB);
  check('all JS (gzip KB)', b.totalJsGzipKB, BUDGETS.totalJsGzipKB);
  rows.push(['CSS (gzip KB)', b.cssGzipKB.toFixed(1), '', '']);
  for (const [panel, r] of Object.entries(results.panels)) {
    check(`${panel}: time to interactive (ms, median of ${RUNS})`, r.timeToInteractiveMs, BUDGETS.timeToInteractiveMs);
    if (r.inputToPaintP95Ms !== null) {
      rows.push([`${panel}: input to paint p50 (ms)`, r.inputToPaintP50Ms.toFixed(1), '', '']);
      check(`${panel}: input to paint p95 (ms)`, r.inputToPaintP95Ms, BUDGETS.inputToPaintP95Ms);
    }
    if (r.frameP95Ms !== null) {
      rows.push([`${panel}: frame p50 (ms)`, r.frameP50Ms.toFixed(1), '', '']);
      check(`${panel}: frame p95 (ms)`, r.frameP95Ms, BUDGETS.frameP95Ms);
    }
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'metric'.padEnd(width)}  value    budget`);
  for (const [name, value, budget, flag] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(7)}  ${budget.padStart(6)} ${flag}`);
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench.json', JSON.stringify({ budgets: BUDGETS, results }, null, 2));
  if (failures.length) {
    console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
