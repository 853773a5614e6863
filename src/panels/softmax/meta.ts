import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'softmax' as const,
  labels: defineStrings(
    {
      title: 'Softmax overflow',
      blurb: 'The naive softmax turning into NaN, and the max shift that fixes it.',
    },
    {
      title: 'Softmax 溢出',
      blurb: '朴素 softmax 如何变成 NaN，以及减去最大值如何修复它。',
    },
  ),
};
