import { defineStrings } from '../../../i18n/strings';

/** The surrogate panel's derivation (steps.ts), in English and Simplified Chinese. */
export const surrogateDerivationStrings = defineStrings(
  {
    intro: 'Open it and step through; the last lines use the margin m on screen.',
    'nll.title': 'The log loss is logistic regression’s negative log-likelihood',
    'nll.1': 'Logistic regression models the probability of the positive class as the sigmoid of the score f(x):',
    'nll.2': 'With labels y ∈ {0, 1}, one formula gives the probability of either label (a Bernoulli distribution):',
    'nll.3': 'Training maximises the likelihood, that is, minimises its negative logarithm: the binary cross-entropy.',
    'nll.4': 'With labels y ∈ {−1, +1} instead: 1 − σ(f) = σ(−f), so both labels have probability σ(y·f).',
    'nll.5': 'Its negative logarithm depends on the margin m = y·f(x) alone: the log loss on this chart.',
    'nll.6': 'A two-class softmax is the same model: only the difference of its two logits counts.',
    'nll.live': 'At m = {m}: take y = +1 and f(x) = m (label 1 in {0, 1}), or y = −1 and f(x) = −m; for the softmax, logits (m, 0). P(correct) = σ(m) = {p}, and the three forms agree (in nats):',
    'nll.liveBits': 'The chart’s base: {base}. Dividing by ln 2 gives bits, the articles’ log₂(1 + e^(−m)), which passes through (0, 1):',
  },
  {
    intro: '展开后逐步查看；最后几行使用屏幕上的间隔 m。',
    'nll.title': '对数损失就是逻辑回归的负对数似然',
    'nll.1': '逻辑回归把正类的概率建模为得分 f(x) 的 sigmoid：',
    'nll.2': '标签取 y ∈ {0, 1} 时，一个公式就给出两种标签的概率（伯努利分布）：',
    'nll.3': '训练即最大化似然，也就是最小化其负对数：二元交叉熵。',
    'nll.4': '若标签取 y ∈ {−1, +1}：1 − σ(f) = σ(−f)，所以两种标签的概率都是 σ(y·f)。',
    'nll.5': '它的负对数只依赖于间隔 m = y·f(x)：就是图中的对数损失。',
    'nll.6': '两类 softmax 是同一个模型：只有两个 logit 之差起作用。',
    'nll.live': '在 m = {m} 处：取 y = +1、f(x) = m（在 {0, 1} 中为标签 1），或 y = −1、f(x) = −m；softmax 的 logits 取 (m, 0)。P(正确) = σ(m) = {p}，三种形式相等（单位为奈特）：',
    'nll.liveBits': '图中的底：{base}。除以 ln 2 得到比特，即原文的 log₂(1 + e^(−m))，它经过点 (0, 1)：',
  },
);
