/**
 * Where the line w1·x + w2·y + b = level crosses a box [x0, x1] × [y0, y1] of the plane: the
 * segment to draw (data coordinates), or null when w = 0 (no line) or the line misses the box.
 * Geometry for drawing a linear classifier's boundary and margin lines; pure.
 */
export function lineInBox(
  w: readonly [number, number],
  b: number,
  level: number,
  box: { x: readonly [number, number]; y: readonly [number, number] },
): [[number, number], [number, number]] | null {
  const [w1, w2] = w;
  const squared = w1 * w1 + w2 * w2;
  if (!(squared > 0) || !Number.isFinite(squared) || !Number.isFinite(b)) return null;
  // The point of the line closest to the origin, and the line's direction.
  const scale = (level - b) / squared;
  const p = [w1 * scale, w2 * scale];
  const d = [-w2, w1];
  let low = -Infinity;
  let high = Infinity;
  const bounds = [box.x, box.y];
  for (let axis = 0; axis < 2; axis++) {
    const [min, max] = bounds[axis];
    if (d[axis] === 0) {
      if (p[axis] < min || p[axis] > max) return null;
      continue;
    }
    const t0 = (min - p[axis]) / d[axis];
    const t1 = (max - p[axis]) / d[axis];
    low = Math.max(low, Math.min(t0, t1));
    high = Math.min(high, Math.max(t0, t1));
  }
  if (!(low < high)) return null;
  return [
    [p[0] + low * d[0], p[1] + low * d[1]],
    [p[0] + high * d[0], p[1] + high * d[1]],
  ];
}
