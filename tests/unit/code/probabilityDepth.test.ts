import { describe, expect, it } from 'vitest';
import { depthCode } from '../../../src/code/depth';
import { probabilityCode } from '../../../src/code/probability';
import { applyRules, definitionDefaults } from '../../../src/panels/definition';
import { PANELS } from '../../../src/panels/registry';
import { SCENARIOS } from './scenarios';

/* The edge settings of tests/unit/code/scenarios.ts are edges, and the snippets say what happens there. */

function values(id: 'depth' | 'probability', partial: Record<string, unknown>) {
  return applyRules(PANELS[id], { ...(definitionDefaults(PANELS[id]) as Record<string, unknown>), ...partial }) as never;
}

function scenario(id: string, name: string): Record<string, unknown> {
  const found = SCENARIOS[id]?.find(([n]) => n.startsWith(name));
  if (!found) throw new Error(`no scenario "${name}" for ${id}`);
  return found[1];
}

const reading = (code: ReturnType<typeof depthCode>, label: string) => code.readings.find((r) => r.label === label)!.value as number[];

describe('depth snippets', () => {
  it('a scenario underflows float64: gradients printed as 0 whose log10 is finite, which the NumPy snippet prints and explains', () => {
    const code = depthCode(values('depth', scenario('depth', '30 tanh layers, w = 20, b = -5')), 'en');
    const grad = reading(code, 'da_L/dz (float64)');
    const log10 = reading(code, 'log10|da_L/dz|');
    const underflowed = grad.map((g, i) => g === 0 && Number.isFinite(log10[i]));
    expect(underflowed.filter(Boolean).length).toBeGreaterThan(0);
    expect(Math.min(...log10)).toBeLessThan(-324);
    expect(code.numpy).toContain('4.9e-324');
    expect(code.torch).toContain('NumPy snippet prints the log10');
  });

  it('the ReLU scenarios have units that are off (log10 = -inf), one with layers on after them', () => {
    const allOff = reading(depthCode(values('depth', scenario('depth', 'random ReLU chain: every')), 'en'), 'log10|da_L/dz|');
    expect(allOff.every((v) => v === -Infinity)).toBe(true);
    const middle = reading(depthCode(values('depth', scenario('depth', 'random ReLU chain with b = 0.5')), 'en'), 'log10|da_L/dz|');
    expect(middle.some((v) => v === -Infinity)).toBe(true);
    expect(middle.some((v) => Number.isFinite(v))).toBe(true);
  });

  it("random weights are the panel's own, written out, with the seed in the comment; the language follows the visitor", () => {
    const en = depthCode(values('depth', { weights: 'random', seed: 42, layers: 3, w: 2 }), 'en');
    const zh = depthCode(values('depth', { weights: 'random', seed: 42, layers: 3, w: 2 }), 'zh-CN');
    const other = depthCode(values('depth', { weights: 'random', seed: 43, layers: 3, w: 2 }), 'en');
    expect(en.numpy).toMatch(/^# .*seed 42.*\nw = \[[^\]]+\]$/m);
    expect(other.numpy.match(/^w = .*$/m)![0]).not.toBe(en.numpy.match(/^w = .*$/m)![0]);
    expect(zh.numpy).toContain('种子 42');
    expect(zh.torch).toContain('全程 float64');
  });
});

describe('probability snippets', () => {
  it.each([0, 1])('at p = %d the PyTorch snippet leaves out F.binary_cross_entropy (it clamps ln at -100) and says so; NumPy prints the infinite limit', (p) => {
    const code = probabilityCode(values('probability', { p }), 'en');
    expect(code.torch).not.toContain('F.binary_cross_entropy(');
    expect(code.torch).toContain('clamps ln at -100');
    const bce = code.readings.filter((r) => r.label.startsWith('bce'));
    expect(bce.every((r) => r.only?.join() === 'numpy')).toBe(true);
    expect(bce.some((r) => r.value === Infinity || r.value === -Infinity)).toBe(true);
  });

  it('inside (0, 1) both frameworks print the cross-entropy; on the logit axis the snippet uses pos_weight', () => {
    const near = probabilityCode(values('probability', { p: 0.01 }), 'en');
    expect(near.torch).toContain('F.binary_cross_entropy(p, one)');
    expect(near.readings.filter((r) => r.label.startsWith('bce')).every((r) => r.only === undefined)).toBe(true);
    const logit = probabilityCode(values('probability', { logit: true, z: -2, posw: 5 }), 'en');
    expect(logit.torch).toContain('pos_weight = torch.tensor(5.0');
    expect(logit.torch).toContain('F.binary_cross_entropy_with_logits(z, one, pos_weight=pos_weight)');
    expect(logit.readings.map((r) => r.label)).toContain('bce-1 d/dz');
    // pos_weight 5 scales the target-1 cross-entropy fivefold.
    const plain = probabilityCode(values('probability', { logit: true, z: -2, posw: 1 }), 'en');
    const value = (code: typeof plain) => code.readings.find((r) => r.label === 'bce-1 loss')!.value as number;
    expect(value(logit)).toBeCloseTo(5 * value(plain), 12);
  });
});
