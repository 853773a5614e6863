/**
 * Numbers inside a derivation's KaTeX lines: the neuron panel's texNumber (ASCII minus, 1.2e-7 as
 * 1.2 × 10^{-7}, ∞ and NaN spelled for TeX), re-exported so every derivation writes numbers alike.
 * It could move here from src/panels/neuron/reason.ts once that file is not being edited in parallel.
 */
import { texNumber } from '../../panels/neuron/reason';

export { texNumber };

/** A number as a factor of a product: negative ones in parentheses, so "× −0.2" reads as a product. */
export function texFactor(value: number, digits = 4): string {
  const tex = texNumber(value, digits);
  return tex.startsWith('-') ? `(${tex})` : tex;
}

/** A vector as a KaTeX column (a pmatrix), at most `max` entries then a ⋮. */
export function texColumn(values: readonly number[], digits = 3, max = 6): string {
  const shown = values.slice(0, max).map((v) => texNumber(v, digits));
  if (values.length > max) shown.push('\\vdots');
  return `\\begin{pmatrix} ${shown.join(' \\\\ ')} \\end{pmatrix}`;
}

/** A matrix as a KaTeX pmatrix, the top-left max × max block with ⋯ and ⋮ when it is larger. */
export function texMatrix(rows: readonly (readonly number[])[], digits = 3, max = 6): string {
  const cut = rows.length > max;
  const lines = rows.slice(0, max).map((row) => {
    const cells = row.slice(0, max).map((v) => texNumber(v, digits));
    if (cut) cells.push('\\cdots');
    return cells.join(' & ');
  });
  if (cut) lines.push([...Array(max).fill('\\vdots'), '\\ddots'].join(' & '));
  return `\\begin{pmatrix} ${lines.join(' \\\\ ')} \\end{pmatrix}`;
}
