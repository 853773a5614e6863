import { describe, expect, it } from 'vitest';
import { browserPerFile, openApp, waitForPanel } from './browser';
import { appErrors, runMonkey, stillAlive } from './monkeyDriver';

/*
 * A seeded random visitor (tests/e2e/monkeyDriver.ts). In `npm test`: a new seed each run, 2,000
 * interactions (about 80 s on an idle 2-core machine, twice that under load: the run is not cut
 * short by time, so a slow machine makes it slower, not red). `npm run monkey -- --seed N --steps 20000` replays a seed
 * (MONKEY_SEED, MONKEY_STEPS and MONKEY_TIME_MS reach this file from scripts/monkey.mjs).
 */
const seed = Number(process.env.MONKEY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const interactions = Number(process.env.MONKEY_STEPS ?? 2000);
const timeBox = Number(process.env.MONKEY_TIME_MS ?? 400_000);
const replay = `npm run monkey -- --seed ${seed} --steps ${interactions}`;

const browser = browserPerFile();

describe('a random visitor', () => {
  it(
    `survives ${interactions} random interactions across all panels (seed ${seed})`,
    async () => {
      console.log(`monkey seed ${seed} (replay: ${replay})`);
      const { page, context, errors } = await openApp(browser, '?panel=surrogate');
      await waitForPanel(page);
      const report = await runMonkey(page, { seed, interactions, deadline: Date.now() + timeBox, errors, log: console.log });
      const summary = `seed ${seed}, ${report.interactions} interactions in ${report.elapsedMs} ms (replay: ${replay})\nlast actions:\n${report.trail.join('\n')}`;
      console.log(`monkey actions: ${JSON.stringify(report.actions)}\nms by kind: ${JSON.stringify(report.timeByKind)}`);
      expect(report.problems, summary).toEqual([]);
      expect(report.interactions, `${summary}\n(too slow: the run is time-boxed to ${timeBox} ms)`).toBeGreaterThanOrEqual(interactions);
      expect(await stillAlive(page), summary).toBe(true);
      expect(appErrors(errors), summary).toEqual([]);
      await context.close();
    },
    timeBox + 40_000,
  );
});
