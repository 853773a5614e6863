import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'neuron' as const,
  labels: defineStrings(
    {
      title: 'Single neuron',
      blurb: 'One sigmoid neuron, quadratic cost versus cross-entropy: why σ′(z) stalls learning.',
    },
    {
      title: '单个神经元',
      blurb: '单个 sigmoid 神经元，二次代价与交叉熵对比：σ′(z) 为何让学习停滞。',
    },
  ),
};
