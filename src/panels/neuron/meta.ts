import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'neuron' as const,
  labels: defineStringsWithPack(
    {
      title: 'Single neuron',
      blurb: 'One sigmoid neuron, quadratic cost versus cross-entropy: why σ′(z) stalls learning.',
    },
    'neuronMeta',
  ),
};
