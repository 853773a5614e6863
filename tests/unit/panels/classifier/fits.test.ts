// The panel's fits follow each move from the last one (src/panels/classifier/fits.ts): reused where
// nothing changed, warm-started otherwise, and always the same answers as fitting from scratch.
import { describe, expect, it } from 'vitest';
import { fitAll, fitCache, type ClassifierFits } from '../../../../src/panels/classifier/fits';
import { CLASSIFIER_IDS } from '../../../../src/panels/classifier/definition';
import { OUTLIER, OVERLAPPING } from '../../../../src/panels/classifier/presets';

const expectSame = (actual: ClassifierFits, expected: ClassifierFits) => {
  expect(actual.perceptron).toEqual(expected.perceptron);
  expect(actual.optimum.map((s) => s.id)).toEqual(expected.optimum.map((s) => s.id));
  actual.optimum.forEach((state, i) => {
    const want = expected.optimum[i];
    for (const [a, b] of [[state.w[0], want.w[0]], [state.w[1], want.w[1]], [state.b, want.b]]) expect(Math.abs(a - b)).toBeLessThan(1e-9 * Math.max(1, Math.abs(b)));
    expect(state.zeroOneError).toBe(want.zeroOneError);
    expect(state.unbounded).toBe(want.unbounded);
  });
};

describe('fitCache', () => {
  it('gives the fits from scratch after every move of λ, of a point, of the chosen set and of the penalty switch', () => {
    const fit = fitCache();
    const ids = [...CLASSIFIER_IDS];
    let points = [...OUTLIER];
    const moves: [typeof points, readonly (typeof ids)[number][], number][] = [];
    for (const lambda of [0.1, 0.11, 0.12, 0.11, 0.5]) moves.push([points, ids, lambda]);
    for (let k = 1; k <= 4; k++) {
      points = points.map((p, i) => (i === points.length - 1 ? { ...p, x1: p.x1 + 0.4, x2: p.x2 + 0.3 } : p));
      moves.push([points, ids, 0.5]);
    }
    moves.push([points, ['hinge', 'log'], 0.5], [points, ids, 0], [points, ids, 0.2], [[...OVERLAPPING], ids, 0.2]);
    for (const [p, chosen, lambda] of moves) expectSame(fit(p, chosen, lambda), fitAll(p, chosen, lambda));
  });

  it('reuses what did not change: the perceptron when only λ moved, every fit when only the chosen set did', () => {
    const fit = fitCache();
    const first = fit(OUTLIER, ['hinge', 'perceptron', 'log'], 0.1);
    const second = fit(OUTLIER, ['hinge', 'perceptron', 'log'], 0.2);
    expect(second.optimum[1]).toBe(first.optimum[1]);
    expect(second.optimum[0]).not.toBe(first.optimum[0]);
    const third = fit(OUTLIER, ['perceptron', 'log'], 0.2);
    expect(third.optimum[0]).toBe(second.optimum[1]);
    expect(third.optimum[1]).toBe(second.optimum[2]);
  });
});
