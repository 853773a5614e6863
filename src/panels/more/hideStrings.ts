import { defineStrings } from '../../i18n/strings';

/** Names of the controls a teacher can hide in an embed (keys are the `hide=` names). */
export const hideStrings = defineStrings(
  {
    regression: 'Regression losses section',
    information: 'Entropy and KL section',
    curves: 'Loss switches',
    delta: 'Thresholds δ and β',
    distributions: 'Distribution editors',
  },
  {
    regression: '回归损失部分',
    information: '熵与 KL 散度部分',
    curves: '损失函数开关',
    delta: '阈值 δ 与 β',
    distributions: '分布编辑',
  },
);
