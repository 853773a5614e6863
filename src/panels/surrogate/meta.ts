import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'surrogate' as const,
  labels: defineStrings(
    {
      title: 'Surrogate losses',
      blurb: 'Classification losses against the margin m = y·f(x): 0-1, hinge, log, exponential, perceptron.',
    },
    {
      title: '替代损失',
      blurb: '以间隔 m = y·f(x) 为横轴的分类损失：0-1、合页、对数、指数、感知机损失。',
    },
  ),
};
