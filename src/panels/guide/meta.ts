import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'guide' as const,
  labels: defineStrings(
    {
      title: 'Which loss?',
      blurb: 'Which loss for which task: the output layer, the loss, why, and where in Loss Lab to see it.',
      linkText: 'Which loss for which task?',
    },
    {
      title: '选哪种损失？',
      blurb: '什么任务用什么损失：输出层、损失函数、原因，以及在 Loss Lab 的哪里能看到。',
      linkText: '什么任务该用什么损失？',
    },
  ),
};
