import { defineStrings } from '../../i18n/strings';

/** Names of the controls a teacher can hide in an embed (keys are the `hide=` names). */
export const hideStrings = defineStrings(
  {
    logits: 'Logits field and sliders',
    presets: 'Presets',
    precision: 'Precision switch',
    temperature: 'Temperature',
    'true-class': 'True class choice',
    identity: 'Why subtracting the max is allowed',
  },
  {
    logits: 'logits 输入框与滑块',
    presets: '预设',
    precision: '精度切换',
    temperature: '温度',
    'true-class': '真实类别选择',
    identity: '为何可以减去最大值',
  },
);
