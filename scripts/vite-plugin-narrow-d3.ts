/*
 * d3-scale with only what Loss Lab's scales use. A linear scale statically references d3-interpolate's
 * type-dispatching `interpolate` (its default interpolator, which pulls in d3-color's colour parsing)
 * and d3-format (its `tickFormat` method), so tree-shaking keeps both although the app maps numbers
 * to numbers and formats every number itself (src/math/format.ts): 17.5 KB of the first view's
 * 41 KB controls chunk (about 6.5 KB gzip). This plugin hands d3-scale, and only d3-scale, the two
 * small modules in scripts/d3-scale-deps/ instead: d3-interpolate with a numbers-only `interpolate`
 * (d3's own `interpolateNumber`) and d3-format stand-ins that throw if ever called. Any other
 * importer still gets the real packages. tests/unit/build/narrowD3.test.ts pins both. It also
 * marks the top-level builder calls of d3-interpolate and d3-shape pure (markPureInitialisers).
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';

const NARROWED: Record<string, string> = {
  'd3-interpolate': 'scripts/d3-scale-deps/interpolate.js',
  'd3-format': 'scripts/d3-scale-deps/format.js',
};

/** True for a module of the d3-scale package (its dist file, or its sources in other versions). */
export const isD3Scale = (importer: string | undefined): boolean => importer !== undefined && /[\\/]node_modules[\\/]d3-scale[\\/]/.test(importer);

const D3_BUILDERS = /[\\/]node_modules[\\/]d3-(interpolate|shape)[\\/]dist[\\/]d3-(interpolate|shape)\.mjs$/;

/**
 * d3-interpolate and d3-shape ship as one file each, whose top-level interpolators and curves are
 * built by calls (`var rgb = (function rgbGamma(y) {…})(1)`, `var hslLong = hsl(nogamma)`,
 * `var cardinal = (function custom(tension) {…})(0)`, …). A bundler must keep a call it cannot
 * prove pure, and with it d3-color (or every spline curve), even when only `interpolateNumber` (or
 * `line`) is used. Each such call only builds and returns a function, so it is annotated as pure:
 * unused ones are dropped.
 */
export function markPureInitialisers(code: string): string {
  return code.replace(/^var (\w+) = (?=\(function |\w+\()/gm, 'var $1 = /* @__PURE__ */ ');
}

export function narrowD3Scale(): Plugin {
  let root = process.cwd();
  return {
    name: 'loss-lab:narrow-d3-scale',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source, importer) {
      const file = NARROWED[source];
      return file && isD3Scale(importer) ? join(root, file) : null;
    },
    transform(code, id) {
      return D3_BUILDERS.test(id) ? markPureInitialisers(code) : null;
    },
  };
}
