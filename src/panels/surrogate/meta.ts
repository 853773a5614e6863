import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'surrogate' as const,
  labels: defineStringsWithPack(
    {
      title: 'Surrogate losses',
      blurb: 'Classification losses against the margin m = y·f(x): 0-1, hinge, log, exponential, perceptron.',
    },
    'surrogateMeta',
  ),
};
