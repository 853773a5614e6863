import { defineStrings } from '../../i18n/strings';

/** Names of the controls a teacher can hide in an embed (keys are the `hide=` names). */
export const hideStrings = defineStrings(
  {
    m: 'Margin slider',
    losses: 'Loss switches',
    grad: 'Gradients switch',
    range: 'Margin range',
    ceiling: 'Loss ceiling',
    base: 'Log-loss base',
    points: 'Outlier strip',
    formulas: 'Formula cards',
  },
  {
    m: '间隔滑块',
    losses: '损失函数开关',
    grad: '梯度开关',
    range: '间隔范围',
    ceiling: '损失上限',
    base: '对数损失的底',
    points: '离群点示例',
    formulas: '公式卡片',
  },
);
