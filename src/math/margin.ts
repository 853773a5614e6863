import { sigmoid, softplus } from './special';

/**
 * Classification losses written on the margin m = y·f(x), with labels y in {-1, +1}.
 * A positive margin is a correct prediction; a larger margin is a more confident one.
 */
export type MarginLossId =
  | 'zero-one'
  | 'hinge'
  | 'squared-hinge'
  | 'log'
  | 'log2'
  | 'exponential'
  | 'perceptron'
  | 'modified-huber';

interface MarginLossFunctions {
  loss: (m: number) => number;
  grad: (m: number) => number;
}

/*
 * Kink convention: where the loss has a corner (hinge at m = 1, perceptron at m = 0) the derivative
 * returned is the LEFT one, the slope of the piece for m <= kink. A point exactly on the kink is
 * treated as still violating the margin, as scikit-learn's Hinge (z <= threshold) and the
 * perceptron update rule (update when m <= 0) do.
 */
const FUNCTIONS: Record<MarginLossId, MarginLossFunctions> = {
  // 1 if m <= 0 else 0. A zero margin is on the decision boundary and counts as an error.
  // d/dm = 0 wherever it is defined; at the jump m = 0 the left derivative, 0, is returned.
  'zero-one': { loss: (m) => (m <= 0 ? 1 : 0), grad: () => 0 },
  // max(0, 1 - m); d/dm = -1 for m <= 1 (left derivative at the kink m = 1), else 0.
  hinge: { loss: (m) => Math.max(0, 1 - m), grad: (m) => (m <= 1 ? -1 : 0) },
  // max(0, 1 - m)²; d/dm = -2·max(0, 1 - m), continuous.
  'squared-hinge': {
    loss: (m) => (m < 1 ? (1 - m) * (1 - m) : 0),
    grad: (m) => (m < 1 ? -2 * (1 - m) : 0),
  },
  // ln(1 + e^-m) = softplus(-m); d/dm = -1 / (1 + e^m) = -sigma(-m).
  log: { loss: (m) => softplus(-m), grad: (m) => -sigmoid(-m) },
  // log2(1 + e^-m) = softplus(-m) / ln 2; d/dm = -sigma(-m) / ln 2. Passes through (0, 1).
  log2: { loss: (m) => softplus(-m) / Math.LN2, grad: (m) => -sigmoid(-m) / Math.LN2 },
  // e^-m; d/dm = -e^-m.
  exponential: { loss: (m) => Math.exp(-m), grad: (m) => -Math.exp(-m) },
  // max(0, -m); d/dm = -1 for m <= 0 (left derivative at the kink m = 0), else 0.
  perceptron: { loss: (m) => Math.max(0, -m), grad: (m) => (m <= 0 ? -1 : 0) },
  // -4m for m < -1, (1 - m)² for -1 <= m < 1, 0 for m >= 1; d/dm = -4, -2(1 - m), 0: continuous.
  'modified-huber': {
    loss: (m) => (m < -1 ? -4 * m : m < 1 ? (1 - m) * (1 - m) : 0),
    grad: (m) => (m < -1 ? -4 : m < 1 ? -2 * (1 - m) : 0),
  },
};

/**
 * The loss of margin m = y·f(x) for the surrogate `id`.
 * zero-one: [m <= 0]; hinge: max(0, 1-m); squared-hinge: max(0, 1-m)²; log: ln(1+e^-m) (stable);
 * log2: log2(1+e^-m); exponential: e^-m; perceptron: max(0, -m);
 * modified-huber: -4m (m < -1), (1-m)² (-1 <= m < 1), 0 (m >= 1).
 */
export function marginLoss(id: MarginLossId, m: number): number {
  return FUNCTIONS[id].loss(m);
}

/**
 * d/dm of `marginLoss(id, m)`. At a kink (hinge at m = 1, perceptron at m = 0) the left derivative
 * is returned (-1: the point still counts as violating); the 0-1 loss returns 0 everywhere,
 * including its jump at m = 0, where it has no derivative.
 */
export function marginLossGrad(id: MarginLossId, m: number): number {
  return FUNCTIONS[id].grad(m);
}

/**
 * Mathematical facts about a margin loss that the app shows and course authors can rely on. Display
 * names and the models that use each loss are text, not math: the surrogate panel's strings hold them.
 */
export interface MarginLossInfo {
  id: MarginLossId;
  /** KaTeX source of L(m). */
  tex: string;
  /** KaTeX source of dL/dm. */
  gradTex: string;
  convex: boolean;
  /** Differentiable everywhere. */
  smooth: boolean;
  /** L(m) >= [m <= 0] for every m. */
  upperBoundsZeroOne: boolean;
  /** Margins where the loss or its derivative has a corner or jump (sample grids must include them). */
  breakpoints: readonly number[];
  /**
   * Corners: margins where L is continuous but L' jumps (its left and right limits differ), so the
   * derivative shown there is one-sided. A subset of `breakpoints`: a breakpoint where L' is
   * continuous (squared hinge at 1, modified Huber at ±1) is no kink, and the 0-1 jump is a jump.
   */
  kinks: readonly number[];
}

/** Every margin loss with its formulas, properties and breakpoints, in display order. */
export const MARGIN_LOSSES: Readonly<Record<MarginLossId, MarginLossInfo>> = {
  'zero-one': {
    id: 'zero-one',
    tex: 'L(m) = \\begin{cases} 1 & m \\le 0 \\\\ 0 & m > 0 \\end{cases}',
    gradTex: "L'(m) = 0 \\quad (m \\ne 0)",
    convex: false,
    smooth: false,
    upperBoundsZeroOne: true,
    breakpoints: [0],
    kinks: [],
  },
  hinge: {
    id: 'hinge',
    tex: 'L(m) = \\max(0,\\, 1 - m)',
    gradTex: "L'(m) = \\begin{cases} -1 & m \\le 1 \\\\ 0 & m > 1 \\end{cases}",
    convex: true,
    smooth: false,
    upperBoundsZeroOne: true,
    breakpoints: [1],
    kinks: [1],
  },
  'squared-hinge': {
    id: 'squared-hinge',
    tex: 'L(m) = \\max(0,\\, 1 - m)^2',
    gradTex: "L'(m) = -2\\max(0,\\, 1 - m)",
    convex: true,
    smooth: true,
    upperBoundsZeroOne: true,
    breakpoints: [1],
    kinks: [],
  },
  log: {
    id: 'log',
    tex: 'L(m) = \\ln\\left(1 + e^{-m}\\right)',
    gradTex: "L'(m) = -\\frac{1}{1 + e^{m}}",
    convex: true,
    smooth: true,
    upperBoundsZeroOne: false,
    breakpoints: [],
    kinks: [],
  },
  log2: {
    id: 'log2',
    tex: 'L(m) = \\log_2\\left(1 + e^{-m}\\right)',
    gradTex: "L'(m) = -\\frac{1}{(1 + e^{m})\\ln 2}",
    convex: true,
    smooth: true,
    upperBoundsZeroOne: true,
    breakpoints: [],
    kinks: [],
  },
  exponential: {
    id: 'exponential',
    tex: 'L(m) = e^{-m}',
    gradTex: "L'(m) = -e^{-m}",
    convex: true,
    smooth: true,
    upperBoundsZeroOne: true,
    breakpoints: [],
    kinks: [],
  },
  perceptron: {
    id: 'perceptron',
    tex: 'L(m) = \\max(0,\\, -m)',
    gradTex: "L'(m) = \\begin{cases} -1 & m \\le 0 \\\\ 0 & m > 0 \\end{cases}",
    convex: true,
    smooth: false,
    upperBoundsZeroOne: false,
    breakpoints: [0],
    kinks: [0],
  },
  'modified-huber': {
    id: 'modified-huber',
    tex: 'L(m) = \\begin{cases} -4m & m < -1 \\\\ (1 - m)^2 & -1 \\le m < 1 \\\\ 0 & m \\ge 1 \\end{cases}',
    gradTex: "L'(m) = \\begin{cases} -4 & m < -1 \\\\ -2(1 - m) & -1 \\le m < 1 \\\\ 0 & m \\ge 1 \\end{cases}",
    convex: true,
    smooth: true,
    upperBoundsZeroOne: true,
    breakpoints: [-1, 1],
    kinks: [],
  },
};

/** All margin-loss ids in display order. */
export const MARGIN_LOSS_IDS = Object.keys(MARGIN_LOSSES) as MarginLossId[];

/** True when `value` names a margin loss. */
export function isMarginLossId(value: string): value is MarginLossId {
  return Object.prototype.hasOwnProperty.call(MARGIN_LOSSES, value);
}
