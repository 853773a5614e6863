import { defineStringsFromPack, panelPack } from '../../i18n/packs';
import type * as Zh from './zh';

/** The Chinese half: in the panel's own pack (./zh.ts), loaded only when Chinese is in use. */
const zh = panelPack<typeof Zh>('credits');

/** The credits' words: what each source (sources.ts) gives Loss Lab. */
export const creditsStrings = defineStringsFromPack(
  {
    lead: 'Loss Lab takes its facts, formulas and worked examples from these sources and computes every number itself; the prose and the code are its own.',
    bookHeading: 'The book',
    articlesHeading: 'The articles',
    toolsHeading: 'Built with',
    tools: 'React, d3, KaTeX and zustand; the numbers are checked with Vitest, fast-check, mpmath and SciPy.',
    'source.nielsen': 'The single sigmoid neuron: input 1, target 0, starting outputs 0.82 and 0.98, learning slowly under the quadratic cost and quickly under cross-entropy, and the derivation in which σ′(z) cancels. The book animates the quadratic cost at η = 0.15 and the cross-entropy at η = 0.005, and says why learning rates under different costs are not directly comparable.',
    'source.surrogate': 'The [[surrogate|surrogate losses]] on the [[margin|margin]] m = y·f(x) and their plot (base-2 log loss, clipped at 8); the single neuron; softmax([1, 2, 3, 4, 5]) and the overflow of [1000, …, 5000]; which loss for which task, including the contrastive loss.',
    'source.tfNotes': 'Sigmoid with MSE against cross-entropy, softmax with the log-likelihood (logits (1, 5, 3), the second class true), vanishing and exploding gradients and ReLU.',
    'source.fishBook': 'Half the sum of squares and the cross-entropy on a 10-class [[one-hot|one-hot]] example (0.0975 and 0.51), the 1e-7 inside the log, and why accuracy cannot be a loss.',
    'source.summary': 'Sigmoid against softmax, the max shift, entropy (32 equally likely teams: 5 bits), cross-entropy and KL divergence, and TensorFlow’s cross-entropy variants, weighted and sparse.',
    'source.tds': 'The regression losses (MSE, MSLE, MAE, Huber with δ), binary cross-entropy, the hinge loss with ±1 labels, sparse and one-hot cross-entropy, KL divergence, and when to use each.',
    openNeuron: 'See the experiment in the single-neuron panel, each cost with its own rate',
  },
  () => zh().strings,
);
