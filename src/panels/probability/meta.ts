import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'probability' as const,
  labels: defineStringsWithPack(
    {
      title: 'Probabilities',
      blurb: 'Why cross-entropy, not the squared error, for predicted probabilities.',
    },
    'probabilityMeta',
  ),
};
