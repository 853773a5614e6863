import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { learningRateSweep, neuronCost, neuronCostGradZ, neuronOutput, neuronCostSurface, sigmoid, sigmoidPrime, softplus, trainNeuron, xlogy, type NeuronCost } from '../../../src/math';
import sweepReference from '../fixtures/neuron-sweep.json';
import { centralDifference, expectClose } from '../helpers';

const experiment = { x: 1, y: 0, eta: 0.15, epochs: 300 };

describe('trainNeuron: the articles experiment', () => {
  it('quadratic cost: 0.82 falls to about 0.09, 0.98 only to about 0.20', () => {
    const first = trainNeuron({ ...experiment, w: 0.6, b: 0.9, cost: 'quadratic' });
    const second = trainNeuron({ ...experiment, w: 2, b: 2, cost: 'quadratic' });
    expect(first.a[0]).toBeCloseTo(0.82, 2);
    expect(first.a[300]).toBeCloseTo(0.09, 2);
    expect(second.a[0]).toBeCloseTo(0.98, 2);
    expect(second.a[300]).toBeCloseTo(0.2, 2);
    expect(first.a).toHaveLength(301);
  });

  it('cross-entropy: both starts learn fast; the worse start gets the larger gradient', () => {
    const first = trainNeuron({ ...experiment, w: 0.6, b: 0.9, cost: 'cross-entropy' });
    const second = trainNeuron({ ...experiment, w: 2, b: 2, cost: 'cross-entropy' });
    expect(first.a[300]).toBeLessThan(0.02);
    expect(second.a[300]).toBeLessThan(0.02);
    // dC/dz = a - y: the further from the target, the harder the push.
    expect(second.dCdz[0]).toBe(second.a[0]);
    expect(second.dCdz[0]).toBeGreaterThan(first.dCdz[0]);
    // The quadratic cost inverts this: sigma'(z) makes the saturated start's gradient smaller.
    const q1 = trainNeuron({ ...experiment, epochs: 0, w: 0.6, b: 0.9, cost: 'quadratic' });
    const q2 = trainNeuron({ ...experiment, epochs: 0, w: 2, b: 2, cost: 'quadratic' });
    expect(q2.dCdz[0]).toBeLessThan(q1.dCdz[0] / 5);
  });

  it('records the state after k updates, with the quadratic gradient carrying sigma\'(z)', () => {
    const t = trainNeuron({ ...experiment, epochs: 2, w: 0.6, b: 0.9, cost: 'quadratic' });
    expect(t.w[0]).toBe(0.6);
    expect(t.z[0]).toBe(0.6 + 0.9);
    expectClose(t.dCdz[0], sigmoid(1.5) * sigmoidPrime(1.5));
    expectClose(t.w[1], 0.6 - 0.15 * t.dCdz[0]);
    expectClose(t.b[1], 0.9 - 0.15 * t.dCdz[0]);
    expectClose(t.cost[0], sigmoid(1.5) ** 2 / 2);
  });

  it('cost never rises for a small learning rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.constantFrom(0, 1),
        fc.constantFrom<NeuronCost>('quadratic', 'cross-entropy'),
        (w, b, x, y, cost) => {
          const t = trainNeuron({ w, b, x, y, eta: 0.01, epochs: 50, cost });
          for (let k = 1; k < t.cost.length; k++) if (t.cost[k] > t.cost[k - 1] + 1e-15) return false;
          return true;
        },
      ),
    );
  });

  it('diverging learning rates still give finite numbers', () => {
    const t = trainNeuron({ ...experiment, eta: 1e6, w: 0.6, b: 0.9, cost: 'cross-entropy' });
    expect(t.a.every(Number.isFinite)).toBe(true);
    expect(t.cost.every(Number.isFinite)).toBe(true);
  });

  it('rejects a bad epoch count', () => {
    expect(() => trainNeuron({ ...experiment, epochs: 1.5, w: 0, b: 0, cost: 'quadratic' })).toThrow(RangeError);
    expect(() => trainNeuron({ ...experiment, epochs: -1, w: 0, b: 0, cost: 'quadratic' })).toThrow(RangeError);
  });
});

describe('neuron cost and its gradient', () => {
  it('dC/dz matches finite differences for both costs', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.constantFrom(0, 1), fc.constantFrom<NeuronCost>('quadratic', 'cross-entropy'), (z, y, cost) =>
        Math.abs(centralDifference((t) => neuronCost(cost, t, y), z) - neuronCostGradZ(cost, z, y)) < 1e-6,
      ),
    );
  });

  it('the outputs of the two starts are 0.82 and 0.98', () => {
    expect(neuronOutput(0.6, 0.9, 1)).toBeCloseTo(0.8176, 4);
    expect(neuronOutput(2, 2, 1)).toBeCloseTo(0.982, 3);
  });

  it('the cost surface is laid out row-major over (w, b)', () => {
    const s = neuronCostSurface('quadratic', 1, 0, [-1, 1], [0, 2], 3, 2);
    expect(Array.from(s.ws)).toEqual([-1, 0, 1]);
    expect(Array.from(s.bs)).toEqual([0, 2]);
    expectClose(s.values[1 * 3 + 2], neuronCost('quadratic', 1 + 2, 0));
  });
});

describe('special functions', () => {
  it('softplus, sigmoid and xlogy at the edges', () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expectClose(softplus(-50), Math.exp(-50), 1e-15);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoidPrime(0)).toBe(0.25);
    expect(xlogy(0, 0)).toBe(0);
    expect(xlogy(2, Math.E)).toBe(2);
  });
});

describe('learningRateSweep', () => {
  it.each(sweepReference.cases.map((c) => [`${c.setup.cost}, w = ${c.setup.w}, b = ${c.setup.b}, y = ${c.setup.y}`, c] as const))(
    '%s matches the independent Python sweep',
    (_, c) => {
      const entries = learningRateSweep(c.setup as Parameters<typeof learningRateSweep>[0], c.etas, c.tolerance);
      expect(entries.map((e) => e.epochsToTarget)).toEqual(c.entries.map((e) => e.epochsToTarget));
      expect(entries.map((e) => e.overshoots)).toEqual(c.entries.map((e) => e.overshoots));
      entries.forEach((e, i) => expectClose(e.finalOutput, c.entries[i].finalOutput, 1e-9, 1e-15));
    },
  );

  it('agrees with trainNeuron for any rate: the first epoch within the tolerance, and the last output', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 20, noNaN: true }),
        fc.constantFrom<NeuronCost>('quadratic', 'cross-entropy'),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (eta, cost, w, b) => {
          const setup = { w, b, x: 1, y: 0.2, epochs: 60, cost };
          const [entry] = learningRateSweep(setup, [eta], 0.05);
          const t = trainNeuron({ ...setup, eta });
          const first = t.a.findIndex((a) => Math.abs(a - 0.2) <= 0.05);
          expect(entry.epochsToTarget).toBe(first === -1 ? null : first);
          expect(entry.finalOutput).toBe(t.a[60]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('at one shared rate cross-entropy reaches the target from the saturated start far sooner; the quadratic cost needs a far larger rate', () => {
    const base = { w: 2, b: 2, x: 1, y: 0, epochs: 300 };
    const [quad] = learningRateSweep({ ...base, cost: 'quadratic' }, [0.15], 0.1);
    const [ce] = learningRateSweep({ ...base, cost: 'cross-entropy' }, [0.15], 0.1);
    expect(quad.epochsToTarget).toBeNull();
    expect(ce.epochsToTarget).toBe(50);
    expect(learningRateSweep({ ...base, cost: 'quadratic' }, [5], 0.1)[0].epochsToTarget).toBe(14);
  });
});
