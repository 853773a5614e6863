// What one step of a panel's main control costs the main thread, slice by slice (run with node after
// `npx vite build`; not part of `npm run bench` or `npm test`).
//
// For each panel, N keyboard steps of its [data-bench-input] (alternating, as the bench does) are
// traced at each CPU rate; per step it prints the renderer thread's own time (trace `tdur`, which
// the machine's load changes far less than wall time) in the key event's script (EventDispatch),
// style, layout, pre-paint, paint and layerize, the Layout events' dirty/total objects and layout
// roots, and Performance.getMetrics' counts. With STEPS_BASELINE=<dist> the same runs alternate
// with that build's, so a change is compared with its baseline in the same minutes.
//
//   node scripts/bench/steps.mjs softmax,surrogate,depth
//   STEPS_MOVES=60 STEPS_RATES=1,4 STEPS_ROUNDS=2 STEPS_BASELINE=/work/baseline-dist node scripts/bench/steps.mjs softmax
//
// Options (environment): STEPS_MOVES (40), STEPS_RATES (1), STEPS_ROUNDS (1), STEPS_QUERY (appended
// to ?panel=<id>, e.g. &temperature=2), STEPS_BASELINE, LOSS_LAB_DIST (dist), CHROMIUM_PATH.
import { resolve } from 'node:path';
import { serve, SUB_PATH } from './server.mjs';
import { launchBrowser, openPage, waitReady, setCpuRate } from './browser.mjs';

const MOVES = Number(process.env.STEPS_MOVES ?? 40);
const RATES = (process.env.STEPS_RATES ?? '1').split(',').map(Number);
const ROUNDS = Number(process.env.STEPS_ROUNDS ?? 1);
const QUERY = process.env.STEPS_QUERY ?? '';
const PANELS = (process.argv[2] ?? 'surrogate,softmax,depth').split(',');
const BUILDS = { build: resolve(process.env.LOSS_LAB_DIST ?? 'dist') };
if (process.env.STEPS_BASELINE) BUILDS.baseline = resolve(process.env.STEPS_BASELINE);
const SLICES = { script: 'EventDispatch', style: 'UpdateLayoutTree', layout: 'Layout', prepaint: 'PrePaint', paint: 'Paint', layerize: 'Layerize' };
const METRICS = ['LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration'];

const roots = Object.fromEntries(Object.entries(BUILDS).map(([name, dir]) => [`/${name}${SUB_PATH}`, dir]));
const { origin, server } = await serve(roots);
const browser = await launchBrowser(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const ms = (value) => value.toFixed(2);

async function measure(build, panel, rate) {
  const { context, page, cdp } = await openPage(browser);
  try {
    await page.goto(`${origin}/${build}${SUB_PATH}?panel=${panel}${QUERY}`);
    await waitReady(page);
    const input = page.locator('[data-bench-input]').first();
    await input.scrollIntoViewIfNeeded();
    await input.focus();
    const { value, max } = await input.evaluate((el) => ({ value: Number(el.value), max: Number(el.max) }));
    const keys = value >= max ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    const step = async (i) => {
      await page.keyboard.press(keys[i % 2]);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    };
    for (let i = 0; i < 4; i++) await step(i); // warm-up, as the bench's
    await setCpuRate(cdp, rate);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (let i = 0; i < MOVES; i++) await step(i);
    const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const after = await metrics();
    await setCpuRate(cdp, 1);
    const layouts = trace.filter((e) => e.name === 'Layout' && e.ph === 'X');
    const thread = layouts[0]?.tid;
    const own = (name) => trace.filter((e) => e.ph === 'X' && e.tid === thread && e.name === name).reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0) / MOVES;
    const styles = trace.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X' && e.tid === thread);
    const rootNames = new Map();
    for (const e of layouts) {
      const name = (e.args?.endData?.layoutRoots ?? []).map((r) => r.nodeName).join(' + ') || '?';
      rootNames.set(name, (rootNames.get(name) ?? 0) + 1);
    }
    return {
      slices: Object.fromEntries(Object.entries(SLICES).map(([slice, name]) => [slice, own(name)])),
      layoutsPerStep: layouts.length / MOVES,
      dirty: median(layouts.map((e) => e.args?.beginData?.dirtyObjects ?? 0)),
      total: median(layouts.map((e) => e.args?.beginData?.totalObjects ?? 0)),
      roots: [...rootNames].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '-',
      styleElements: median(styles.map((e) => e.args?.elementCount ?? 0)),
      metrics: Object.fromEntries(METRICS.map((name) => [name, (after[name] - before[name]) / MOVES])),
    };
  } finally {
    await context.close();
  }
}

try {
  for (const panel of PANELS) {
    for (const rate of RATES) {
      for (let round = 0; round < ROUNDS; round++) {
        for (const build of Object.keys(BUILDS)) {
          const r = await measure(build, panel, rate);
          const slices = Object.entries(r.slices).map(([slice, value]) => `${slice} ${ms(value)}`).join(' · ');
          const m = r.metrics;
          console.log(`${panel} ${rate}× ${build}: ${slices} ms/step (thread)`);
          console.log(`  layout: ${r.layoutsPerStep.toFixed(1)}/step, dirty ${r.dirty}/${r.total} objects, root ${r.roots}; style: ${r.styleElements} elements`);
          console.log(`  getMetrics/step: LayoutCount ${m.LayoutCount.toFixed(1)}, RecalcStyleCount ${m.RecalcStyleCount.toFixed(1)}, LayoutDuration ${ms(m.LayoutDuration * 1000)}, RecalcStyleDuration ${ms(m.RecalcStyleDuration * 1000)}, ScriptDuration ${ms(m.ScriptDuration * 1000)} ms`);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
