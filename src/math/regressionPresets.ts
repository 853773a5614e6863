/**
 * Seeded point sets for fitting a line: the same seed gives the same points everywhere (mulberry32).
 * All four share one underlying line y = 0.6·x + 2 and one set of x in [0.5, 9.5], so switching
 * preset changes only what the presets are about; coordinates are rounded to 2 decimals so they
 * stay short in a link.
 */
import type { PlanePoint } from './fitLine';
import { mulberry32, normalSample, studentTSample } from './random';

export type RegressionPresetId = 'clean' | 'one-outlier' | 'outliers' | 'heavy-tails';

export const REGRESSION_PRESET_IDS: readonly RegressionPresetId[] = ['clean', 'one-outlier', 'outliers', 'heavy-tails'];

/** The seed links and the panel use unless told otherwise. */
export const DEFAULT_PRESET_SEED = 7;

export interface RegressionPresetInfo {
  id: RegressionPresetId;
  /** What the points are made of (English; panels translate). */
  recipe: string;
  make: (seed: number) => PlanePoint[];
}

/** The line every preset is drawn around. */
export const PRESET_LINE = { slope: 0.6, intercept: 2 } as const;

const COUNT = 16;
const NOISE = 0.35;
/** The Cauchy noise's scale: its tails, not its width, should stand out. */
const HEAVY_SCALE = 0.5;
/** How far the outliers sit below the line. */
const OUTLIER_DROP = 5;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Evenly spaced x in [0.5, 9.5] jittered by up to ±0.2, with the line plus noise drawn by `noise`. */
function around(seed: number, noise: (uniform: () => number) => number): PlanePoint[] {
  const uniform = mulberry32(seed);
  return Array.from({ length: COUNT }, (_, i) => {
    const x = 0.5 + (9 * i) / (COUNT - 1) + 0.4 * (uniform() - 0.5);
    return { x: round2(x), y: round2(PRESET_LINE.slope * x + PRESET_LINE.intercept + noise(uniform)) };
  });
}

const clean = (seed: number) => around(seed, (uniform) => NOISE * normalSample(uniform));

/** Move the points at `indices` OUTLIER_DROP below where they were (plus a little spread). */
function dropPoints(points: PlanePoint[], indices: readonly number[], seed: number): PlanePoint[] {
  const uniform = mulberry32(seed ^ 0x5bd1e995);
  return points.map((p, i) => (indices.includes(i) ? { x: p.x, y: round2(p.y - OUTLIER_DROP - uniform()) } : p));
}

/** Four distinct indices in the right half of the points, chosen by the seed. */
function rightHalfIndices(seed: number, count: number): number[] {
  const uniform = mulberry32(seed ^ 0x27d4eb2f);
  const candidates = Array.from({ length: COUNT / 2 }, (_, k) => COUNT / 2 + k);
  const chosen: number[] = [];
  while (chosen.length < count) {
    const pick = Math.floor(uniform() * candidates.length);
    chosen.push(candidates.splice(pick, 1)[0]);
  }
  return chosen.sort((p, q) => p - q);
}

/** The presets in display order. */
export const REGRESSION_PRESETS: readonly RegressionPresetInfo[] = [
  { id: 'clean', recipe: `16 points on y = 0.6x + 2 with Gaussian noise (σ = ${NOISE})`, make: clean },
  {
    id: 'one-outlier',
    recipe: `the clean points with the second-to-last (high leverage, far right) moved ${OUTLIER_DROP}–${OUTLIER_DROP + 1} below`,
    make: (seed) => dropPoints(clean(seed), [COUNT - 2], seed),
  },
  {
    id: 'outliers',
    recipe: `the clean points with four in the right half moved ${OUTLIER_DROP}–${OUTLIER_DROP + 1} below (a quarter of the data)`,
    make: (seed) => dropPoints(clean(seed), rightHalfIndices(seed, 4), seed),
  },
  {
    id: 'heavy-tails',
    recipe: `the same x with Cauchy noise (Student t, 1 degree of freedom) of scale ${HEAVY_SCALE}, clipped to ±6`,
    make: (seed) => around(seed, (uniform) => Math.max(-6, Math.min(6, HEAVY_SCALE * studentTSample(uniform, 1)))),
  },
];

/** The points of one preset for a seed (default DEFAULT_PRESET_SEED). */
export function regressionPreset(id: RegressionPresetId, seed = DEFAULT_PRESET_SEED): PlanePoint[] {
  const preset = REGRESSION_PRESETS.find((p) => p.id === id);
  if (!preset) throw new RangeError(`regressionPreset: unknown preset ${String(id)}`);
  return preset.make(seed);
}

/** Every preset for one seed. */
export function regressionPresets(seed = DEFAULT_PRESET_SEED): Record<RegressionPresetId, PlanePoint[]> {
  return Object.fromEntries(REGRESSION_PRESETS.map((p) => [p.id, p.make(seed)])) as Record<RegressionPresetId, PlanePoint[]>;
}
