#!/usr/bin/env node
// Replays or extends the random-interaction test with a given seed:
//   npm run monkey -- --seed 12345 --steps 20000
// Builds dist/ first if there is none, then runs tests/e2e/monkey.test.ts (the same driver as
// `npm test`) against it, without the test suite's time box.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    steps: { type: 'string', default: '2000' },
    build: { type: 'boolean', default: false },
  },
});
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
const steps = Number(values.steps);
if (!/^\d+$/.test(seed) || !Number.isInteger(steps) || steps < 1) {
  console.error('usage: npm run monkey -- [--seed N] [--steps N] [--build]');
  process.exit(2);
}

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['scripts/ensure-chromium.mjs']);
if (values.build || !existsSync(process.env.LOSS_LAB_DIST ? `${process.env.LOSS_LAB_DIST}/index.html` : 'dist/index.html')) {
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
}
// About 60 ms per interaction on a slow machine, plus a margin: the replay is not time-boxed.
const timeMs = String(steps * 60 + 60_000);
console.log(`monkey: seed ${seed}, ${steps} interactions`);
run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', 'tests/e2e/monkey.test.ts'], { MONKEY_SEED: seed, MONKEY_STEPS: String(steps), MONKEY_TIME_MS: timeMs });
