import { defineStrings } from '../../i18n/strings';

/** What the shell shows of this panel before its code loads (tab, heading, links): src/panels/catalog.ts. */
export const meta = {
  id: 'classifier' as const,
  labels: defineStrings(
    {
      title: 'Classifier lab',
      blurb: 'Each surrogate loss trains a linear classifier on points you drag: SVM, logistic regression, AdaBoost’s loss, the perceptron.',
    },
    {
      title: '分类器实验室',
      blurb: '每种替代损失都在你拖动的样本点上训练一个线性分类器：SVM、逻辑回归、AdaBoost 的损失、感知机。',
    },
  ),
};
