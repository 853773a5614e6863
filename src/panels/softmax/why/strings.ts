import { defineStrings } from '../../../i18n/strings';

/** The softmax panel's legend of the table marks and its prediction prompt, in English and Simplified Chinese. */
export const softmaxWhyStrings = defineStrings(
  {
    legendTitle: 'Marks in the tables',
    'legend.overflow': 'overflow: too large for the precision, stored as ∞',
    'legend.underflow': 'underflow: too small, stored as 0',
    'legend.subnormal': 'precision lost: a subnormal number with only a few significant bits',
    'legend.nan': 'not a number (NaN): ∞ / ∞ or 0 / 0 has no value',
    legendHint: 'Point at, tap or focus a marked cell to read why.',
    reasonLine: '{icon} {label}: {text}',
    predictIntro: 'The tables below compute softmax step by step in {precision}. Guess first, then check:',
    predictQuestion: 'What does the naive formula e^x / Σ e^x give for {logits}?',
    'outcome.one-hot': 'About [0, 0, 0, 0, 1]: the largest logit takes it all',
    'outcome.spread': 'A probability spread over all five classes',
    'outcome.infinity': '∞ for the largest class',
    'outcome.nan': 'NaN for every class',
    predictDetail: 'Naive: {naive}. e^1000 is already beyond the largest number, so every term is ∞, and ∞ / ∞ is NaN. Shifted by the max: {shifted}.',
    predictShow: 'Show these logits in the tables',
  },
  {
    legendTitle: '表中的标记',
    'legend.overflow': '上溢：超出该精度的范围，存为 ∞',
    'legend.underflow': '下溢：太小，存为 0',
    'legend.subnormal': '精度损失：非规格化数，只剩很少的有效位',
    'legend.nan': '非数（NaN）：∞ / ∞ 或 0 / 0 没有定义',
    legendHint: '指向、轻触或聚焦带标记的单元格，即可看到原因。',
    reasonLine: '{icon} {label}：{text}',
    predictIntro: '下面的表格按 {precision} 逐步计算 softmax。先猜，再验证：',
    predictQuestion: '朴素公式 e^x / Σ e^x 对 {logits} 会给出什么？',
    'outcome.one-hot': '约为 [0, 0, 0, 0, 1]：最大的 logit 占据全部概率',
    'outcome.spread': '概率分散在五个类别上',
    'outcome.infinity': '最大的类别得到 ∞',
    'outcome.nan': '每个类别都是 NaN',
    predictDetail: '朴素算法：{naive}。e^1000 已超出最大可表示的数，所以每一项都是 ∞，而 ∞ / ∞ 是 NaN。减去最大值后：{shifted}。',
    predictShow: '在表格中显示这组 logits',
  },
);
