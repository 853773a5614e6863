/**
 * KaTeX of each regression loss and its derivative, r = ŷ − y (as src/math/regression.ts defines
 * them; its doc comments state the same formulas). Kept here because src/math has no TeX table for
 * the regression losses yet (MARGIN_LOSSES holds the margin losses' TeX).
 */
export type FormulaId = 'mse' | 'mae' | 'huber' | 'smooth-l1' | 'log-cosh' | 'msle';

export const FORMULA_IDS: readonly FormulaId[] = ['mse', 'mae', 'huber', 'smooth-l1', 'log-cosh', 'msle'];

export const FORMULAS: Readonly<Record<FormulaId, { tex: string; gradTex: string }>> = {
  mse: { tex: '\\ell(r) = r^2', gradTex: "\\ell'(r) = 2r" },
  mae: { tex: '\\ell(r) = |r|', gradTex: "\\ell'(r) = \\operatorname{sign}(r)" },
  huber: {
    tex: '\\ell_\\delta(r) = \\begin{cases} \\tfrac12 r^2 & |r| \\le \\delta \\\\ \\delta\\,(|r| - \\tfrac12\\delta) & |r| > \\delta \\end{cases}',
    gradTex: "\\ell_\\delta'(r) = \\begin{cases} r & |r| \\le \\delta \\\\ \\delta\\,\\operatorname{sign}(r) & |r| > \\delta \\end{cases}",
  },
  'smooth-l1': {
    tex: '\\ell_\\beta(r) = \\begin{cases} \\tfrac{r^2}{2\\beta} & |r| < \\beta \\\\ |r| - \\tfrac12\\beta & |r| \\ge \\beta \\end{cases}',
    gradTex: "\\ell_\\beta'(r) = \\begin{cases} r/\\beta & |r| < \\beta \\\\ \\operatorname{sign}(r) & |r| \\ge \\beta \\end{cases}",
  },
  'log-cosh': { tex: '\\ell(r) = \\ln\\cosh r', gradTex: "\\ell'(r) = \\tanh r" },
  msle: {
    tex: '\\ell(y, \\hat y) = \\bigl(\\ln(1 + \\hat y) - \\ln(1 + y)\\bigr)^2',
    gradTex: '\\frac{\\partial \\ell}{\\partial \\hat y} = \\frac{2\\,(\\ln(1 + \\hat y) - \\ln(1 + y))}{1 + \\hat y}',
  },
};
