import { depthGradientChange, formatLog10Magnitude, formatNumber, type DepthChain } from '../../math';
import type { depthStrings } from './strings';

type Key = keyof (typeof depthStrings)['en'];
type T = (key: Key, params?: Record<string, string | number>) => string;

/**
 * The sentences under the chart: how much the gradient changed from the output layer to layer 1,
 * where it is exactly 0 (a ReLU that is off), and where float64 underflows. Numbers from src/math.
 */
export function chainSummary(chain: DepthChain, t: T, pinnedSameWeights = false): string[] {
  const { layers } = chain;
  const count = layers.length;
  if (count <= 1) return [t('summaryOne')];
  // Every z equal and every weight equal: one factor, the same at every layer, says it all.
  const pinned = pinnedSameWeights
    ? [t('summaryPinned', { z: formatNumber(layers[0].z), slope: formatNumber(layers[0].slope), w: formatNumber(layers[1].weight), factor: formatNumber(layers[0].factor) })]
    : [];
  return [...pinned, ...changeSummary(chain, t)];
}

function changeSummary(chain: DepthChain, t: T): string[] {
  const { layers } = chain;
  const count = layers.length;
  if (layers[count - 1].log10Grad === -Infinity) return [t('summaryAllOff')];
  const lastZero = layers.findLastIndex((l) => l.log10Grad === -Infinity);
  if (lastZero >= 0) return [t('summaryOff', { layer: lastZero + 1 })];
  const change = depthGradientChange(chain);
  const params = { last: count, factor: formatLog10Magnitude(Math.abs(change)) };
  const sentences = [Math.abs(change) < 1e-9 ? t('summarySame', params) : t(change < 0 ? 'summaryShrank' : 'summaryGrew', params)];
  const lastUnderflow = layers.findLastIndex((l) => l.underflow);
  if (lastUnderflow >= 0) sentences.push(t('summaryUnderflow', { layer: lastUnderflow + 1, value: formatLog10Magnitude(layers[0].log10Grad) }));
  return sentences;
}
