import { binaryCrossEntropyWithLogits } from './crossEntropy';
import { sigmoid, sigmoidPrime } from './special';

/**
 * One sigmoid neuron a = sigma(w·x + b) trained on a single example (x, y) by plain gradient descent,
 * the experiment the articles use to show why cross-entropy learns faster than the quadratic cost.
 */
export type NeuronCost = 'quadratic' | 'cross-entropy';

export interface NeuronSetup {
  w: number;
  b: number;
  x: number;
  y: number;
  /** Learning rate eta. */
  eta: number;
  /** Number of gradient-descent updates. */
  epochs: number;
  cost: NeuronCost;
}

/** Entry k of every array is the state after k updates; each array has epochs + 1 entries. */
export interface NeuronTrajectory {
  w: Float64Array;
  b: Float64Array;
  z: Float64Array;
  a: Float64Array;
  cost: Float64Array;
  /** dC/dz: (a - y)·sigma'(z) for quadratic, a - y for cross-entropy. */
  dCdz: Float64Array;
  /** sigma'(z), the factor the quadratic cost's gradient carries. */
  sigmaPrime: Float64Array;
}

/** The neuron's output a = sigma(w·x + b). */
export function neuronOutput(w: number, b: number, x: number): number {
  return sigmoid(w * x + b);
}

/**
 * The cost of output a = sigma(z) against target y. Quadratic: C = (a - y)²/2.
 * Cross-entropy: C = -[y ln a + (1 - y) ln(1 - a)], evaluated from z in softplus form so that a
 * saturated neuron (a rounding to 0 or 1) still gets its finite cost.
 */
export function neuronCost(cost: NeuronCost, z: number, y: number): number {
  if (cost === 'cross-entropy') return binaryCrossEntropyWithLogits(y, z);
  const d = sigmoid(z) - y;
  return (d * d) / 2;
}

/** dC/dz: (a - y)·sigma'(z) for the quadratic cost; a - y for cross-entropy, where sigma'(z) cancels. */
export function neuronCostGradZ(cost: NeuronCost, z: number, y: number): number {
  const a = sigmoid(z);
  return cost === 'cross-entropy' ? a - y : (a - y) * sigmoidPrime(z);
}

/**
 * Trains the neuron: z_k = w_k·x + b_k, a_k = sigma(z_k), then w_{k+1} = w_k - eta·dC/dz·x and
 * b_{k+1} = b_k - eta·dC/dz. Throws RangeError unless epochs is an integer in 0..100000.
 * With x = 1, y = 0, eta = 0.15 and the quadratic cost, (w, b) = (0.6, 0.9) starts at a = 0.82 and
 * reaches about 0.09 after 300 updates; (2, 2) starts at 0.98 and only reaches about 0.20.
 */
export function trainNeuron(setup: NeuronSetup): NeuronTrajectory {
  const { x, y, eta, epochs, cost } = setup;
  if (!Number.isInteger(epochs) || epochs < 0 || epochs > 100_000) {
    throw new RangeError(`epochs must be an integer in 0..100000, got ${epochs}`);
  }
  const n = epochs + 1;
  const t: NeuronTrajectory = {
    w: new Float64Array(n),
    b: new Float64Array(n),
    z: new Float64Array(n),
    a: new Float64Array(n),
    cost: new Float64Array(n),
    dCdz: new Float64Array(n),
    sigmaPrime: new Float64Array(n),
  };
  let w = setup.w;
  let b = setup.b;
  for (let k = 0; k < n; k++) {
    const z = w * x + b;
    const g = neuronCostGradZ(cost, z, y);
    t.w[k] = w;
    t.b[k] = b;
    t.z[k] = z;
    t.a[k] = sigmoid(z);
    t.cost[k] = neuronCost(cost, z, y);
    t.dCdz[k] = g;
    t.sigmaPrime[k] = sigmoidPrime(z);
    w -= eta * g * x;
    b -= eta * g;
  }
  return t;
}

export interface CostSurface {
  /** Grid columns (w values, ascending) and rows (b values, ascending). */
  ws: Float64Array;
  bs: Float64Array;
  /** Row-major cost values: values[j * ws.length + i] = C(ws[i], bs[j]). */
  values: Float64Array;
}

/** The cost C(w, b) for input x and target y on a columns × rows grid spanning the two ranges. */
export function neuronCostSurface(
  cost: NeuronCost,
  x: number,
  y: number,
  wRange: readonly [number, number],
  bRange: readonly [number, number],
  columns: number,
  rows: number,
): CostSurface {
  const ws = Float64Array.from({ length: columns }, (_, i) => wRange[0] + ((wRange[1] - wRange[0]) * i) / (columns - 1));
  const bs = Float64Array.from({ length: rows }, (_, j) => bRange[0] + ((bRange[1] - bRange[0]) * j) / (rows - 1));
  const values = new Float64Array(columns * rows);
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < columns; i++) values[j * columns + i] = neuronCost(cost, ws[i] * x + bs[j], y);
  }
  return { ws, bs, values };
}

/** The neuron's forward values and its cost's gradients at one (w, b), as the derivations spell them out. */
export interface NeuronGradients {
  /** z = w·x + b. */
  z: number;
  /** a = σ(z). */
  a: number;
  /** σ′(z) = σ(z)(1 − σ(z)). */
  sigmaPrime: number;
  /** ∂C/∂z: (a − y)σ′(z) for quadratic, a − y for cross-entropy. */
  dCdz: number;
  /** ∂C/∂w = ∂C/∂z · x. */
  dCdw: number;
  /** ∂C/∂b = ∂C/∂z. */
  dCdb: number;
  /** The cost C itself. */
  cost: number;
}

/** z, a, σ′(z), the cost and ∂C/∂z, ∂C/∂w = ∂C/∂z·x, ∂C/∂b = ∂C/∂z at weight w and bias b for the example (x, y). */
export function neuronGradients(cost: NeuronCost, w: number, b: number, x: number, y: number): NeuronGradients {
  const z = w * x + b;
  const dCdz = neuronCostGradZ(cost, z, y);
  return { z, a: sigmoid(z), sigmaPrime: sigmoidPrime(z), dCdz, dCdw: dCdz * x, dCdb: dCdz, cost: neuronCost(cost, z, y) };
}

/** One learning rate of a sweep: how soon the output gets near the target, and where it ends. */
export interface RateSweepEntry {
  eta: number;
  /** The first epoch k at which |a_k − y| ≤ tolerance, or null if it does not happen within `epochs`. */
  epochsToTarget: number | null;
  /** The output after all `epochs` updates. */
  finalOutput: number;
  /** True if the cost ever rises from one epoch to the next (the rate overshoots). */
  overshoots: boolean;
}

/**
 * Gradient descent on one neuron (as trainNeuron) for each learning rate in `etas`: the first epoch
 * at which the output is within `tolerance` of the target, |a − y| ≤ tolerance (a measure that means
 * the same under both costs, unlike a cost threshold: the costs have different scales), and whether
 * the cost ever rises. Allocates nothing per epoch. Throws RangeError as trainNeuron does.
 */
export function learningRateSweep(setup: Omit<NeuronSetup, 'eta'>, etas: readonly number[], tolerance: number): RateSweepEntry[] {
  const { x, y, epochs, cost } = setup;
  if (!Number.isInteger(epochs) || epochs < 0 || epochs > 100_000) {
    throw new RangeError(`epochs must be an integer in 0..100000, got ${epochs}`);
  }
  return etas.map((eta) => {
    let w = setup.w;
    let b = setup.b;
    let reached: number | null = null;
    let overshoots = false;
    let previousCost = Infinity;
    let a = Number.NaN;
    for (let k = 0; k <= epochs; k++) {
      const z = w * x + b;
      a = sigmoid(z);
      const c = neuronCost(cost, z, y);
      // A rise beyond rounding: near the minimum, a cost of 1e−30 can wobble by an ulp either way.
      if (c > previousCost * (1 + 1e-9) + 1e-15) overshoots = true;
      previousCost = c;
      if (reached === null && Math.abs(a - y) <= tolerance) reached = k;
      const g = neuronCostGradZ(cost, z, y);
      w -= eta * g * x;
      b -= eta * g;
    }
    return { eta, epochsToTarget: reached, finalOutput: a, overshoots };
  });
}
