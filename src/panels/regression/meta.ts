import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'regression' as const,
  labels: defineStrings(
    {
      title: 'Line fitting',
      blurb: 'A line fitted through points you drag, under MSE, MAE, Huber, smooth L1 and log-cosh: watch MSE swing toward an outlier.',
    },
    {
      title: '直线拟合',
      blurb: '用 MSE、MAE、Huber、平滑 L1 和 log-cosh 拟合一条穿过你所拖动的点的直线：看 MSE 如何被离群点拉偏。',
    },
  ),
};
