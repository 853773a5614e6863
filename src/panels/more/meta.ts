import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'more' as const,
  labels: defineStrings(
    {
      title: 'More losses',
      blurb: 'Regression losses, cross-entropy and KL divergence.',
    },
    {
      title: '更多损失函数',
      blurb: '回归损失、交叉熵与 KL 散度。',
    },
  ),
};
