/**
 * The surrogate panel's derivation: the log loss as logistic regression's negative log-likelihood,
 * labels in {0, 1} versus {−1, +1}, and the two-class softmax as a sigmoid of the logits'
 * difference. Pure: the last lines take the margin on screen (every number from src/math).
 */
import { formatNumber, logLossForms, marginLoss } from '../../../math';
import type { DerivationStep } from '../../../components/derivation/Derivation';
import { texNumber } from '../../../components/derivation/texNumber';
import type { surrogateDerivationStrings } from './strings';

type Key = keyof (typeof surrogateDerivationStrings)['en'];
type T = (key: Key, params?: Record<string, string | number>) => string;

export interface SurrogateDerivation {
  id: 'nll';
  title: string;
  steps: DerivationStep[];
}

/** The derivation for margin m; `baseName` is the log base as the chart's control names it. */
export function surrogateDerivations(t: T, margin: number, baseName: string): SurrogateDerivation[] {
  const forms = logLossForms(margin, 1);
  const m = texNumber(margin);
  const minusM = margin < 0 ? texNumber(-margin) : `-${m}`;
  const step = (key: Key, tex: string, params?: Record<string, string | number>): DerivationStep => ({ note: t(key, params), tex });
  return [
    {
      id: 'nll',
      title: t('nll.title'),
      steps: [
        step('nll.1', 'P(y = 1 \\mid x) = \\sigma\\bigl(f(x)\\bigr) = \\frac{1}{1 + e^{-f(x)}}'),
        step('nll.2', 'P(y \\mid x) = \\sigma(f)^{\\,y}\\,\\bigl(1 - \\sigma(f)\\bigr)^{1 - y}'),
        step('nll.3', '\\begin{aligned} -\\ln P(y \\mid x) = -\\bigl[\\,&y \\ln \\sigma(f) \\\\ &+ (1 - y) \\ln\\bigl(1 - \\sigma(f)\\bigr)\\bigr] \\end{aligned}'),
        step('nll.4', 'P(y \\mid x) = \\sigma\\bigl(y\\,f(x)\\bigr)'),
        step('nll.5', '-\\ln \\sigma(m) = \\ln\\bigl(1 + e^{-m}\\bigr)'),
        step('nll.6', '\\begin{aligned} \\operatorname{softmax}(f_1, f_2)_1 &= \\frac{e^{f_1}}{e^{f_1} + e^{f_2}} \\\\ &= \\frac{1}{1 + e^{-(f_1 - f_2)}} \\\\ &= \\sigma(f_1 - f_2) \\end{aligned}'),
        step(
          'nll.live',
          `\\begin{aligned} \\ln\\bigl(1 + e^{${minusM}}\\bigr) &= ${texNumber(forms.marginForm)} \\\\ -\\ln \\sigma(${m}) &= ${texNumber(forms.negLogLikelihood)} \\\\ -\\ln \\operatorname{softmax}(${m}, 0)_1 &= ${texNumber(forms.softmaxCrossEntropy)} \\end{aligned}`,
          { m: formatNumber(margin), p: formatNumber(forms.probability) },
        ),
        step('nll.liveBits', `\\log_2\\bigl(1 + e^{${minusM}}\\bigr) = \\frac{${texNumber(forms.marginForm)}}{\\ln 2} = ${texNumber(marginLoss('log2', margin))}`, { base: baseName }),
      ],
    },
  ];
}
