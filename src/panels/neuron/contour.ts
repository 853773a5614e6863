/**
 * Geometry for the cost contour maps: the (w, b) window that holds the descent paths, the contour
 * levels, and SVG path text for d3-contour's rings. Pure functions; the surface values themselves
 * come from neuronCostSurface in src/math.
 */
import { ticks } from 'd3-array';
import type { ContourMultiPolygon } from 'd3-contour';

export interface Window2D {
  w: [number, number];
  b: [number, number];
}

/** Largest |w| or |b| the map window reaches; paths beyond it are clipped (and noted). */
export const WINDOW_LIMIT = 40;

/**
 * A square window (same span on both axes, so a 45° contour looks 45°) around every point of the
 * paths (points beyond ±WINDOW_LIMIT count as at the limit), padded by 25 % on each side, at least `minSpan` wide.
 */
export function pathWindow(paths: readonly { w: ArrayLike<number>; b: ArrayLike<number> }[], minSpan = 4): Window2D {
  let w0 = Infinity;
  let w1 = -Infinity;
  let b0 = Infinity;
  let b1 = -Infinity;
  for (const path of paths) {
    for (let k = 0; k < path.w.length; k++) {
      const w = clampToLimit(path.w[k]);
      const b = clampToLimit(path.b[k]);
      if (w < w0) w0 = w;
      if (w > w1) w1 = w;
      if (b < b0) b0 = b;
      if (b > b1) b1 = b;
    }
  }
  if (!(w0 <= w1 && b0 <= b1)) return { w: [-minSpan / 2, minSpan / 2], b: [-minSpan / 2, minSpan / 2] };
  const span = Math.max(minSpan, (w1 - w0) * 1.5, (b1 - b0) * 1.5);
  const wMid = (w0 + w1) / 2;
  const bMid = (b0 + b1) / 2;
  return { w: [wMid - span / 2, wMid + span / 2], b: [bMid - span / 2, bMid + span / 2] };
}

function clampToLimit(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(WINDOW_LIMIT, Math.max(-WINDOW_LIMIT, value));
}

/** True when some point of the paths lies outside the window (it is then clipped on the map). */
export function pathLeavesWindow(paths: readonly { w: ArrayLike<number>; b: ArrayLike<number> }[], window: Window2D): boolean {
  return paths.some((path) => {
    for (let k = 0; k < path.w.length; k++) {
      if (path.w[k] < window.w[0] || path.w[k] > window.w[1] || path.b[k] < window.b[0] || path.b[k] > window.b[1]) return true;
    }
    return false;
  });
}

/** About `count` round contour levels strictly between the surface's smallest and largest value. */
export function contourLevels(values: ArrayLike<number>, count = 10): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(min < max)) return [];
  return ticks(min, max, count).filter((level) => level > min && level < max);
}

/**
 * SVG path text for one contour. d3-contour puts grid sample i at coordinate i + 0.5; `toX`/`toY`
 * take that grid coordinate to pixels.
 */
export function contourPath(contour: Pick<ContourMultiPolygon, 'coordinates'>, toX: (g: number) => number, toY: (g: number) => number): string {
  let d = '';
  for (const polygon of contour.coordinates) {
    for (const ring of polygon) {
      ring.forEach(([gx, gy], i) => {
        d += `${i === 0 ? 'M' : 'L'}${round1(toX(gx))},${round1(toY(gy))}`;
      });
      d += 'Z';
    }
  }
  return d;
}

/** Pixel coordinates to 0.1 px, as the other charts' paths (d3's `line().digits(1)`): a tenth of what the eye can see, a third fewer bytes in the prerendered views. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
