import { defineStrings } from '../../i18n/strings';

/** Names of the controls a teacher can hide in an embed (keys are the `hide=` names). */
export const hideStrings = defineStrings(
  {
    'learning-rate': 'Learning rate',
    'separate-rate': 'Separate cross-entropy rate',
    epochs: 'Epochs to train',
    start1: 'Start 1 (w, b)',
    start2: 'Start 2 (w, b)',
    'input-x': 'Input x',
    'target-y': 'Target y',
    runs: 'Run switches',
    'diagram-run': 'Diagram run choice',
    speed: 'Playback speed',
  },
  {
    'learning-rate': '学习率',
    'separate-rate': '交叉熵单独学习率',
    epochs: '总迭代次数',
    start1: '起点 1（w, b）',
    start2: '起点 2（w, b）',
    'input-x': '输入 x',
    'target-y': '目标 y',
    runs: '曲线开关',
    'diagram-run': '示意图所选曲线',
    speed: '播放速度',
  },
);
