import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  activationMaxSlope,
  activationSlope,
  DEPTH_ACTIVATIONS,
  depthChain,
  depthGradientChange,
  depthWeights,
  formatLog10Magnitude,
  type DepthActivation,
  type DepthBias,
} from '../../../src/math';
import { centralDifference, expectClose } from '../helpers';
import reference from '../fixtures/depth.json';

const zeroBias: DepthBias = { kind: 'fixed', value: 0 };

describe('depthChain: a three-layer sigmoid chain worked by hand', () => {
  // w = (2, −1, 0.5), b = 0, x = 1.
  //   z1 = 2·1 = 2                     a1 = σ(2) = 0.8807971          σ′(z1) = a1(1 − a1) = 0.1049936
  //   z2 = −1·0.8807971 = −0.8807971   a2 = σ(z2) = 0.2930126         σ′(z2) = 0.2930126·0.7069874 = 0.2071562
  //   z3 = 0.5·0.2930126 = 0.1465063   a3 = σ(z3) = 0.5365612         σ′(z3) = 0.5365612·0.4634388 = 0.2486633
  // Backpropagation, ∂a3/∂z_l:
  //   layer 3: σ′(z3)                    = 0.2486633
  //   layer 2: 0.2486633 · w3 · σ′(z2)   = 0.2486633 · 0.5 · 0.2071562 = 0.0257561
  //   layer 1: 0.0257561 · w2 · σ′(z1)   = 0.0257561 · (−1) · 0.1049936 = −0.0027042
  const chain = depthChain({ activation: 'sigmoid', weights: [2, -1, 0.5], bias: zeroBias, input: 1 });

  it('forward pass', () => {
    expect(chain.layers.map((l) => l.z)).toEqual([2, expect.closeTo(-0.8807971, 6), expect.closeTo(0.1465063, 6)]);
    expect(chain.layers.map((l) => l.a)).toEqual([expect.closeTo(0.8807971, 6), expect.closeTo(0.2930126, 6), expect.closeTo(0.5365612, 6)]);
    expect(chain.output).toBe(chain.layers[2].a);
    expect(chain.layers.map((l) => l.slope)).toEqual([expect.closeTo(0.1049936, 6), expect.closeTo(0.2071562, 6), expect.closeTo(0.2486633, 6)]);
  });

  it('backpropagation: each layer multiplies by w·σ′', () => {
    expect(chain.layers.map((l) => l.grad)).toEqual([expect.closeTo(-0.0027042, 7), expect.closeTo(0.0257561, 7), expect.closeTo(0.2486633, 6)]);
    expect(chain.layers.map((l) => l.sign)).toEqual([-1, 1, 1]);
    expect(chain.layers.map((l) => l.factor)).toEqual([expect.closeTo(-0.1049936, 6), expect.closeTo(0.5 * 0.2071562, 6), expect.closeTo(0.2486633, 6)]);
    expectClose(chain.layers[0].log10Grad, Math.log10(0.0027042), 1e-5);
  });

  it('agrees with a finite difference of the output with respect to each bias', () => {
    for (let l = 0; l < 3; l++) {
      const output = (b: number) => {
        // Perturb one bias: a chain with that layer's bias b, the others 0, by running the layers by hand.
        let a = 1;
        [2, -1, 0.5].forEach((w, k) => (a = 1 / (1 + Math.exp(-(w * a + (k === l ? b : 0))))));
        return a;
      };
      expectClose(chain.layers[l].grad, centralDifference(output, 0), 1e-7);
    }
  });
});

describe('depthChain against the independent NumPy / mpmath reference', () => {
  it.each(reference.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const chain = depthChain({ activation: c.activation as DepthActivation, weights: c.weights, bias: c.bias as DepthBias, input: c.input });
    expect(chain.layers).toHaveLength(c.layers.length);
    c.layers.forEach((want, i) => {
      const got = chain.layers[i];
      expectClose(got.z, want.z, 1e-11, 1e-13);
      expectClose(got.a, want.a, 1e-11, 1e-13);
      // float64's own product: equal to 1e-11 where it is normal, 0 where it underflows.
      if (Math.abs(want.grad) > 1e-290) expectClose(got.grad, want.grad, 1e-10);
      else expect(Math.abs(got.grad)).toBeLessThan(1e-280);
      expect(got.sign).toBe(want.sign);
      if (want.log10Grad === null) expect(got.log10Grad).toBe(-Infinity);
      else expectClose(got.log10Grad, want.log10Grad, 1e-9, 1e-9);
      expect(got.underflow).toBe(want.grad === 0 && want.log10Grad !== null);
    });
  });

  it('includes cases that underflow float64, and layers that are exactly 0', () => {
    const all = reference.cases.flatMap((c) => c.layers);
    expect(all.some((l) => l.grad === 0 && l.log10Grad !== null && l.log10Grad < -330)).toBe(true);
    expect(all.some((l) => l.log10Grad === null)).toBe(true);
  });
});

describe('depthChain: the points the panel makes', () => {
  it('sigmoid, w = 1, ten layers: the first layer gets less than 4⁻⁹ of the output layer', () => {
    const chain = depthChain({ activation: 'sigmoid', weights: depthWeights(10, 1, 'same'), bias: zeroBias, input: 1 });
    expect(depthGradientChange(chain)).toBeLessThan(-9 * Math.log10(4));
  });

  it('sigmoid with z pinned at 0 and w = 8: each layer doubles it (8 · 1/4)', () => {
    const chain = depthChain({ activation: 'sigmoid', weights: depthWeights(12, 8, 'same'), bias: { kind: 'pin', z: 0 }, input: 1 });
    expect(chain.layers.map((l) => l.grad)).toEqual(Array.from({ length: 12 }, (_, i) => 0.25 * 2 ** (11 - i)));
    expect(depthGradientChange(chain)).toBeCloseTo(11 * Math.log10(2), 12);
  });

  it('ReLU, w = 1: every layer keeps it exactly; one negative weight switches the rest off (exact 0, not underflow)', () => {
    const kept = depthChain({ activation: 'relu', weights: depthWeights(30, 1, 'same'), bias: zeroBias, input: 1 });
    expect(kept.layers.every((l) => l.grad === 1)).toBe(true);
    const off = depthChain({ activation: 'relu', weights: [1, -1, 1, 1], bias: zeroBias, input: 1 });
    expect(off.layers.map((l) => l.grad)).toEqual([0, 0, 0, 0]);
    expect(off.layers.every((l) => l.log10Grad === -Infinity && !l.underflow)).toBe(true);
  });

  it('tanh, w = 20, x = 3: float64 gives 0, the logarithm still says how small (about 10^−500)', () => {
    const chain = depthChain({ activation: 'tanh', weights: depthWeights(30, 20, 'same'), bias: zeroBias, input: 3 });
    expect(chain.layers[0].grad).toBe(0);
    expect(chain.layers[0].underflow).toBe(true);
    expect(chain.layers[0].log10Grad).toBeCloseTo(-500.11, 1);
    expect(depthGradientChange(chain)).toBeLessThan(-400);
  });

  it('a one-layer chain changes nothing; an empty chain has no layers', () => {
    expect(depthGradientChange(depthChain({ activation: 'tanh', weights: [3], bias: zeroBias, input: 1 }))).toBe(0);
    expect(depthChain({ activation: 'tanh', weights: [], bias: zeroBias, input: 0.5 })).toEqual({ layers: [], output: 0.5 });
  });
});

describe('activations', () => {
  it.each(DEPTH_ACTIVATIONS)('%s: the slope matches a finite difference and never exceeds its maximum', (id) => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        if (id === 'relu' && Math.abs(z) < 1e-3) return;
        const slope = activationSlope(id, z);
        expect(slope).toBeLessThanOrEqual(activationMaxSlope(id));
        expect(slope).toBeGreaterThanOrEqual(0);
        const chain = depthChain({ activation: id, weights: [1], bias: { kind: 'pin', z }, input: 0 });
        expect(chain.layers[0].slope).toBe(slope);
      }),
    );
    expect(activationMaxSlope('sigmoid')).toBe(0.25);
  });
});

describe('depthChain: properties', () => {
  const activation = fc.constantFrom(...DEPTH_ACTIVATIONS);
  const bias = fc.oneof(
    fc.record({ kind: fc.constant('fixed' as const), value: fc.double({ min: -5, max: 5, noNaN: true }) }),
    fc.record({ kind: fc.constant('pin' as const), z: fc.double({ min: -5, max: 5, noNaN: true }) }),
  );
  const input = fc.double({ min: -3, max: 3, noNaN: true });

  it('sigmoid with |w| ≤ 1: the gradient shrinks at least fourfold per layer', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }), bias, input, (weights, b, x) => {
        const { layers } = depthChain({ activation: 'sigmoid', weights, bias: b, input: x });
        for (let l = 0; l + 1 < layers.length; l++) {
          expect(layers[l].log10Grad).toBeLessThanOrEqual(layers[l + 1].log10Grad - Math.log10(4) + 1e-9);
          expect(Math.abs(layers[l].grad)).toBeLessThanOrEqual(Math.abs(layers[l + 1].grad) / 4 + 1e-300);
        }
      }),
    );
  });

  it('any activation: |∂a_L/∂z_l| ≤ max φ′ · |w_{l+1}| · |∂a_L/∂z_{l+1}|, and the log magnitude matches float64 where it is normal', () => {
    fc.assert(
      fc.property(activation, fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 1, maxLength: 30 }), bias, input, (id, weights, b, x) => {
        const { layers } = depthChain({ activation: id, weights, bias: b, input: x });
        layers.forEach((layer, l) => {
          expect(Number.isNaN(layer.grad) || Number.isNaN(layer.log10Grad) || Number.isNaN(layer.a)).toBe(false);
          if (l + 1 < layers.length) {
            const bound = layers[l + 1].log10Grad + Math.log10(activationMaxSlope(id)) + Math.log10(Math.abs(weights[l + 1]));
            expect(layer.log10Grad).toBeLessThanOrEqual(bound + 1e-9);
          }
          if (Math.abs(layer.grad) > 1e-300 && Number.isFinite(layer.grad)) {
            expect(layer.log10Grad).toBeCloseTo(Math.log10(Math.abs(layer.grad)), 8);
            expect(Math.sign(layer.grad)).toBe(layer.sign);
          }
          if (layer.grad === 0) expect(layer.underflow).toBe(layer.log10Grad > -Infinity);
        });
      }),
    );
  });

  it('ReLU where every later unit is active: the gradient is exactly the product of the later weights', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 3, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.double({ min: 0.1, max: 3, noNaN: true }), (weights, x) => {
        const { layers } = depthChain({ activation: 'relu', weights, bias: zeroBias, input: x });
        layers.forEach((layer, l) => {
          const product = weights.slice(l + 1).reduceRight((g, w) => g * w, 1);
          expectClose(layer.grad, product, 1e-12);
        });
      }),
    );
  });

  it('pinned z: each layer multiplies by exactly w·φ′(z*)', () => {
    fc.assert(
      fc.property(activation, fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.integer({ min: 2, max: 30 }), (id, w, z, count) => {
        const { layers } = depthChain({ activation: id, weights: depthWeights(count, w, 'same'), bias: { kind: 'pin', z }, input: 1 });
        const step = Math.log10(w * activationSlope(id, z));
        for (let l = 0; l + 1 < count; l++) {
          if (Number.isFinite(step)) expect(layers[l].log10Grad - layers[l + 1].log10Grad).toBeCloseTo(step, 9);
          else expect(layers[l].log10Grad).toBe(-Infinity);
        }
      }),
    );
  });
});

describe('depthWeights', () => {
  it('same: every weight is the scale; random: seeded, scaled, and a longer chain extends a shorter one', () => {
    expect(depthWeights(3, 2.5, 'same')).toEqual([2.5, 2.5, 2.5]);
    const a = depthWeights(10, 2, 'random', 7);
    expect(depthWeights(10, 2, 'random', 7)).toEqual(a);
    expect(depthWeights(4, 2, 'random', 7)).toEqual(a.slice(0, 4));
    expect(depthWeights(10, 2, 'random', 8)).not.toEqual(a);
    expect(depthWeights(10, 1, 'random', 7).map((w) => 2 * w)).toEqual(a);
    expect(new Set(a.map(Math.sign)).size).toBe(2);
  });
});

describe('formatLog10Magnitude', () => {
  it('writes magnitudes beyond float64 from their logarithm, and normal ones as formatNumber does', () => {
    expect(formatLog10Magnitude(-500.11, 1)).toBe('7.762e−501');
    expect(formatLog10Magnitude(-500.11, -1)).toBe('−7.762e−501');
    expect(formatLog10Magnitude(-400 + Math.log10(9.99996), 1)).toBe('1e−399');
    expect(formatLog10Magnitude(Math.log10(0.25), 1)).toBe('0.25');
    expect(formatLog10Magnitude(Math.log10(2.5e-7), -1)).toBe('−2.5e−7');
    expect(formatLog10Magnitude(-Infinity, 1)).toBe('0');
    expect(formatLog10Magnitude(512.3, 1)).toBe('1.995e512');
  });
});
