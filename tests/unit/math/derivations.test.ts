import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  logLossForms,
  marginLoss,
  neuronGradients,
  sigmoid,
  softmax,
  softmaxBackward,
  softmaxCrossEntropyGrad,
  softmaxJacobian,
  type NeuronCost,
} from '../../../src/math';
import reference from '../fixtures/derivations.json';
import { centralDifference, expectClose } from '../helpers';

const logits = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 });

describe('softmaxJacobian', () => {
  it('matches the worked two-class example: p = (½, ½) gives ¼ on the diagonal and −¼ off it', () => {
    expect(softmaxJacobian([0, 0])).toEqual([
      [0.25, -0.25],
      [-0.25, 0.25],
    ]);
  });

  it.each(reference.jacobian)('matches mpmath differentiation of the definition for $logits', ({ logits: x, jacobian }) => {
    const actual = softmaxJacobian(x);
    for (let i = 0; i < x.length; i++) {
      for (let j = 0; j < x.length; j++) expectClose(actual[i][j], jacobian[i][j], 1e-12, 1e-300);
    }
  });

  it('matches central finite differences of softmax', () => {
    const x = [0.3, -1.2, 2, 0.7];
    const jacobian = softmaxJacobian(x);
    for (let i = 0; i < x.length; i++) {
      for (let j = 0; j < x.length; j++) {
        const derivative = centralDifference((t) => softmax(x.map((v, k) => (k === j ? t : v)))[i], x[j], 1e-5);
        expectClose(jacobian[i][j], derivative, 1e-7, 1e-10);
      }
    }
  });

  it('keeps the diagonal precise when one probability is nearly 1', () => {
    // p_0 = 1/(1 + e^-40): 1 - p_0 rounds badly if subtracted; p_0·(sum of the others) does not.
    const jacobian = softmaxJacobian([40, 0]);
    expectClose(jacobian[0][0], sigmoid(40) * sigmoid(-40), 1e-14);
    expect(jacobian[0][0]).toBeGreaterThan(0);
  });

  it('has rows and columns that sum to 0, is symmetric, and has a non-negative diagonal', () => {
    fc.assert(
      fc.property(logits, (x) => {
        const jacobian = softmaxJacobian(x);
        const scale = Math.max(...jacobian.flat().map(Math.abs), 1e-300);
        for (let i = 0; i < x.length; i++) {
          expect(Math.abs(jacobian[i].reduce((s, v) => s + v, 0))).toBeLessThanOrEqual(4 * x.length * Number.EPSILON * Math.max(scale, 1e-16));
          expect(Math.abs(jacobian.reduce((s, row) => s + row[i], 0))).toBeLessThanOrEqual(4 * x.length * Number.EPSILON * Math.max(scale, 1e-16));
          expect(jacobian[i][i]).toBeGreaterThanOrEqual(0);
          for (let j = 0; j < x.length; j++) expect(jacobian[i][j]).toBe(jacobian[j][i]);
        }
      }),
    );
  });
});

describe('softmaxBackward', () => {
  it('turns the cross-entropy gradient −y/p into p − y (Jᵀ·∂L/∂p = p − y)', () => {
    fc.assert(
      fc.property(
        logits.chain((x) => fc.tuple(fc.constant(x), fc.integer({ min: 0, max: x.length - 1 }))),
        ([x, k]) => {
          const p = softmax(x);
          fc.pre(p[k] > 1e-300);
          const lossGradP = p.map((pi, i) => (i === k ? -1 / pi : 0));
          const chained = softmaxBackward(x, lossGradP);
          const direct = softmaxCrossEntropyGrad(x, k);
          for (let j = 0; j < x.length; j++) expect(Math.abs(chained[j] - direct[j])).toBeLessThanOrEqual(1e-12);
        },
      ),
    );
  });

  it('computes the worked example [1, 5, 3], class 2: p − y with the −1 at the true class', () => {
    const p = softmax([1, 5, 3]);
    const chained = softmaxBackward([1, 5, 3], [0, -1 / p[1], 0]);
    expectClose(chained[0], p[0], 1e-12);
    expectClose(chained[1], p[1] - 1, 1e-12);
    expectClose(chained[2], p[2], 1e-12);
  });

  it('refuses a gradient of the wrong length', () => {
    expect(() => softmaxBackward([1, 2], [1])).toThrow(RangeError);
  });
});

describe('neuronGradients', () => {
  it.each(reference.neuron)('$cost at w=$w, b=$b, x=$x, y=$y matches mpmath', (ref) => {
    const g = neuronGradients(ref.cost as NeuronCost, ref.w, ref.b, ref.x, ref.y);
    expectClose(g.z, ref.z, 1e-15, 1e-15);
    expectClose(g.a, ref.a, 1e-14);
    expectClose(g.sigmaPrime, ref.sigmaPrime, 1e-13);
    expectClose(g.cost, ref.C, 1e-13);
    expectClose(g.dCdw, ref.dCdw, 1e-12, 1e-15);
    expectClose(g.dCdb, ref.dCdb, 1e-12, 1e-15);
  });

  it("works the articles' start 0.98 example: σ′ stalls the quadratic cost, cross-entropy keeps a − y", () => {
    const quadratic = neuronGradients('quadratic', 2, 2, 1, 0);
    const crossEntropy = neuronGradients('cross-entropy', 2, 2, 1, 0);
    expect(quadratic.a).toBeCloseTo(0.98, 2);
    expect(quadratic.sigmaPrime).toBeCloseTo(0.0177, 4);
    expectClose(crossEntropy.dCdw, crossEntropy.a - 0, 1e-15);
    expect(crossEntropy.dCdw / quadratic.dCdw).toBeCloseTo(1 / quadratic.sigmaPrime, 8);
  });
});

describe('logLossForms', () => {
  it.each(reference.logLoss)('f = $score, y = $labelPm: each form matches the Bernoulli likelihood from mpmath', (ref) => {
    const forms = logLossForms(ref.score, ref.labelPm as 1 | -1);
    expect(forms.margin).toBe(ref.margin);
    expect(forms.label01).toBe(ref.labelPm === 1 ? 1 : 0);
    expectClose(forms.probability, ref.probability, 1e-14);
    expectClose(forms.softmaxProbability, ref.probability, 1e-14);
    for (const value of [forms.negLogLikelihood, forms.marginForm, forms.softmaxCrossEntropy]) expectClose(value, ref.loss, 1e-13, 1e-300);
    expectClose(forms.marginForm, marginLoss('log', ref.margin), 1e-15);
  });

  it('agrees across forms for every score and label', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), fc.constantFrom(1 as const, -1 as const), (f, y) => {
        const forms = logLossForms(f, y);
        expectClose(forms.negLogLikelihood, forms.marginForm, 1e-12, 1e-300);
        expectClose(forms.softmaxCrossEntropy, forms.marginForm, 1e-12, 1e-300);
        expectClose(forms.softmaxProbability, forms.probability, 1e-12, 1e-300);
      }),
    );
  });
});
