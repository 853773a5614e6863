import type { KatexOptions } from 'katex';

/**
 * MathML only: the browser typesets it with a system math font, so no KaTeX stylesheet, no font
 * files and no inline style attributes are needed, and a strict Content-Security-Policy holds.
 * `trust: false` keeps \href, \url and \html… out; the limits bound what one formula may cost
 * (`maxExpand`: macro expansions; `maxSize`: any user-specified size, in em).
 */
export const TEX_OPTIONS = {
  output: 'mathml',
  throwOnError: true,
  strict: 'ignore',
  trust: false,
  maxExpand: 200,
  maxSize: 20,
} as const satisfies KatexOptions;
