import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'guide' as const,
  labels: defineStringsWithPack(
    {
      title: 'Which loss?',
      blurb: 'Which loss for which task: the output layer, the loss, why, and where in Loss Lab to see it.',
      linkText: 'Which loss for which task?',
    },
    'guideMeta',
  ),
};
