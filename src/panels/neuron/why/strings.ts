import { defineStrings } from '../../../i18n/strings';

/** The neuron panel's prediction prompt, in English and Simplified Chinese. */
export const neuronWhyStrings = defineStrings(
  {
    intro: 'Start 1 begins at output a = {a1}, start 2 at a = {a2}; the target is y = {y}. Before you watch the runs: which start learns faster?',
    'question.quadratic': 'Under the quadratic cost, which start learns faster at first?',
    'question.cross-entropy': 'Under cross-entropy, which start learns faster at first?',
    option1: 'Start 1 (a = {a})',
    option2: 'Start 2 (a = {a})',
    optionSame: 'About the same',
    detail: 'How fast w starts to move, |∂C/∂w| at the start: start 1 {r1}, start 2 {r2}.',
    detailRatio: 'The faster start moves {ratio} times as fast.',
  },
  {
    intro: '起点 1 的输出为 a = {a1}，起点 2 为 a = {a2}；目标是 y = {y}。在观看训练之前：哪个起点学得更快？',
    'question.quadratic': '使用二次代价时，哪个起点一开始学得更快？',
    'question.cross-entropy': '使用交叉熵时，哪个起点一开始学得更快？',
    option1: '起点 1（a = {a}）',
    option2: '起点 2（a = {a}）',
    optionSame: '差不多',
    detail: 'w 开始移动的快慢，即起点处的 |∂C/∂w|：起点 1 为 {r1}，起点 2 为 {r2}。',
    detailRatio: '较快的起点移动速度是另一个的 {ratio} 倍。',
  },
);
