import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'probability' as const,
  labels: defineStrings(
    {
      title: 'Probabilities',
      blurb: 'Why cross-entropy, not the squared error, for predicted probabilities.',
    },
    {
      title: '概率',
      blurb: '为什么预测概率要用交叉熵，而不是平方误差。',
    },
  ),
};
