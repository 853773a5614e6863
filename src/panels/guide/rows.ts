import { buildSearch, type PanelId } from '../../state/appUrl';
import type { guideStrings } from './strings';

/**
 * The guide's table, as data: one row per task, each with its formulas (KaTeX, the same in every
 * language) and the views of Loss Lab that show its claims, as links built by the URL codec. The
 * words are in strings.ts under `row.<id>.*` and `link.<name>`.
 */

/** Views a link may open: the registry's panels, and two landing in parallel with this guide. */
export type GuideTarget = PanelId | 'probability' | 'depth';

/** The names of the links' words: `link.<name>` in strings.ts. */
type LinkName = keyof (typeof guideStrings)['en'] extends infer K ? (K extends `link.${infer N}` ? N : never) : never;

export interface GuideLink {
  /** Key of the link's words: `link.<name>` in strings.ts. */
  name: LinkName;
  panel: GuideTarget;
  /** The panel's settings for this view, as link entries (checked against the panel's schema in a test). */
  entries?: [string, string][];
}

export interface GuideRow {
  id: 'multiclass' | 'multilabel' | 'imbalanced' | 'regression' | 'distributions' | 'margin' | 'metric';
  tex: readonly string[];
  links: readonly GuideLink[];
}

export const GUIDE_ROWS: readonly GuideRow[] = [
  {
    id: 'multiclass',
    tex: ['p = \\operatorname{softmax}(x)', 'L = -\\sum_k y_k \\ln p_k = -\\ln p_c'],
    links: [
      { name: 'softmax', panel: 'softmax' },
      { name: 'softmaxOverflow', panel: 'softmax', entries: [['logits', '1000,2000,3000,4000,5000']] },
      { name: 'sparseOneHot', panel: 'probability' },
    ],
  },
  {
    id: 'multilabel',
    tex: ['a_j = \\sigma(x_j)', 'L = -\\sum_j \\bigl[y_j \\ln a_j + (1 - y_j) \\ln(1 - a_j)\\bigr]'],
    links: [
      { name: 'neuron', panel: 'neuron' },
      { name: 'binaryCrossEntropy', panel: 'probability' },
    ],
  },
  {
    id: 'imbalanced',
    tex: ['L = -\\bigl[w\\, y \\ln a + (1 - y) \\ln(1 - a)\\bigr]', 'w = \\text{pos\\_weight}'],
    // The pos_weight slider is on the logit axis; 5 makes a missed positive cost five times as much.
    links: [{ name: 'posWeight', panel: 'probability', entries: [['logit', '1'], ['posw', '5']] }],
  },
  {
    id: 'regression',
    tex: ['r_i = \\hat y_i - y_i', '\\text{MSE} = \\tfrac{1}{n}\\sum_i r_i^2', '\\text{MAE} = \\tfrac{1}{n}\\sum_i |r_i|', '\\text{MSLE} = \\tfrac{1}{n}\\sum_i \\bigl(\\ln(1 + \\hat y_i) - \\ln(1 + y_i)\\bigr)^2'],
    links: [
      { name: 'lineFit', panel: 'regression' },
      { name: 'regressionGradients', panel: 'more', entries: [['rgrad', '1']] },
    ],
  },
  {
    id: 'distributions',
    tex: ['D_{\\mathrm{KL}}(p \\,\\|\\, q) = \\sum_i p_i \\ln \\frac{p_i}{q_i}', '= H(p, q) - H(p)'],
    links: [{ name: 'kl', panel: 'more' }],
  },
  {
    id: 'margin',
    tex: ['L = \\max\\bigl(0,\\, 1 - y\\, f(x)\\bigr)', 'y \\in \\{-1, +1\\}'],
    links: [
      { name: 'surrogate', panel: 'surrogate', entries: [['losses', 'zero-one,hinge']] },
      { name: 'classifier', panel: 'classifier', entries: [['losses', 'hinge,log']] },
    ],
  },
  {
    id: 'metric',
    tex: [],
    links: [],
  },
];

/** The contrastive loss (Hadsell, Chopra and LeCun, 2006): y = 1 for a similar pair, d the distance of their embeddings, m the margin. */
export const CONTRASTIVE_TEX = ['L = y\\, d^2 + (1 - y) \\max(0,\\, m - d)^2', 'd = \\lVert f(x_1) - f(x_2) \\rVert'] as const;

/** The deep-network note's formula: the sigmoid's slope is at most 1/4. */
export const DEPTH_TEX = "\\sigma'(z) = \\sigma(z)\\bigl(1 - \\sigma(z)\\bigr) \\le \\tfrac14";

/** The address of a guide link: the view's own query string, from the app's URL codec. */
export function guideHref(link: Pick<GuideLink, 'panel' | 'entries'>): string {
  // 'probability' and 'depth' are panel ids once their panels are registered (they land with this guide).
  return buildSearch({ panel: link.panel as PanelId }, link.entries ?? []);
}
