/*
 * The Chinese half of the credits panel's own strings (./strings.ts): a chunk of its own, loaded
 * with the panel only when Chinese is in use (src/i18n/packs.ts, panelPack). It has exactly the
 * English table's keys (the compiler, tests/unit/i18n/strings.test.ts).
 */

export const strings = {
  lead: 'Loss Lab 的事实、公式和算例取自以下来源，所有数值均由 Loss Lab 自行计算；文字和代码均为原创。',
  bookHeading: '书籍',
  articlesHeading: '文章',
  toolsHeading: '所用工具',
  tools: 'React、d3、KaTeX 和 zustand；数值用 Vitest、fast-check、mpmath 和 SciPy 检验。',
  'source.nielsen': '单个 sigmoid 神经元：输入 1、目标 0，初始输出 0.82 和 0.98，在二次代价下学得慢、在交叉熵下学得快，以及 σ′(z) 被约去的推导。书中二次代价的动画使用 η = 0.15，交叉熵使用 η = 0.005，并说明了不同代价下的学习率为何不能直接比较。',
  'source.surrogate': '以[[margin|间隔]] m = y·f(x) 表示的[[surrogate|替代损失]]及其图像（以 2 为底的对数损失，截断于 8）；单个神经元；softmax([1, 2, 3, 4, 5]) 以及 [1000, …, 5000] 的溢出；什么任务用什么损失，包括对比损失。',
  'source.tfNotes': 'sigmoid 搭配 MSE 与交叉熵的对比，softmax 与对数似然（logit 为 (1, 5, 3)，第二类为真），梯度消失与梯度爆炸以及 ReLU。',
  'source.fishBook': '10 类[[one-hot|独热]]样例上的平方和的一半与交叉熵（0.0975 和 0.51），对数中的 1e-7，以及为什么准确率不能作为损失。',
  'source.summary': 'sigmoid 与 softmax 的对比、减去最大值的技巧、熵（32 支同样可能夺冠的球队：5 比特）、交叉熵与 KL 散度，以及 TensorFlow 中加权和稀疏等交叉熵变体。',
  'source.tds': '回归损失（MSE、MSLE、MAE、带 δ 的 Huber）、二元交叉熵、±1 标签的合页损失、稀疏与独热交叉熵、KL 散度，以及各自的适用场合。',
  openNeuron: '在单个神经元面板中查看这个实验，两种代价各用自己的学习率',
};
