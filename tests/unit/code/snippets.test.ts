import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/lang';
import { CODE_GENERATORS } from '../../../src/code/generators';
import { CODE_PANEL_IDS } from '../../../src/code/registry';
import type { Framework, PanelCode, Reading } from '../../../src/code/types';
import { applyRules, definitionDefaults } from '../../../src/panels/definition';
import { PANELS, PANEL_IDS } from '../../../src/panels/registry';
import { SCENARIOS } from './scenarios';

/*
 * Runs every "Copy as code" snippet, for each panel's default view, its presets and a few more
 * settings, with NumPy and with PyTorch (Debian's python3-numpy and python3-torch, for
 * /usr/bin/python3 or $LOSS_LAB_PYTHON), all snippets of a framework in one Python process, and
 * compares each printed number with src/math's at 1e-9 relative (1e-6 for float32 arithmetic).
 */

const PYTHON = process.env.LOSS_LAB_PYTHON ?? '/usr/bin/python3';
const RUNNER = join(__dirname, '../../../scripts/run_snippets.py');
const ABSOLUTE_FLOOR = 1e-14; // values that cancel to about 0 (p − 1 for a sure class) compare absolutely

interface Case {
  name: string;
  code: PanelCode;
}

/** Every scenario of every panel with a generator: defaults, each preset, then the extra ones. */
async function cases(): Promise<Case[]> {
  const all: Case[] = [];
  for (const id of PANEL_IDS) {
    const load = CODE_GENERATORS[id];
    if (!load) continue;
    const generate = await load();
    const panel = PANELS[id];
    const defaults = definitionDefaults(panel) as Record<string, unknown>;
    const settings: [string, Record<string, unknown>, Lang][] = [
      ['default', {}, 'en'],
      ['default, Chinese comments', {}, 'zh-CN'],
      ...Object.entries(panel.presets).map(([name, preset]): [string, Record<string, unknown>, Lang] => [`preset ${name}`, preset, 'en']),
      ...(SCENARIOS[id] ?? []).map(([name, values]): [string, Record<string, unknown>, Lang] => [name, values, 'en']),
    ];
    for (const [name, partial, lang] of settings) {
      const values = applyRules(panel, { ...defaults, ...partial });
      all.push({ name: `${id}: ${name}`, code: generate(values, lang) });
    }
  }
  return all;
}

/** `label = value` lines; values are Python floats or lists of them (nan, inf as Python prints them). */
function parseOutput(stdout: string): Map<string, number | number[]> {
  const printed = new Map<string, number | number[]>();
  for (const line of stdout.split('\n')) {
    const at = line.lastIndexOf(' = ');
    if (at < 0) continue;
    const text = line.slice(at + 3).trim().replace(/-inf\b/g, '"-Infinity"').replace(/\binf\b/g, '"Infinity"').replace(/\bnan\b/g, '"NaN"');
    const parsed: unknown = JSON.parse(text);
    const toNumber = (v: unknown) => Number(v);
    printed.set(line.slice(0, at), Array.isArray(parsed) ? parsed.map(toNumber) : toNumber(parsed));
  }
  return printed;
}

function close(actual: number, expected: number, tolerance: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= Math.max(ABSOLUTE_FLOOR, tolerance * Math.max(Math.abs(expected), Math.abs(actual)));
}

function compare(reading: Reading, actual: number | number[] | undefined): string | null {
  const tolerance = reading.tolerance ?? 1e-9;
  if (actual === undefined) return `"${reading.label}" was not printed`;
  const expected = reading.value;
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return `"${reading.label}" printed a list, expected ${expected}`;
    return close(actual, expected, tolerance) ? null : `"${reading.label}" printed ${actual}, src/math gives ${expected}`;
  }
  if (!Array.isArray(actual) || actual.length !== expected.length) return `"${reading.label}" printed ${JSON.stringify(actual)}, src/math gives [${expected.join(', ')}]`;
  const wrong = expected.findIndex((value, i) => !close(actual[i], value, tolerance));
  return wrong < 0 ? null : `"${reading.label}"[${wrong}] printed ${actual[wrong]}, src/math gives ${expected[wrong]}`;
}

function runAll(framework: Framework, snippets: Record<string, string>): Record<string, { stdout: string; error: string | null }> {
  const result = spawnSync(PYTHON, [RUNNER], { input: JSON.stringify({ framework, snippets }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`could not run ${PYTHON} (set LOSS_LAB_PYTHON to a Python 3 with numpy and torch): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${PYTHON} ${RUNNER} failed (status ${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, { stdout: string; error: string | null }>;
}

const CASES = await cases();

describe.each(['numpy', 'torch'] as const)('%s snippets print what src/math computes', (framework) => {
  let outputs: Record<string, { stdout: string; error: string | null }> = {};
  const withSnippet = CASES.filter((c) => c.code[framework] !== null);

  beforeAll(() => {
    outputs = runAll(framework, Object.fromEntries(withSnippet.map((c) => [c.name, c.code[framework]!])));
  }, 180_000);

  it.each(withSnippet.map((c) => [c.name, c] as const))('%s', (_name, { name, code }) => {
    const output = outputs[name];
    expect(output.error, `the snippet raised:\n${code[framework]}`).toBeNull();
    const printed = parseOutput(output.stdout);
    const expected = code.readings.filter((r) => !r.only || r.only.includes(framework));
    const problems = expected.map((reading) => compare(reading, printed.get(reading.label))).filter((p) => p !== null);
    expect(problems, `${output.stdout}\n--- snippet ---\n${code[framework]}`).toEqual([]);
    // Nothing printed that the test does not check.
    expect([...printed.keys()].sort()).toEqual(expected.map((r) => r.label).sort());
  });
});

it("every panel's default snippet prints something", () => {
  const defaults = CASES.filter((c) => c.name.endsWith(': default'));
  expect(defaults.length).toBeGreaterThan(0);
  for (const c of defaults) expect(c.code.readings.length, c.name).toBeGreaterThan(0);
});

it('the panels with a Code button are exactly those with a generator', () => {
  expect(Object.keys(CODE_GENERATORS).sort()).toEqual([...CODE_PANEL_IDS].sort());
});
