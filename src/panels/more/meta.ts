import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'more' as const,
  labels: defineStringsWithPack(
    {
      title: 'More losses',
      blurb: 'Regression losses, cross-entropy and KL divergence.',
    },
    'moreMeta',
  ),
};
