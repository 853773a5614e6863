import { defineStringsWithPack } from '../../i18n/packs';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'classifier' as const,
  labels: defineStringsWithPack(
    {
      title: 'Classifier lab',
      blurb: 'Each surrogate loss trains a linear classifier on points you drag: SVM, logistic regression, AdaBoost’s loss, the perceptron.',
    },
    'classifierMeta',
  ),
};
