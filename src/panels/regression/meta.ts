import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'regression' as const,
  labels: defineStringsWithPack(
    {
      title: 'Line fitting',
      blurb: 'A line fitted through points you drag, under MSE, MAE, Huber, smooth L1 and log-cosh: watch MSE swing toward an outlier.',
    },
    'regressionMeta',
  ),
};
