import { defineStringsWithPack } from '../i18n/packs';

/**
 * The glossary: every term a beginner may not know, defined once, in plain words, in both
 * languages. `TERM_IDS` is the order the guide lists them in; `<Term id>` and `[[id|words]]` in
 * texts (RichText) show a definition where the term is used.
 */
export const TERM_IDS = ['margin', 'y-fx', 'surrogate', 'logit', 'one-hot', 'nan-inf', 'float', 'nats-bits', 'gradient', 'learning-rate', 'epoch'] as const;
export type TermId = (typeof TERM_IDS)[number];

export function isTermId(id: string): id is TermId {
  return (TERM_IDS as readonly string[]).includes(id);
}

const en = {
  heading: 'Glossary',
  lead: 'Plain words for the terms Loss Lab uses. Underlined terms in the texts show these definitions when you point at, tap or focus them.',
  'margin.name': 'margin',
  'margin.def': 'The margin m = y·f(x) is the model’s score times the true label: positive when the example is classified correctly, negative when it is not, and larger the more confident the model is.',
  'y-fx.name': 'y and f(x)',
  'y-fx.def': 'y is the true answer for an example (in the classification panels +1 or −1); f(x) is the model’s output for the input x, a score whose sign is the model’s guess.',
  'surrogate.name': 'surrogate loss',
  'surrogate.def': 'A loss that stands in for the one you really care about (the 0-1 loss, a count of mistakes), which gives no gradient to follow; a surrogate is continuous and usually convex, so gradient descent can minimise it.',
  'logit.name': 'logit',
  'logit.def': 'A raw score a model outputs before the sigmoid or the softmax turns it into a probability; it can be any real number.',
  'one-hot.name': 'one-hot',
  'one-hot.def': 'A label written as all zeros but a single 1 at the class’s position: class 2 of 4 is [0, 1, 0, 0]. A sparse label gives only the index (2); the loss is the same.',
  'nan-inf.name': 'NaN and ∞',
  'nan-inf.def': '∞ (infinity) is what the computer gives when a result is too large to store, such as e¹⁰⁰⁰. NaN (“not a number”) is the result of an undefined operation such as ∞ / ∞, and it spreads to every result computed from it.',
  'float.name': 'float32 and float64',
  'float.def': 'Two sizes of stored real numbers. float64 (JavaScript’s numbers) keeps about 16 significant digits and reaches about 1.8 × 10³⁰⁸; float32 (common on GPUs) keeps about 7 digits and overflows beyond about 3.4 × 10³⁸, so eˣ overflows once x passes 88.7.',
  'nats-bits.name': 'nats and bits',
  'nats-bits.def': 'Units of information: an entropy or cross-entropy computed with log base 2 is in bits, with the natural log (base e) in nats. 1 nat ≈ 1.443 bits.',
  'gradient.name': 'gradient',
  'gradient.def': 'How fast the loss changes as each parameter changes, and in which direction: it points where the loss grows fastest, so training steps the other way.',
  'learning-rate.name': 'learning rate',
  'learning-rate.def': 'The step size η of gradient descent: each step moves the parameters by η times the gradient. Too small learns slowly; too large overshoots.',
  'epoch.name': 'epoch',
  'epoch.def': 'One pass of training over the whole training set. The single neuron has one example, so there one epoch is one gradient step.',
};

export type GlossaryKey = keyof typeof en;

// The Chinese half is in the language pack (src/i18n/zh.strings.ts), loaded when Chinese is chosen.
export const glossaryStrings = defineStringsWithPack(en, 'glossary');
