/**
 * The softmax panel's derivations as KaTeX lines with their words: the Jacobian, and ∂L/∂x = p − y
 * from it. Pure: the last line of each takes the live logits (every number from src/math).
 */
import { formatNumber, softmax, softmaxCrossEntropyGrad, softmaxJacobian } from '../../../math';
import type { DerivationStep } from '../../../components/derivation/Derivation';
import { texColumn, texMatrix } from '../../../components/derivation/texNumber';
import type { softmaxDerivationStrings } from './strings';

type Key = keyof (typeof softmaxDerivationStrings)['en'];
type T = (key: Key, params?: Record<string, string | number>) => string;

/** The largest matrix typeset in full; past it, its top-left block. */
export const MAX_MATRIX = 6;

export interface LiveSoftmax {
  /** What softmax is applied to: the logits, or x / T when a temperature is set. */
  inputs: readonly number[];
  /** Its symbol on screen: x, or z = x / T. */
  symbol: string;
  /** The true class, 0-based. */
  trueIndex: number;
}

export interface SoftmaxDerivation {
  id: 'jacobian' | 'grad';
  title: string;
  steps: DerivationStep[];
}

/** A vector as words: (1, 2, 3), at most MAX_MATRIX entries. */
function wordsVector(values: readonly number[]): string {
  const shown = values.slice(0, MAX_MATRIX).map((v) => formatNumber(v, 3));
  return `(${shown.join(', ')}${values.length > MAX_MATRIX ? ', …' : ''})`;
}

export function softmaxDerivations(t: T, live: LiveSoftmax): SoftmaxDerivation[] {
  const { inputs, symbol, trueIndex } = live;
  const p = softmax(inputs);
  const jacobian = softmaxJacobian(inputs);
  const target = inputs.map((_, i) => (i === trueIndex ? 1 : 0));
  const gradient = softmaxCrossEntropyGrad(inputs, trueIndex);
  const words = { count: inputs.length, input: symbol, values: wordsVector(inputs), p: wordsVector(p), shown: MAX_MATRIX };
  const step = (key: Key, tex: string, params?: Record<string, string | number>): DerivationStep => ({ note: t(key, params), tex });
  const dp = (i: string, j: string) => `\\frac{\\partial p_${i}}{\\partial x_${j}}`;
  return [
    {
      id: 'jacobian',
      title: t('jacobian.title'),
      steps: [
        step('jacobian.1', 'p_i = \\frac{e^{x_i}}{S}, \\qquad S = \\sum_k e^{x_k}'),
        step('jacobian.2', `${dp('i', 'j')} = \\frac{\\dfrac{\\partial e^{x_i}}{\\partial x_j}\\, S - e^{x_i}\\, e^{x_j}}{S^2}`),
        step('jacobian.3', `${dp('i', 'i')} = \\frac{e^{x_i}}{S} - \\frac{e^{x_i}}{S}\\cdot\\frac{e^{x_i}}{S} = p_i\\,(1 - p_i)`),
        step('jacobian.4', `${dp('i', 'j')} = -\\frac{e^{x_i}}{S}\\cdot\\frac{e^{x_j}}{S} = -p_i\\,p_j \\qquad (i \\ne j)`),
        step('jacobian.5', '\\begin{gathered} J_{ij} = p_i\\,(\\delta_{ij} - p_j) \\\\ \\sum_j J_{ij} = p_i\\Bigl(1 - \\sum_j p_j\\Bigr) = 0 \\end{gathered}'),
        step(inputs.length > MAX_MATRIX ? 'jacobian.liveCut' : 'jacobian.live', `J = ${texMatrix(jacobian, 3, MAX_MATRIX)}`, words),
      ],
    },
    {
      id: 'grad',
      title: t('grad.title'),
      steps: [
        step('grad.1', 'L = -\\sum_i y_i \\ln p_i = -\\ln p_k'),
        step('grad.2', '\\frac{\\partial L}{\\partial p_i} = -\\frac{y_i}{p_i}'),
        step('grad.3', `\\begin{aligned} \\frac{\\partial L}{\\partial x_j} &= \\sum_i \\frac{\\partial L}{\\partial p_i}\\,${dp('i', 'j')} \\\\ &= -\\sum_i \\frac{y_i}{p_i}\\, p_i\\,(\\delta_{ij} - p_j) \\end{aligned}`),
        step('grad.4', '\\begin{aligned} \\frac{\\partial L}{\\partial x_j} &= -\\sum_i y_i\\,\\delta_{ij} + p_j \\sum_i y_i \\\\ &= p_j - y_j \\end{aligned}'),
        step('grad.5', '\\nabla_x L = p - y'),
        step(
          'grad.live',
          `\\nabla_x L = ${texColumn(p, 3, MAX_MATRIX)} - ${texColumn(target, 3, MAX_MATRIX)} = ${texColumn(gradient, 3, MAX_MATRIX)}`,
          { ...words, k: trueIndex + 1, y: wordsVector(target) },
        ),
      ],
    },
  ];
}
