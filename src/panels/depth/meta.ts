import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'depth' as const,
  labels: defineStringsWithPack(
    {
      title: 'Depth',
      blurb: 'Vanishing and exploding gradients: how the gradient changes from layer to layer in a deep chain.',
    },
    'depthMeta',
  ),
};
