import { neuronCostGradZ, type NeuronCost } from './neuron';

/**
 * How fast a sigmoid neuron starts to learn, in the sense of Nielsen's chapter 3: the rate of
 * learning is the size of the partial derivatives, so the weight's first step is η·|∂C/∂w| with
 * ∂C/∂w = ∂C/∂z · x. Quadratic cost: (a − y)·σ′(z)·x, small when the neuron saturates; cross-entropy:
 * (a − y)·x, larger the worse the start.
 */
export function initialWeightGradient(cost: NeuronCost, w: number, b: number, x: number, y: number): number {
  return neuronCostGradZ(cost, w * x + b, y) * x;
}

export interface FasterStart {
  /** The start whose weight moves more in the first update, or 'same' when the two are within the tie ratio. */
  faster: 1 | 2 | 'same';
  /** |∂C/∂w| at each start. */
  rates: readonly [number, number];
  /** The larger rate over the smaller (∞ when the smaller is 0; 1 when both are). */
  ratio: number;
}

/** Which of two starts learns faster at first under a cost; `tie` is the relative difference below which they count as the same. */
export function fasterStart(cost: NeuronCost, start1: { w: number; b: number }, start2: { w: number; b: number }, x: number, y: number, tie = 0.05): FasterStart {
  const r1 = Math.abs(initialWeightGradient(cost, start1.w, start1.b, x, y));
  const r2 = Math.abs(initialWeightGradient(cost, start2.w, start2.b, x, y));
  const high = Math.max(r1, r2);
  const low = Math.min(r1, r2);
  const ratio = high === 0 ? 1 : low === 0 ? Infinity : high / low;
  const faster = ratio <= 1 + tie ? 'same' : r1 > r2 ? 1 : 2;
  return { faster, rates: [r1, r2], ratio };
}
