import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'softmax' as const,
  labels: defineStringsWithPack(
    {
      title: 'Softmax overflow',
      blurb: 'The naive softmax turning into NaN, and the max shift that fixes it.',
    },
    'softmaxMeta',
  ),
};
