// Linear classifiers under each surrogate loss: golden optima from an independent SciPy solver
// (scripts/classifier_reference.py), hand-worked values, and fast-check properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../fixtures/classifier.json';
import warmFixture from '../fixtures/classifier_warm.json';
import {
  CLASSIFIER_LOSS_IDS,
  classifierGradient,
  classifierObjective,
  classifierTrajectory,
  fitLinearClassifier,
  objectiveAlongAngle,
  perceptronTrain,
  weightNorm,
  zeroOneError,
  type ClassifierLossId,
  type LabeledPoint,
  type LinearClassifierFit,
} from '../../../src/math/classifier';
import { centralDifference, expectClose } from '../helpers';

const SMOOTH: ClassifierLossId[] = ['log', 'exponential', 'squared-hinge', 'modified-huber'];
const datasets = Object.fromEntries(
  Object.entries(fixture.datasets).map(([name, rows]) => [name, rows.map(([x1, x2, label]) => ({ x1, x2, label: label as 1 | -1 }))]),
) as Record<string, LabeledPoint[]>;
const flip = (points: LabeledPoint[]) => points.map((p) => ({ ...p, label: -p.label as 1 | -1 }));
const finite = (...values: number[]) => values.every(Number.isFinite);

/** Random point sets with coordinates in [-4, 4] (three decimals) and both classes present. */
const pointSets = (minLength = 2, maxLength = 24) =>
  fc
    .array(
      fc.record({
        x1: fc.integer({ min: -4000, max: 4000 }).map((v) => v / 1000),
        x2: fc.integer({ min: -4000, max: 4000 }).map((v) => v / 1000),
        label: fc.constantFrom<1 | -1>(1, -1),
      }),
      { minLength, maxLength },
    )
    .filter((ps) => ps.some((p) => p.label === 1) && ps.some((p) => p.label === -1));
const lambdas = fc.constantFrom(0.001, 0.01, 0.1, 1);

/** Points on either side of the line w·x + b = 0 with a gap of at least 0.2 (linearly separable). */
const separableSets = fc
  .tuple(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), pointSets(2, 20))
  .map(([angle, offset, ps]) => {
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    return ps.map((p) => {
      const f = c * p.x1 + s * p.x2 + offset;
      const label: 1 | -1 = f >= 0 ? 1 : -1;
      return { x1: p.x1 + label * 0.1 * c, x2: p.x2 + label * 0.1 * s, label };
    });
  })
  .filter((ps) => ps.some((p) => p.label === 1) && ps.some((p) => p.label === -1));

describe('fitLinearClassifier against SciPy (scripts/classifier_reference.py)', () => {
  const bounded = fixture.cases.filter((c) => !c.unbounded);
  it.each(bounded)('$dataset, $loss, λ = $lambda', (c) => {
    const loss = c.loss as ClassifierLossId;
    const fit = fitLinearClassifier(datasets[c.dataset], loss, { lambda: c.lambda });
    const rel = loss === 'hinge' ? 1e-6 : 1e-9;
    expect(fit.unbounded).toBe(false);
    expect(fit.converged).toBe(true);
    expectClose(fit.objective, c.objective as number, rel, 1e-12);
    expectClose(classifierObjective(datasets[c.dataset], loss, fit.w, fit.b, c.lambda), fit.objective, 1e-15, 1e-300);
    if (c.w) {
      const scale = Math.max(1, Math.hypot(c.w[0], c.w[1]));
      const tolerance = 1e-6;
      expect(Math.abs(fit.w[0] - c.w[0])).toBeLessThan(tolerance * scale);
      expect(Math.abs(fit.w[1] - c.w[1])).toBeLessThan(tolerance * scale);
      if (c.b !== null && c.b !== undefined) expect(Math.abs(fit.b - c.b)).toBeLessThan(tolerance * Math.max(1, Math.abs(c.b)));
    }
  });

  it.each(fixture.cases.filter((c) => c.unbounded))('$dataset, $loss, λ = 0: no minimum, reported with finite numbers', (c) => {
    const fit = fitLinearClassifier(datasets[c.dataset], c.loss as ClassifierLossId, { lambda: 0 });
    expect(fit).toMatchObject({ unbounded: true, converged: false, zeroOneError: 0 });
    expect(finite(fit.w[0], fit.w[1], fit.b, fit.objective, fit.weightNorm)).toBe(true);
    expect(fit.objective).toBeLessThan(1e-6);
  });
});

describe('objective, gradient, 0-1 error: worked values', () => {
  const two: LabeledPoint[] = [
    { x1: 1, x2: 0, label: 1 },
    { x1: -1, x2: 0, label: -1 },
  ];
  it('at w = 0, b = 0 every margin is 0: J = L(0)', () => {
    expectClose(classifierObjective(two, 'log', [0, 0], 0, 1), Math.LN2);
    expect(classifierObjective(two, 'hinge', [0, 0], 0, 1)).toBe(1);
    expect(classifierObjective(two, 'exponential', [0, 0], 0, 1)).toBe(1);
  });
  it('adds (λ/2)‖w‖² and leaves the bias out of the penalty', () => {
    // margins 2·1 + 5 = 7 and 2·1 - 5 = -3: hinge mean (0 + 4)/2 = 2, penalty (0.5/2)·(4 + 9) = 3.25
    expect(classifierObjective(two, 'hinge', [2, 3], 5, 0.5)).toBe(5.25);
  });
  it('the symmetric two-point problem has w = (1, 0), b = 0 for the hinge with λ = 0.5', () => {
    // J = max(0, 1 - w1) + λ/2·w1²: at w1 = 1 the subgradient [−1, 0] + λ contains 0 for λ ≤ 1.
    const fit = fitLinearClassifier(two, 'hinge', { lambda: 0.5 });
    expectClose(fit.w[0], 1, 1e-12);
    expect(Math.abs(fit.w[1]) + Math.abs(fit.b)).toBeLessThan(1e-12);
    expectClose(fit.objective, 0.25, 1e-12);
  });
  it('zeroOneError counts a point on the boundary as an error', () => {
    expect(zeroOneError(two, [1, 0], 0)).toBe(0);
    expect(zeroOneError(two, [1, 0], 1)).toBe(0.5);
    expect(zeroOneError(two, [0, 0], 0)).toBe(1);
    expect(zeroOneError([], [1, 0], 0)).toBe(0);
  });
  it('the gradient matches central differences', () => {
    fc.assert(
      fc.property(pointSets(2, 12), fc.constantFrom(...CLASSIFIER_LOSS_IDS.filter((l) => l !== 'hinge')), lambdas, fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })), (points, loss, lambda, [w1, w2, b]) => {
        const g = classifierGradient(points, loss, [w1, w2], b, lambda);
        const numeric = [
          centralDifference((t) => classifierObjective(points, loss, [t, w2], b, lambda), w1),
          centralDifference((t) => classifierObjective(points, loss, [w1, t], b, lambda), w2),
          centralDifference((t) => classifierObjective(points, loss, [w1, w2], t, lambda), b),
        ];
        return g.every((v, k) => Math.abs(v - numeric[k]) <= 1e-5 * Math.max(1, Math.abs(v)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('fitLinearClassifier: properties', () => {
  it('the gradient is 0 at the optimum of a smooth loss (λ > 0)', () => {
    fc.assert(
      fc.property(pointSets(), fc.constantFrom(...SMOOTH), lambdas, (points, loss, lambda) => {
        const fit = fitLinearClassifier(points, loss, { lambda });
        const g = classifierGradient(points, loss, fit.w, fit.b, lambda);
        const scale = Math.max(1, fit.weightNorm);
        return fit.converged && !fit.unbounded && g.every((v) => Math.abs(v) <= 1e-9 * scale);
      }),
      { numRuns: 150 },
    );
  });

  it('no nearby point has a lower objective (every loss, the hinge included)', () => {
    fc.assert(
      fc.property(pointSets(), fc.constantFrom(...CLASSIFIER_LOSS_IDS), lambdas, fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), fc.constantFrom(1e-2, 1e-4, 1e-6), (points, loss, lambda, direction, size) => {
        const fit = fitLinearClassifier(points, loss, { lambda });
        const [d1, d2, db] = direction.map((v) => v * size);
        const moved = classifierObjective(points, loss, [fit.w[0] + d1, fit.w[1] + d2], fit.b + db, lambda);
        return moved >= fit.objective * (1 - 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('flipping every label flips the boundary: w, b → −w, −b', () => {
    fc.assert(
      fc.property(pointSets(), fc.constantFrom(...CLASSIFIER_LOSS_IDS), lambdas, (points, loss, lambda) => {
        const fit = fitLinearClassifier(points, loss, { lambda });
        const flipped = fitLinearClassifier(flip(points), loss, { lambda });
        const tolerance = 1e-6 * Math.max(1, fit.weightNorm);
        expectClose(flipped.objective, fit.objective, loss === 'hinge' ? 1e-9 : 1e-12, 1e-15);
        expect(Math.abs(flipped.w[0] + fit.w[0])).toBeLessThan(tolerance);
        expect(Math.abs(flipped.w[1] + fit.w[1])).toBeLessThan(tolerance);
        // The bias is unique for the log and exponential losses; otherwise −b must be optimal too.
        if (loss === 'log' || loss === 'exponential') expect(Math.abs(flipped.b + fit.b)).toBeLessThan(tolerance);
        else expectClose(classifierObjective(flip(points), loss, [-fit.w[0], -fit.w[1]], -fit.b, lambda), flipped.objective, 1e-9, 1e-15);
      }),
      { numRuns: 120 },
    );
  });

  it('λ = 0 on separable points: log and exponential report no minimum, with finite numbers', () => {
    fc.assert(
      fc.property(separableSets, fc.constantFrom<ClassifierLossId>('log', 'exponential'), (points, loss) => {
        const fit = fitLinearClassifier(points, loss, { lambda: 0 });
        return fit.unbounded && !fit.converged && finite(fit.w[0], fit.w[1], fit.b, fit.objective) && fit.zeroOneError === 0;
      }),
      { numRuns: 60 },
    );
  });

  it('λ = 0 on separable points: the margin losses reach 0; one class only has no minimum for log with λ > 0', () => {
    fc.assert(
      fc.property(separableSets, fc.constantFrom<ClassifierLossId>('hinge', 'squared-hinge', 'modified-huber'), (points, loss) => {
        const fit = fitLinearClassifier(points, loss, { lambda: 0 });
        return !fit.unbounded && fit.converged && fit.objective <= 1e-12;
      }),
      { numRuns: 40 },
    );
    const oneClass: LabeledPoint[] = [
      { x1: 0, x2: 1, label: 1 },
      { x1: 2, x2: -1, label: 1 },
    ];
    const fit = fitLinearClassifier(oneClass, 'log', { lambda: 0.1 });
    expect(fit.unbounded).toBe(true);
    expect(finite(fit.b, fit.objective)).toBe(true);
    expect(fitLinearClassifier(oneClass, 'hinge', { lambda: 0.1 })).toMatchObject({ objective: 0, w: [0, 0], b: 1 });
  });

  it('no points: w = 0, b = 0, objective 0', () => {
    for (const loss of CLASSIFIER_LOSS_IDS) expect(fitLinearClassifier([], loss, { lambda: 0.1 })).toMatchObject({ w: [0, 0], b: 0, objective: 0 });
  });
});

describe('fitLinearClassifier warm-started from a nearby solution (the panel refits on every move)', () => {
  /** w and b agree to far below the 3–4 significant digits the panel shows. */
  const expectSameFit = (warm: LinearClassifierFit, cold: LinearClassifierFit) => {
    const scale = Math.max(1, Math.abs(cold.w[0]), Math.abs(cold.w[1]), Math.abs(cold.b));
    expect(Math.abs(warm.w[0] - cold.w[0])).toBeLessThan(1e-8 * scale);
    expect(Math.abs(warm.w[1] - cold.w[1])).toBeLessThan(1e-8 * scale);
    expect(Math.abs(warm.b - cold.b)).toBeLessThan(1e-8 * scale);
    expectClose(warm.objective, cold.objective, 1e-10, 1e-14);
    expect(warm.unbounded).toBe(cold.unbounded);
    expect(warm.zeroOneError).toBe(cold.zeroOneError);
  };

  it.each(warmFixture.chains)('$dataset, $loss: λ stepped like the slider, then point 1 dragged, each state against SciPy', (chain) => {
    const loss = chain.loss as ClassifierLossId;
    let points = datasets[chain.dataset];
    let previous: LinearClassifierFit | null = null;
    for (const state of chain.states) {
      if (state.move) {
        const [index, x1, x2] = state.move;
        points = points.map((p, i) => (i === index ? { ...p, x1, x2 } : p));
      }
      const cold = fitLinearClassifier(points, loss, { lambda: state.lambda });
      const fit = fitLinearClassifier(points, loss, { lambda: state.lambda, ...(previous ? { warmStart: previous } : {}) });
      expect(fit.converged).toBe(true);
      expectClose(fit.objective, state.objective, loss === 'hinge' ? 1e-6 : 1e-9, 1e-12);
      const scale = Math.max(1, Math.hypot(state.w[0], state.w[1]));
      expect(Math.abs(fit.w[0] - state.w[0])).toBeLessThan(1e-6 * scale);
      expect(Math.abs(fit.w[1] - state.w[1])).toBeLessThan(1e-6 * scale);
      if (state.b !== null) expect(Math.abs(fit.b - state.b)).toBeLessThan(1e-6 * Math.max(1, Math.abs(state.b)));
      expectSameFit(fit, cold);
      // The warm path is the one taken: a few active-set rounds for the hinge (the continuation takes dozens of Newton steps), fewer Newton steps otherwise.
      if (previous) expect(fit.iterations).toBeLessThanOrEqual(loss === 'hinge' ? 12 : cold.iterations);
      previous = fit;
    }
  });

  const move = fc.oneof(
    fc.record({ kind: fc.constant('lambda' as const), steps: fc.integer({ min: -5, max: 5 }) }),
    fc.record({ kind: fc.constant('point' as const), index: fc.nat(), dx: fc.double({ min: -0.5, max: 0.5, noNaN: true }), dy: fc.double({ min: -0.5, max: 0.5, noNaN: true }) }),
  );

  it('equals the cold fit after a step of λ or a small move of one point, for random point sets', () => {
    fc.assert(
      fc.property(pointSets(2, 16), fc.constantFrom(...CLASSIFIER_LOSS_IDS), lambdas, move, (points, loss, lambda, change) => {
        const before = fitLinearClassifier(points, loss, { lambda });
        let [next, nextLambda]: [LabeledPoint[], number] = [points, lambda];
        if (change.kind === 'lambda') nextLambda = Number((lambda * 10 ** (0.01 * change.steps)).toPrecision(2));
        else {
          const i = change.index % points.length;
          next = points.map((p, k) => (k === i ? { ...p, x1: p.x1 + change.dx, x2: p.x2 + change.dy } : p));
        }
        expectSameFit(fitLinearClassifier(next, loss, { lambda: nextLambda, warmStart: before }), fitLinearClassifier(next, loss, { lambda: nextLambda }));
      }),
      { numRuns: 150 },
    );
  });

  it('is ignored with λ = 0, where the answer may depend on the path (no minimum, minimisers not unique, the vertex search)', () => {
    fc.assert(
      fc.property(fc.oneof(separableSets, pointSets(2, 12)), fc.constantFrom(...CLASSIFIER_LOSS_IDS), (points, loss) => {
        const warmStart = { w: [0.3, -0.7] as const, b: 0.2 };
        expect(fitLinearClassifier(points, loss, { lambda: 0, warmStart })).toEqual(fitLinearClassifier(points, loss, { lambda: 0 }));
      }),
      { numRuns: 30 },
    );
  });
});

describe('classifierTrajectory (full-batch gradient descent from 0)', () => {
  it('the objective never rises, and the states are finite', () => {
    fc.assert(
      fc.property(pointSets(2, 20), fc.constantFrom(...CLASSIFIER_LOSS_IDS), fc.constantFrom(0, 0.01, 0.1), fc.option(fc.constantFrom(0.01, 1, 100), { nil: undefined }), (points, loss, lambda, learningRate) => {
        const t = classifierTrajectory(points, loss, { lambda, steps: 40, learningRate });
        expect(t.objective).toHaveLength(41);
        for (let k = 1; k < t.objective.length; k++) if (t.objective[k] > t.objective[k - 1]) return false;
        return [...t.w1, ...t.w2, ...t.b, ...t.objective].every(Number.isFinite);
      }),
      { numRuns: 100 },
    );
  });

  it('approaches the exact optimum (log loss, overlapping data)', () => {
    const points = datasets.overlapping;
    const t = classifierTrajectory(points, 'log', { lambda: 0.1, steps: 400 });
    const fit = fitLinearClassifier(points, 'log', { lambda: 0.1 });
    expect(t.objective[400] - fit.objective).toBeLessThan(1e-6);
    expect(t.objective[400]).toBeGreaterThanOrEqual(fit.objective * (1 - 1e-14));
    expect(t.zeroOneError[400]).toBe(fit.zeroOneError);
  });
});

describe('perceptronTrain', () => {
  it('follows the update rule on a worked example', () => {
    const points: LabeledPoint[] = [
      { x1: 1, x2: 1, label: 1 },
      { x1: -1, x2: -2, label: -1 },
      { x1: 2, x2: 0, label: 1 },
    ];
    const run = perceptronTrain(points);
    // Point 0: m = 0 → update to w = (1, 1), b = 1, which separates all three points.
    expect(run).toMatchObject({ w1: [0, 1], w2: [0, 1], b: [0, 1], pointIndex: [-1, 0], updates: 1, epochs: 1, separated: true });
  });

  it('separates separable points (and says so)', () => {
    fc.assert(
      fc.property(separableSets, (points) => {
        const run = perceptronTrain(points, { maxEpochs: 1000 });
        const k = run.updates;
        return run.separated && zeroOneError(points, [run.w1[k], run.w2[k]], run.b[k]) === 0;
      }),
      { numRuns: 100 },
    );
  });

  it('reports failure on non-separable points after maxEpochs passes', () => {
    fc.assert(
      fc.property(pointSets(1, 12), fc.integer({ min: 1, max: 50 }), (points, maxEpochs) => {
        // The same point with both labels: no line separates them.
        const p = points[0];
        const run = perceptronTrain([...points, { ...p, label: 1 }, { ...p, label: -1 }], { maxEpochs });
        return !run.separated && run.epochs === maxEpochs && run.w1.length === run.updates + 1;
      }),
      { numRuns: 50 },
    );
    const xor: LabeledPoint[] = [
      { x1: 1, x2: 1, label: 1 },
      { x1: -1, x2: -1, label: 1 },
      { x1: 1, x2: -1, label: -1 },
      { x1: -1, x2: 1, label: -1 },
    ];
    expect(perceptronTrain(xor, { maxEpochs: 20 })).toMatchObject({ separated: false, epochs: 20 });
  });
});

describe('objectiveAlongAngle ("why not train on accuracy")', () => {
  it('gives, at each angle of a sweep (each fit warm-started from the last), what that angle alone gives', () => {
    fc.assert(
      fc.property(pointSets(2, 14), fc.constantFrom(...CLASSIFIER_LOSS_IDS), fc.constantFrom(0, 0.01, 0.1, 1), (points, loss, lambda) => {
        const angles = Array.from({ length: 24 }, (_, k) => -Math.PI + (k * Math.PI) / 12);
        const sweep = objectiveAlongAngle(points, loss, lambda, angles);
        angles.forEach((angle, k) => {
          const alone = objectiveAlongAngle(points, loss, lambda, [angle]);
          expectClose(sweep.objective[k], alone.objective[0], 1e-10, 1e-14);
          expect(sweep.unbounded[k]).toBe(alone.unbounded[0]);
          // (ρ, b) are unique for λ > 0 and the strictly convex log and exponential losses (the hinge is not warm-started).
          if (lambda > 0 && loss !== 'squared-hinge' && loss !== 'modified-huber') {
            expect(Math.abs(sweep.rho[k] - alone.rho[0])).toBeLessThan(1e-7 * Math.max(1, Math.abs(alone.rho[0])));
            expect(Math.abs(sweep.b[k] - alone.b[0])).toBeLessThan(1e-7 * Math.max(1, Math.abs(alone.b[0])));
            expect(sweep.surrogateZeroOne[k]).toBe(alone.surrogateZeroOne[0]);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  const angles = Array.from({ length: 73 }, (_, k) => -Math.PI + (k * Math.PI) / 36);
  it.each(CLASSIFIER_LOSS_IDS)('%s: never below the optimum, equal to it at the optimal angle', (loss) => {
    const points = datasets.outlier;
    const fit = fitLinearClassifier(points, loss, { lambda: 0.1 });
    const best = Math.atan2(fit.w[1], fit.w[0]);
    const profile = objectiveAlongAngle(points, loss, 0.1, [...angles, best]);
    for (const value of profile.objective) expect(value).toBeGreaterThanOrEqual(fit.objective * (1 - 1e-9));
    expectClose(profile.objective[angles.length], fit.objective, loss === 'hinge' ? 1e-6 : 1e-9);
    expect(profile.rho.every((r) => r >= 0)).toBe(true);
  });

  it('the 0-1 error is a staircase: multiples of 1/n, the best over offsets', () => {
    const points = datasets.overlapping;
    const profile = objectiveAlongAngle(points, 'log', 0.01, angles);
    const n = points.length;
    for (let k = 0; k < angles.length; k++) {
      expect(Number.isInteger(Math.round(profile.zeroOne[k] * n * 1e9) / 1e9)).toBe(true);
      expect(profile.zeroOne[k]).toBeLessThanOrEqual(profile.surrogateZeroOne[k]);
      const u: [number, number] = [Math.cos(angles[k]), Math.sin(angles[k])];
      for (const b of [-2, -0.5, 0, 0.5, 2]) expect(profile.zeroOne[k]).toBeLessThanOrEqual(zeroOneError(points, u, b));
    }
    expect(new Set(profile.zeroOne).size).toBeLessThan(angles.length / 2);
  });

  it('λ = 0 on separable points: the log loss has no minimum at the separating angles, finite values', () => {
    const profile = objectiveAlongAngle(datasets.separable, 'log', 0, angles);
    expect(profile.unbounded.some(Boolean)).toBe(true);
    expect([...profile.objective, ...profile.rho, ...profile.b].every(Number.isFinite)).toBe(true);
  });
});

describe('weightNorm', () => {
  it('is the Euclidean length of w, and the fit reports the same', () => {
    expect(weightNorm([3, 4])).toBe(5);
    expect(weightNorm([0, 0])).toBe(0);
    const fit = fitLinearClassifier([{ x1: 0, x2: 1, label: 1 }, { x1: 0, x2: -1, label: -1 }], 'log', { lambda: 0.1 });
    expect(fit.weightNorm).toBe(weightNorm(fit.w));
  });
});
