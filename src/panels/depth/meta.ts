import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'depth' as const,
  labels: defineStrings(
    {
      title: 'Depth',
      blurb: 'Vanishing and exploding gradients: how the gradient changes from layer to layer in a deep chain.',
    },
    {
      title: '深度',
      blurb: '梯度消失与梯度爆炸：在一条很深的网络链中，梯度如何逐层变化。',
    },
  ),
};
