// What d3-scale gets for `import … from 'd3-format'` in Loss Lab's browser build
// (scripts/vite-plugin-narrow-d3.ts). d3-scale needs d3-format only for a scale's `tickFormat()`,
// which Loss Lab never calls: every number on screen, tick labels included, is written by
// src/math/format.ts. A linear scale carries `tickFormat` as a method, so the bundler cannot drop
// d3-format by itself; these stand-ins say where to look if anyone calls it.
function notBundled(name) {
  return () => {
    throw new Error(`d3-format's ${name} is not in Loss Lab's build (scripts/d3-scale-deps/format.js): format numbers with src/math/format.ts, not scale.tickFormat()`);
  };
}

export const format = notBundled('format');
export const formatPrefix = notBundled('formatPrefix');
export const formatSpecifier = notBundled('formatSpecifier');
export const precisionFixed = notBundled('precisionFixed');
export const precisionPrefix = notBundled('precisionPrefix');
export const precisionRound = notBundled('precisionRound');
