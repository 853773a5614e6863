/**
 * Softmax, log-softmax and log-sum-exp, with an honest naive variant (for demonstrating overflow)
 * and a float32 emulation (every operation rounded with Math.fround, as on a GPU).
 */
export type Precision = 'float64' | 'float32';

export interface SoftmaxOptions {
  /** Subtract max(x) before exponentiating (default true). false is the naive formula, kept to show it failing. */
  shift?: boolean;
  /** Arithmetic precision (default 'float64'). */
  precision?: Precision;
}

/** The largest finite float32, (2 - 2^-23)·2^127. */
export const FLOAT32_MAX = (2 - 2 ** -23) * 2 ** 127;

/** The largest finite value of a precision. */
export function maxFinite(precision: Precision): number {
  return precision === 'float32' ? FLOAT32_MAX : Number.MAX_VALUE;
}

/** ln(max finite value): e^x overflows to Infinity for x above this (≈ 709.78 in float64, ≈ 88.72 in float32). */
export function overflowThreshold(precision: Precision): number {
  return Math.log(maxFinite(precision));
}

function rounder(precision: Precision): (v: number) => number {
  return precision === 'float32' ? Math.fround : (v) => v;
}

/**
 * What happened in one cell of the step-by-step computation: overflow to Infinity, underflow to 0,
 * a subnormal result (nonzero but below the smallest normal number, so it keeps only a few
 * significant bits and the naive quotient goes wrong without any NaN), or NaN.
 */
export type CellIssue = 'overflow' | 'underflow' | 'subnormal' | 'nan' | null;

/** The smallest positive normal number of a precision (2^-1022 in float64, 2^-126 in float32). */
export function minNormal(precision: Precision): number {
  return precision === 'float32' ? 2 ** -126 : 2 ** -1022;
}

/** Every intermediate of one softmax evaluation, for the step-by-step tables. */
export interface SoftmaxSteps {
  shift: boolean;
  precision: Precision;
  /** The inputs as the chosen precision stores them. */
  input: number[];
  /** max(x) when shifting, else 0 (nothing is subtracted). */
  offset: number;
  /** x - max(x) (shifted) or x itself (naive): the exponents. */
  exponents: number[];
  /** e^(exponent). */
  exps: number[];
  /** Σ e^(exponent), accumulated left to right. */
  sum: number;
  /** e^(exponent) / sum: the probabilities. */
  probabilities: number[];
  /** Per entry: e^(exponent) overflowed to Infinity, underflowed to 0 from a finite exponent, or is subnormal. */
  expIssues: CellIssue[];
  /** The sum overflowed (Infinity), underflowed (0) or is NaN. */
  sumIssue: CellIssue;
  /** Per entry: the quotient is NaN (Infinity/Infinity or 0/0). */
  probabilityIssues: CellIssue[];
}

function expIssue(exponent: number, value: number, precision: Precision): CellIssue {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity && Number.isFinite(exponent)) return 'overflow';
  if (value === 0 && Number.isFinite(exponent)) return 'underflow';
  if (value > 0 && value < minNormal(precision)) return 'subnormal';
  return null;
}

/**
 * softmax(x)_i = e^(x_i - c) / Σ_j e^(x_j - c), with c = max(x) (shift) or c = 0 (naive), returning
 * every intermediate. The naive form overflows to Infinity/Infinity = NaN past `overflowThreshold`,
 * and underflows to 0/0 = NaN when every x_i is very negative; the shifted form cannot, since its
 * largest exponent is 0.
 */
export function softmaxSteps(x: readonly number[], opts: SoftmaxOptions = {}): SoftmaxSteps {
  const shift = opts.shift ?? true;
  const precision = opts.precision ?? 'float64';
  const r = rounder(precision);
  const input = x.map(r);
  const offset = shift && input.length > 0 ? Math.max(...input) : 0;
  const exponents = input.map((v) => (shift ? r(v - offset) : v));
  const exps = exponents.map((v) => r(Math.exp(v)));
  let sum = 0;
  for (const e of exps) sum = r(sum + e);
  const probabilities = exps.map((e) => r(e / sum));
  const sumIssue: CellIssue = Number.isNaN(sum)
    ? 'nan'
    : sum === Infinity
      ? 'overflow'
      : sum === 0 && exps.length > 0
        ? 'underflow'
        : sum > 0 && sum < minNormal(precision)
          ? 'subnormal'
          : null;
  return {
    shift,
    precision,
    input,
    offset,
    exponents,
    exps,
    sum,
    probabilities,
    expIssues: exps.map((e, i) => expIssue(exponents[i], e, precision)),
    sumIssue,
    probabilityIssues: probabilities.map((p) => (Number.isNaN(p) ? 'nan' : null)),
  };
}

/**
 * softmax(x)_i = e^(x_i - max x) / Σ_j e^(x_j - max x) (default), or the naive e^(x_i) / Σ_j e^(x_j)
 * with `shift: false`. The two are equal in exact arithmetic (softmax(x) = softmax(x - c) for every c).
 */
export function softmax(x: readonly number[], opts: SoftmaxOptions = {}): number[] {
  return softmaxSteps(x, opts).probabilities;
}

/** ln Σ_i e^(x_i - max x) - 0 for a vector whose max is finite, as log1p of the non-max terms. */
function logSumExpShifted(x: readonly number[], max: number): number {
  // The max term contributes exactly e^0 = 1; summing only the rest and using log1p keeps full
  // precision when the others are tiny (ln(1 + 1e-20) would round to 0).
  const maxIndex = x.indexOf(max);
  let rest = 0;
  for (let i = 0; i < x.length; i++) if (i !== maxIndex) rest += Math.exp(x[i] - max);
  return Math.log1p(rest);
}

/**
 * logSumExp(x) = ln Σ_i e^(x_i) = max x + ln Σ_i e^(x_i - max x). Returns -Infinity for an empty
 * vector or when every entry is -Infinity, Infinity when any entry is Infinity, NaN when any is NaN.
 */
export function logSumExp(x: readonly number[]): number {
  if (x.some(Number.isNaN)) return NaN;
  if (x.length === 0) return -Infinity;
  const max = Math.max(...x);
  if (!Number.isFinite(max)) return max;
  return max + logSumExpShifted(x, max);
}

/**
 * logSoftmax(x)_i = x_i - logSumExp(x) = (x_i - max x) - ln Σ_j e^(x_j - max x): the log-probabilities,
 * finite wherever x is, and exact for the largest entry even when the others are negligible.
 */
export function logSoftmax(x: readonly number[]): number[] {
  if (x.some(Number.isNaN)) return x.map(() => NaN);
  if (x.length === 0) return [];
  const max = Math.max(...x);
  if (!Number.isFinite(max)) return x.map((v) => v - logSumExp(x));
  const tail = logSumExpShifted(x, max);
  return x.map((v) => v - max - tail);
}

/**
 * The softmax Jacobian J_ij = ∂p_i/∂x_j = p_i(δ_ij − p_j): p_i(1 − p_i) on the diagonal, −p_i·p_j
 * off it (J = diag(p) − p pᵀ), with p = softmax(x) max-shifted so that any finite logits work. The
 * diagonal's 1 − p_i is summed from the other probabilities instead of subtracted, so it keeps its
 * precision when p_i is close to 1. Each row and each column sums to 0 (softmax(x + c) = softmax(x)
 * and Σ p = 1), and J is symmetric.
 */
export function softmaxJacobian(x: readonly number[]): number[][] {
  const p = softmax(x);
  return p.map((pi, i) =>
    p.map((pj, j) => {
      if (i !== j) return -pi * pj;
      let others = 0;
      for (let k = 0; k < p.length; k++) if (k !== i) others += p[k];
      return pi * others;
    }),
  );
}

/**
 * The chain rule through softmax: ∂L/∂x_j = Σ_i (∂L/∂p_i)·J_ij = Jᵀ·(∂L/∂p), for an upstream
 * gradient ∂L/∂p. Throws RangeError when the two lengths differ.
 */
export function softmaxBackward(x: readonly number[], lossGradP: readonly number[]): number[] {
  if (lossGradP.length !== x.length) throw new RangeError(`gradient has ${lossGradP.length} entries for ${x.length} logits`);
  const jacobian = softmaxJacobian(x);
  return x.map((_, j) => {
    let sum = 0;
    for (let i = 0; i < x.length; i++) sum += lossGradP[i] * jacobian[i][j];
    return sum;
  });
}
