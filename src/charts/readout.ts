/**
 * What a chart's readout shows, as pure functions: which data index lies under a pointer or a finger,
 * and where the arrow keys move it. A readout walks an index (an epoch, a class, a sample of z), so
 * every chart reads its values from its own data at that index and none of them types a step.
 */

/** The readout's next index for a key press over 0…last, or null for keys it does not handle. */
export function indexForKey(key: string, shift: boolean, index: number, last: number): number | null {
  const big = Math.max(1, Math.round(last / 10));
  const step = shift ? big : 1;
  const to = (next: number) => Math.min(last, Math.max(0, next));
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return to(index - step);
    case 'ArrowRight':
    case 'ArrowUp':
      return to(index + step);
    case 'PageDown':
      return to(index - big);
    case 'PageUp':
      return to(index + big);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The index of a linear axis nearest to a pixel: `invert` maps the pixel back to data, indices are 0…last. */
export function nearestIndex(invert: (pixel: number) => number, pixel: number, last: number): number {
  const at = Math.round(invert(pixel));
  return Number.isFinite(at) ? Math.min(last, Math.max(0, at)) : 0;
}

/** The band (a category of a bar chart) under a pixel: bands of width `step` from `start`, 0…last. */
export function bandIndex(start: number, step: number, pixel: number, last: number): number {
  const at = Math.floor((pixel - start) / Math.max(1e-9, step));
  return Math.min(last, Math.max(0, at));
}

/** The index of the point nearest to (px, py) among points given by their pixel positions, or null if none is within `reach` px. */
export function nearestPoint(points: ArrayLike<number>, pointsY: ArrayLike<number>, px: number, py: number, reach = Infinity): number | null {
  let best: number | null = null;
  let bestDistance = reach * reach;
  for (let i = 0; i < points.length; i++) {
    const dx = points[i] - px;
    const dy = pointsY[i] - py;
    const d = dx * dx + dy * dy;
    if (Number.isFinite(d) && d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

/** Pointer position in the SVG's own units (its viewBox is width × height, drawn at any CSS size). */
export function svgPoint(rect: { left: number; top: number; width: number; height: number }, clientX: number, clientY: number, width: number, height: number): { x: number; y: number } {
  return {
    x: ((clientX - rect.left) * width) / Math.max(1, rect.width),
    y: ((clientY - rect.top) * height) / Math.max(1, rect.height),
  };
}
