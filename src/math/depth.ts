import { mulberry32, normalSample } from './random';
import { formatNumber } from './format';
import { sigmoid, sigmoidPrime, softplus } from './special';

/*
 * Vanishing and exploding gradients in the simplest deep network: a chain of L one-neuron layers,
 *
 *   a_0 = x,   z_l = w_l · a_{l−1} + b_l,   a_l = φ(z_l)   (l = 1 … L),   output a_L.
 *
 * Backpropagation gives, for each layer, the derivative of the output with respect to that layer's
 * pre-activation z_l, which is also the derivative with respect to its bias b_l (∂z_l/∂b_l = 1):
 *
 *   ∂a_L/∂z_L = φ′(z_L),   ∂a_L/∂z_l = φ′(z_l) · w_{l+1} · ∂a_L/∂z_{l+1},
 *
 * so ∂a_L/∂z_l = φ′(z_l) · Π_{k=l+1}^{L} w_k φ′(z_k): each layer between l and the output multiplies
 * the gradient by its factor w_k φ′(z_k). Sigmoid's φ′ is at most 1/4, so with |w| ≤ 1 each layer
 * shrinks it at least fourfold; large weights can make the factor larger than 1 (it explodes); ReLU's
 * φ′ is 1 where the unit is active (z > 0), so there the factor is w_k itself, and 0 where it is not.
 *
 * Products of many small factors underflow float64 (below about 4.9e−324 they become 0). So every
 * layer also carries log10 of its gradient's magnitude, summed from each factor's logarithm computed
 * without underflow: the true size is known even where the float64 product is 0, and an exact 0 (a
 * ReLU that is off, a zero weight) has log10 = −∞.
 */

/** The activation functions of the chain. */
export const DEPTH_ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export type DepthActivation = (typeof DEPTH_ACTIVATIONS)[number];

interface ActivationFunctions {
  /** φ(z). */
  value: (z: number) => number;
  /** φ′(z). */
  slope: (z: number) => number;
  /** ln φ′(z), computed so that it stays finite where φ′(z) itself underflows to 0 (−∞ where φ′ = 0 exactly). */
  logSlope: (z: number) => number;
  /** The largest value φ′ takes: 1/4 for the sigmoid, 1 for tanh and ReLU. */
  maxSlope: number;
}

const LN2 = Math.LN2;

const ACTIVATIONS: Record<DepthActivation, ActivationFunctions> = {
  // σ(z) = 1/(1 + e^−z); σ′(z) = σ(z)σ(−z) ≤ 1/4 (at z = 0); ln σ′(z) = −softplus(z) − softplus(−z).
  sigmoid: { value: sigmoid, slope: sigmoidPrime, logSlope: (z) => -softplus(z) - softplus(-z), maxSlope: 0.25 },
  // tanh′(z) = sech²(z) = 4 / (e^z + e^−z)² ≤ 1 (at z = 0); ln tanh′(z) = 2 ln 2 − 2|z| − 2 ln(1 + e^−2|z|).
  // 1/cosh² instead of 1 − tanh²: no cancellation, and it reaches 0 only where cosh overflows.
  tanh: {
    value: Math.tanh,
    slope: (z) => {
      const c = Math.cosh(z);
      return 1 / (c * c);
    },
    logSlope: (z) => 2 * LN2 - 2 * Math.abs(z) - 2 * Math.log1p(Math.exp(-2 * Math.abs(z))),
    maxSlope: 1,
  },
  // max(0, z); slope 1 for z > 0 and 0 for z ≤ 0 (at the corner z = 0 the unit counts as off, as in PyTorch).
  relu: { value: (z) => Math.max(0, z), slope: (z) => (z > 0 ? 1 : 0), logSlope: (z) => (z > 0 ? 0 : -Infinity), maxSlope: 1 },
};

/** φ(z) for the activation `id`. */
export function activationValue(id: DepthActivation, z: number): number {
  return ACTIVATIONS[id].value(z);
}

/** φ′(z) for the activation `id` (ReLU: 1 for z > 0, 0 for z ≤ 0). */
export function activationSlope(id: DepthActivation, z: number): number {
  return ACTIVATIONS[id].slope(z);
}

/** The maximum of φ′ over all z: 1/4 for the sigmoid (at z = 0), 1 for tanh (at z = 0) and ReLU (z > 0). */
export function activationMaxSlope(id: DepthActivation): number {
  return ACTIVATIONS[id].maxSlope;
}

/**
 * The biases of the chain: the same fixed value b for every layer, or `pin`: each b_l chosen as
 * z* − w_l·a_{l−1}, so that every pre-activation is z_l = z* (z* = 0 puts the sigmoid and tanh at
 * their steepest point, the construction Nielsen uses to make gradients explode).
 */
export type DepthBias = { kind: 'fixed'; value: number } | { kind: 'pin'; z: number };

export interface DepthSetup {
  activation: DepthActivation;
  /** w_1 … w_L (the chain has as many layers as weights). */
  weights: readonly number[];
  bias: DepthBias;
  /** The input a_0 = x. */
  input: number;
}

/** One layer of the chain after the forward pass and backpropagation. */
export interface DepthLayer {
  /** 1 … L (1 next to the input, L the output). */
  layer: number;
  weight: number;
  bias: number;
  /** Pre-activation z_l = w_l·a_{l−1} + b_l. */
  z: number;
  /** Activation a_l = φ(z_l). */
  a: number;
  /** φ′(z_l). */
  slope: number;
  /** ∂a_L/∂z_l = ∂a_L/∂b_l as float64 computes it (it may underflow to 0 or overflow to ±∞). */
  grad: number;
  /** log10 |∂a_L/∂z_l| summed from each factor's logarithm: finite where `grad` underflowed, −∞ where the gradient is exactly 0. */
  log10Grad: number;
  /** The gradient's sign: 1, −1, or 0 where it is exactly 0. */
  sign: number;
  /** True where the true gradient is not 0 but float64 stores it as 0 (below about 4.9e−324). */
  underflow: boolean;
  /** True where the true gradient is finite but beyond float64's range (about 1.8e308). */
  overflow: boolean;
  /**
   * The factor w_{l+1}·φ′(z_l) this layer multiplies the gradient by on its way from layer l + 1
   * back to layer l (for the output layer, L, the factor is φ′(z_L) alone: w_{L+1} is taken as 1).
   */
  factor: number;
}

export interface DepthChain {
  layers: DepthLayer[];
  /** The output a_L. */
  output: number;
}

/**
 * The forward pass and backpropagation through a chain of one-neuron layers (see the comment at the
 * top of this file): for each layer, z_l, a_l, φ′(z_l) and ∂a_L/∂z_l (= ∂a_L/∂b_l), with its log10
 * magnitude computed without underflow. Never NaN for finite inputs (an overflowing forward pass of
 * ReLU is kept at ±∞ activations, and an infinite times zero is taken as the exact zero it stands for).
 */
export function depthChain({ activation, weights, bias, input }: DepthSetup): DepthChain {
  const fn = ACTIVATIONS[activation];
  const count = weights.length;
  const zs: number[] = [];
  const as: number[] = [];
  const bs: number[] = [];
  let previous = input;
  for (let l = 0; l < count; l++) {
    const product = times(weights[l], previous);
    const b = bias.kind === 'fixed' ? bias.value : finiteOr(bias.z - product, 0);
    const z = bias.kind === 'pin' && Number.isFinite(product) ? bias.z : product + b;
    bs.push(b);
    zs.push(z);
    previous = fn.value(z);
    as.push(previous);
  }
  const layers: DepthLayer[] = new Array(count);
  // Running gradient (float64), log10 magnitude and sign, from the output back to the input.
  let grad = 1;
  let log10 = 0;
  let sign = 1;
  for (let l = count - 1; l >= 0; l--) {
    const w = l === count - 1 ? 1 : weights[l + 1];
    const slope = fn.slope(zs[l]);
    const factor = times(w, slope);
    grad = times(grad, factor);
    const logSlope = fn.logSlope(zs[l]) / Math.LN10;
    log10 += (w === 0 ? -Infinity : Math.log10(Math.abs(w))) + logSlope;
    // Every φ′ here is ≥ 0, so the sign comes from the weights alone.
    sign *= Math.sign(w);
    if (log10 === -Infinity) {
      sign = 0;
      grad = 0;
    }
    layers[l] = {
      layer: l + 1,
      weight: weights[l],
      bias: bs[l],
      z: zs[l],
      a: as[l],
      slope,
      grad,
      log10Grad: log10,
      sign,
      underflow: grad === 0 && log10 > -Infinity,
      overflow: !Number.isFinite(grad) && log10 < Infinity,
      factor,
    };
  }
  return { layers, output: count ? as[count - 1] : input };
}

/** a·b with 0·∞ taken as 0: a zero factor is exact, an infinite one is only a float64 stand-in for "very large". */
function times(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** How the weights of the chain are drawn. */
export type DepthWeightMode = 'same' | 'random';

/**
 * The weights w_1 … w_L: every one equal to `scale` ('same'), or `scale` times a standard normal draw
 * ('random'; seeded with mulberry32, so a seed gives the same weights on every machine, and the first
 * k weights of a longer chain are those of the shorter one).
 */
export function depthWeights(layers: number, scale: number, mode: DepthWeightMode, seed = 1): number[] {
  if (mode === 'same') return Array.from({ length: layers }, () => scale);
  const uniform = mulberry32(seed);
  return Array.from({ length: layers }, () => scale * normalSample(uniform));
}

/**
 * log10 of |∂a_L/∂z_1| ÷ |∂a_L/∂z_L|: how many powers of ten the gradient gains (positive) or loses
 * (negative) between the output layer and the first. NaN-free: −∞ when the first layer's gradient
 * is exactly 0, and 0 for a one-layer chain.
 */
export function depthGradientChange(chain: DepthChain): number {
  const { layers } = chain;
  if (layers.length === 0) return 0;
  const first = layers[0].log10Grad;
  const last = layers[layers.length - 1].log10Grad;
  if (last === -Infinity) return first === -Infinity ? 0 : Infinity;
  return first - last;
}

/**
 * A magnitude given by its log10 (and a sign) as decimal text, e.g. (−500.11, 1) → "7.762e−501":
 * how the panel writes a gradient that float64 cannot hold. −∞ is "0"; values float64 holds as normal
 * numbers are written as `formatNumber` writes them (same digits, same style).
 */
export function formatLog10Magnitude(log10: number, sign = 1, digits = 4): string {
  if (log10 === -Infinity || sign === 0) return '0';
  const minus = sign < 0 ? '−' : '';
  if (log10 === Infinity) return `${minus}∞`;
  if (log10 > -307 && log10 < 308) return formatNumber(sign * 10 ** log10, digits);
  let exponent = Math.floor(log10);
  let mantissa = Number((10 ** (log10 - exponent)).toPrecision(digits));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  const text = String(mantissa);
  return `${minus}${text}e${exponent}`.replaceAll('-', '−');
}
