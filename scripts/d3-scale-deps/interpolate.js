// What d3-scale gets for `import … from 'd3-interpolate'` in Loss Lab's browser build
// (scripts/vite-plugin-narrow-d3.ts): d3-interpolate itself, except that `interpolate`, the default
// interpolator of every continuous scale, accepts numbers only. d3's own `interpolate` picks an
// interpolator by the value's type (number, colour string, date, array, object) and so pulls all of
// d3-color's parsing into the first view; Loss Lab's scales map numbers to pixel numbers, for which
// d3's `interpolate(a, b)` is `interpolateNumber(a, b)`, the function called here. Anything else is
// refused with this file's name, rather than interpolated differently from d3.
import { interpolateNumber } from 'd3-interpolate';

export * from 'd3-interpolate';

export function interpolate(a, b) {
  if (typeof b === 'number') return interpolateNumber(a, b);
  throw new TypeError(`Loss Lab builds d3-scale with numeric ranges only (scripts/d3-scale-deps/interpolate.js): cannot interpolate to ${typeof b} ${String(b)}`);
}
