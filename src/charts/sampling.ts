/**
 * The one function sampler behind every "f(x)" line: sample f on a grid that contains every
 * breakpoint (so kinks are drawn exactly, not rounded off between samples), split it where it jumps
 * (so a step is drawn as two pieces with open and closed ends, never a steep line), and cut it where
 * it leaves the plotted band (so each cut lands exactly on the edge). Breakpoints come from the math
 * tables (MARGIN_LOSSES[id].breakpoints, regressionBreakpoints); which of them are jumps is found
 * here, by comparing one-sided limits. No React, no DOM.
 */

export interface CurvePoint {
  x: number;
  y: number;
}

/** A discontinuity at x: the value there (closed end) and the one-sided limits. */
export interface Jump {
  x: number;
  /** f(x) itself: drawn as a filled (closed) dot. */
  at: number;
  left: number;
  right: number;
}

export interface SampledCurve {
  /** Continuous pieces, in order of x; a jump ends one piece and starts the next. */
  pieces: CurvePoint[][];
  jumps: Jump[];
}

/** The plotted window: x from min to max, values from low to high. */
export interface PlotWindow {
  min: number;
  max: number;
  low: number;
  high: number;
}

/** Uniform grid of `count` intervals over [min, max], plus every breakpoint inside, sorted, without duplicates. */
export function sampleGrid(min: number, max: number, count: number, breakpoints: readonly number[] = []): number[] {
  const grid: number[] = [];
  for (let i = 0; i <= count; i++) grid.push(i === count ? max : min + ((max - min) * i) / count);
  for (const b of breakpoints) if (b > min && b < max) grid.push(b);
  grid.sort((a, b) => a - b);
  return grid.filter((x, i) => i === 0 || x !== grid[i - 1]);
}

/** Offset used to read one-sided limits next to a breakpoint. */
function limitOffset(b: number): number {
  return 1e-9 * Math.max(1, Math.abs(b));
}

/** The jump of f at b, or null where its one-sided limits and value agree (a kink or a smooth point). */
export function jumpAt(f: (x: number) => number, b: number): Jump | null {
  const d = limitOffset(b);
  const left = f(b - d);
  const right = f(b + d);
  const at = f(b);
  const scale = Math.max(1, Math.abs(left), Math.abs(right));
  const apart = (a: number, c: number) => Math.abs(a - c) > 1e-6 * scale;
  if (!apart(left, right) && !apart(left, at)) return null;
  return { x: b, at, left, right };
}

/** The breakpoints where f jumps (its derivative is undefined there, not merely one-sided). */
export function discontinuities(f: (x: number) => number, breakpoints: readonly number[]): number[] {
  return breakpoints.filter((b) => jumpAt(f, b) !== null);
}

/**
 * Samples f over [min, max] on `sampleGrid`, splitting at breakpoints strictly inside the range
 * where f is discontinuous. The piece left of a jump ends at (b, left limit), the next starts at
 * (b, right limit); the value f(b) itself is reported in `jumps`.
 */
export function sampleCurve(f: (x: number) => number, min: number, max: number, breakpoints: readonly number[] = [], count = 400): SampledCurve {
  const jumps = new Map<number, Jump>();
  for (const b of breakpoints) {
    if (b <= min || b >= max) continue;
    const jump = jumpAt(f, b);
    if (jump) jumps.set(b, jump);
  }
  const pieces: CurvePoint[][] = [];
  let current: CurvePoint[] = [];
  for (const x of sampleGrid(min, max, count, breakpoints)) {
    const jump = jumps.get(x);
    if (jump) {
      current.push({ x, y: jump.left });
      pieces.push(current);
      current = [{ x, y: jump.right }];
    } else {
      current.push({ x, y: f(x) });
    }
  }
  if (current.length > 0) pieces.push(current);
  return { pieces: pieces.filter((p) => p.length > 1), jumps: [...jumps.values()] };
}

/** -1 below the band, 0 inside (edges included), 1 above; NaN counts as outside (above). */
function side(value: number, low: number, high: number): -1 | 0 | 1 {
  if (value < low) return -1;
  if (value <= high) return 0;
  return 1;
}

/**
 * The x between p0.x and p1.x where f crosses `level`, found by bisection on f itself, so the cut
 * point lies on the true curve, not on the chord between samples. Endpoint signs come from the
 * stored values (an endpoint may be a one-sided limit); f is evaluated only strictly inside.
 */
export function crossing(f: (x: number) => number, p0: CurvePoint, p1: CurvePoint, level: number): CurvePoint {
  let lo = p0.x;
  let hi = p1.x;
  const loAbove = p0.y > level;
  for (let i = 0; i < 60 && hi - lo > 0; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) > level === loAbove) lo = mid;
    else hi = mid;
  }
  return { x: lo + (hi - lo) / 2, y: level };
}

/**
 * Cuts pieces to the band low ≤ y ≤ high. Each piece may become several; where a piece leaves the
 * band it ends exactly on the edge (y = low or high) at the x where f crosses it.
 */
export function clipPieces(f: (x: number) => number, pieces: readonly CurvePoint[][], low: number, high: number): CurvePoint[][] {
  const out: CurvePoint[][] = [];
  for (const piece of pieces) {
    let current: CurvePoint[] = [];
    const flush = () => {
      if (current.length > 1) out.push(current);
      current = [];
    };
    if (piece.length > 0 && side(piece[0].y, low, high) === 0) current.push(piece[0]);
    for (let i = 1; i < piece.length; i++) {
      const p0 = piece[i - 1];
      const p1 = piece[i];
      const s0 = side(p0.y, low, high);
      const s1 = side(p1.y, low, high);
      if (Number.isNaN(p0.y) || Number.isNaN(p1.y)) {
        flush();
        if (!Number.isNaN(p1.y) && s1 === 0) current.push(p1);
        continue;
      }
      if (s0 === 0 && s1 === 0) {
        current.push(p1);
      } else if (s0 === 0) {
        current.push(crossing(f, p0, p1, s1 > 0 ? high : low));
        flush();
      } else if (s1 === 0) {
        current = [crossing(f, p0, p1, s0 > 0 ? high : low), p1];
      } else if (s0 !== s1) {
        // Passes through the whole band between two samples.
        out.push([crossing(f, p0, p1, s0 > 0 ? high : low), crossing(f, p0, p1, s1 > 0 ? high : low)]);
      }
    }
    flush();
  }
  return out;
}

/** Sampled and clipped in one call: what a chart draws for one function. */
export function sampleForPlot(f: (x: number) => number, view: PlotWindow, breakpoints: readonly number[] = [], count = 400): SampledCurve {
  const sampled = sampleCurve(f, view.min, view.max, breakpoints, count);
  return { pieces: clipPieces(f, sampled.pieces, view.low, view.high), jumps: sampled.jumps };
}
