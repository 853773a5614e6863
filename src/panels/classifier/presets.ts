import type { LabeledPoint } from '../../math/classifier';

/*
 * The preset data sets, each making one point about the losses. Coordinates lie in the plane's
 * −5…5 square; labels are +1 and −1.
 */

const pts = (rows: readonly (readonly [number, number, 1 | -1])[]): readonly LabeledPoint[] => rows.map(([x1, x2, label]) => ({ x1, x2, label }));

/** Two clouds a straight line separates with room to spare. */
export const SEPARABLE = pts([
  [1, 1.5, 1],
  [2, 1, 1],
  [2.5, 2.5, 1],
  [0.5, 3, 1],
  [3, 0.5, 1],
  [1.5, 3.5, 1],
  [-1, -0.5, -1],
  [-2, -1.5, -1],
  [-0.5, -2.5, -1],
  [-2.5, 0, -1],
  [-1.5, -3, -1],
  [0, -1.5, -1],
]);

/** The same clouds plus one +1 point far inside the −1 cloud: the exponential loss bends to it, the hinge barely moves. */
export const OUTLIER = [...SEPARABLE, { x1: -4, x2: -4, label: 1 as const }];

/** Clouds that overlap: no line separates them, every loss trades mistakes against each other. */
export const OVERLAPPING = pts([
  [1, 1, 1],
  [2, 0.5, 1],
  [0.5, 2, 1],
  [-0.5, 1, 1],
  [1.5, 2.5, 1],
  [0.5, -0.5, 1],
  [2.5, 1.5, 1],
  [-1, 0.5, 1],
  [-1, -1, -1],
  [-2, -0.5, -1],
  [-0.5, -2, -1],
  [0.5, -1, -1],
  [-1.5, -2.5, -1],
  [1, -0.2, -1],
  [-2.5, -1.5, -1],
  [0, 0.3, -1],
]);

/** A narrow horizontal slot: the perceptron stops at the first line through it, the SVM (hinge) finds the middle. */
export const NARROW_GAP = pts([
  [-3, 0.6, 1],
  [-1, 0.4, 1],
  [1, 0.6, 1],
  [3, 0.4, 1],
  [0, 2, 1],
  [-2, 2.5, 1],
  [2, 2, 1],
  [-3, -0.4, -1],
  [-1, -0.6, -1],
  [1, -0.4, -1],
  [3, -0.6, -1],
  [0, -2, -1],
  [2, -2.5, -1],
  [-2, -2, -1],
]);

/** XOR: opposite corners share a class, so no straight line does better than chance, whatever the loss. */
export const XOR = pts([
  [2, 2, 1],
  [3, 2.5, 1],
  [2.5, 3, 1],
  [-2, -2, 1],
  [-3, -2.5, 1],
  [-2.5, -3, 1],
  [-2, 2, -1],
  [-3, 2.5, -1],
  [-2.5, 3, -1],
  [2, -2, -1],
  [3, -2.5, -1],
  [2.5, -3, -1],
]);

/** Preset names in button order, and their points. */
export const POINT_PRESETS = {
  separable: SEPARABLE,
  overlapping: OVERLAPPING,
  outlier: OUTLIER,
  narrowGap: NARROW_GAP,
  xor: XOR,
} as const;
export type PointPresetName = keyof typeof POINT_PRESETS;
export const POINT_PRESET_NAMES = Object.keys(POINT_PRESETS) as PointPresetName[];
