import { clippedCrossEntropyError, crossEntropyError, sigmoid, sparseCrossEntropyError, sumOfSquaresError } from '../math';
import type { ValuesOf } from '../state/params';
import { LOG_DELTA, type schema } from '../panels/probability/definition';
import { BINARY_CURVES, binaryFunction, type Axis } from '../panels/probability/curves';
import { bi, commenter, lines, pyList, pyNumber, type CodeGenerator, type Reading } from './types';

type Values = ValuesOf<typeof schema>;

const C = {
  p: bi('the predicted probability under the marker', '标记处的预测概率'),
  z: bi('the logit under the marker; p = sigmoid(z)', '标记处的 logit；p = sigmoid(z)'),
  posWeight: bi('pos_weight multiplies the target-1 term of the cross-entropy', 'pos_weight 乘在交叉熵中目标为 1 的项上'),
  curvesP: bi('each curve at p: (loss, d loss/dp); bce = cross-entropy in nats (natural log), se = squared error halved as in the articles; -1 and -0: the target y', '每条曲线在 p 处的 (损失, d 损失/dp)；bce 为交叉熵（自然对数，单位奈特），se 为与原文一样减半的平方误差；-1 与 -0 为目标 y'),
  infinite: bi('at p = 0 or 1: ln 0 = -inf and 1/0 = inf, as the panel shows', '在 p = 0 或 1 处：ln 0 = -inf，1/0 = inf，与面板一致'),
  curvesZ: bi('each curve at z: (loss, d loss/dz); bce = cross-entropy in nats, se = squared error halved; -1 and -0: the target y', '每条曲线在 z 处的 (损失, d 损失/dz)；bce 为交叉熵（单位奈特），se 为减半的平方误差；-1 与 -0 为目标 y'),
  stable: bi('softplus(z) = ln(1 + e^z) and sigmoid written so that e^z cannot overflow', 'softplus(z) = ln(1 + e^z) 与 sigmoid 的写法避免 e^z 溢出'),
  seGrad: bi("the squared error's slope carries sigma'(z) = sigmoid(z)·sigmoid(-z): it vanishes where the neuron saturates", "平方误差的斜率带有 sigma'(z) = sigmoid(z)·sigmoid(-z)：神经元饱和时它趋于 0"),
  outputs: bi("the network's outputs over the classes, and the true class k (from 0)", '网络在各类别上的输出，以及真实类别 k（从 0 开始）'),
  sum: bi('the table\'s total: 1 for a probability distribution', '表格中的合计：概率分布的合计为 1'),
  delta: bi('the small delta inside ln, as in the articles', '与原文一样，ln 中的小量 delta'),
  oneHot: bi('the one-hot target t of class k', '类别 k 的 one-hot 目标 t'),
  example: bi('half the sum of squares, and the cross-entropy with the one-hot t (dense) and with the index k (sparse): the same number', '平方和的一半，以及用 one-hot 的 t（稠密）和用下标 k（稀疏）算出的交叉熵：两者相同'),
  clipped: bi('what frameworks do instead of + delta: clip the outputs to [delta, 1 - delta]', '框架不加 delta，而是把输出截断到 [delta, 1 - delta]'),
  terms: bi("each class's term, the table's rows", '每个类别的项，即表格中的各行'),
  torchBce: bi("F.binary_cross_entropy takes p; reduction='mean' over one value is that value; the slope by autograd", "F.binary_cross_entropy 的输入是 p；reduction='mean' 对一个值取平均就是它本身；斜率由自动求导得到"),
  torchClamp: bi('at p = {p}, F.binary_cross_entropy clamps ln at -100 (loss 100 where the panel shows inf) and its slope is not the limit either: only the squared errors here, the NumPy snippet prints the cross-entropy', '在 p = {p} 处，F.binary_cross_entropy 把 ln 截断在 -100（面板显示 inf 的地方它给出 100），斜率也不是极限值：这里只打印平方误差，交叉熵见 NumPy 代码'),
  torchMse: bi('F.mse_loss gives (p - y)² without the ½', 'F.mse_loss 给出不带 ½ 的 (p - y)²'),
  torchLogits: bi("F.binary_cross_entropy_with_logits takes z, not p, and pos_weight as a tensor; reduction='mean' over one value is that value; slopes by autograd", "F.binary_cross_entropy_with_logits 的输入是 z 而不是 p，pos_weight 是张量；reduction='mean' 对一个值取平均就是它本身；斜率由自动求导得到"),
  torchNll: bi('the outputs are already probabilities: F.cross_entropy would apply softmax again, so give F.nll_loss their log', '输出已经是概率：F.cross_entropy 会再做一次 softmax，因此把它们的对数交给 F.nll_loss'),
  float64: bi('float64 throughout (dtype=torch.float64), as the panel computes', '全程 float64（dtype=torch.float64），与面板一致'),
};

const oneHot = (k: number, n: number) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));

/** Probabilities panel: the four binary curves at the marker (against p or the logit z), then the ten-class example. */
export const probabilityCode: CodeGenerator<Values> = ({ p, logit, z, posw, y, k }, lang) => {
  const c = commenter(C, lang);
  const axis: Axis = logit ? 'logit' : 'probability';
  const x = logit ? z : p;
  const d = logit ? 'd/dz' : 'd/dp';
  // F.binary_cross_entropy clamps ln at -100 and divides by max(p(1 - p), 1e-12): at p = 0 or 1 it prints neither limit.
  const clamped = !logit && (p === 0 || p === 1);
  const target = oneHot(k, y.length);
  const readings: Reading[] = [
    ...(logit ? [{ label: 'p', value: sigmoid(z) }] : []),
    ...BINARY_CURVES.flatMap((curve) => {
      const only = clamped && curve.startsWith('bce') ? (['numpy'] as const) : undefined;
      return [
        { label: `${curve} loss`, value: binaryFunction(curve, axis, 'loss', posw)(x), only },
        { label: `${curve} ${d}`, value: binaryFunction(curve, axis, 'grad', posw)(x), only },
      ];
    }),
    { label: 'sum of outputs', value: y.reduce((a, b) => a + b, 0), only: ['numpy'] },
    { label: 'half sum of squares', value: sumOfSquaresError(y, target) },
    { label: 'cross-entropy (one-hot t)', value: crossEntropyError(y, target, LOG_DELTA) },
    { label: 'cross-entropy (index k)', value: sparseCrossEntropyError(y, k, LOG_DELTA) },
    { label: 'cross-entropy (clipped)', value: clippedCrossEntropyError(y, target, LOG_DELTA) },
    { label: 'squared terms', value: y.map((yi, i) => sumOfSquaresError([yi], [target[i]])), only: ['numpy'] },
    { label: 'cross-entropy terms', value: y.map((yi, i) => crossEntropyError([yi], [target[i]], LOG_DELTA)), only: ['numpy'] },
  ];
  const exampleHead = [`y = ${pyList(y)}  ${c('outputs')}`, `k = ${k}`, `delta = ${pyNumber(LOG_DELTA)}  ${c('delta')}`];

  const numpyBinary = logit
    ? [
        `z = np.float64(${pyNumber(z)})  ${c('z')}`,
        `pos_weight = ${pyNumber(posw)}  ${c('posWeight')}`,
        c('stable'),
        'softplus = lambda z: np.logaddexp(0.0, z)',
        'sigmoid = lambda z: np.exp(-softplus(-z))',
        'print("p =", float(sigmoid(z)))',
        c('curvesZ'),
        c('seGrad'),
        'curves = {',
        '    "bce-1": (pos_weight * softplus(-z), -pos_weight * sigmoid(-z)),',
        '    "bce-0": (softplus(z), sigmoid(z)),',
        '    "se-1": (0.5 * (sigmoid(z) - 1) ** 2, (sigmoid(z) - 1) * sigmoid(z) * sigmoid(-z)),',
        '    "se-0": (0.5 * sigmoid(z) ** 2, sigmoid(z) * sigmoid(z) * sigmoid(-z)),',
        '}',
      ]
    : [
        `p = np.float64(${pyNumber(p)})  ${c('p')}`,
        c('curvesP'),
        `with np.errstate(divide="ignore"):  ${c('infinite')}`,
        '    curves = {',
        '        "bce-1": (-np.log(p), -1 / p),',
        '        "bce-0": (-np.log1p(-p), 1 / (1 - p)),',
        '        "se-1": (0.5 * (p - 1) ** 2, p - 1),',
        '        "se-0": (0.5 * p ** 2, p),',
        '    }',
      ];
  const numpy = lines(
    'import numpy as np',
    '',
    ...numpyBinary,
    'for name, (loss, slope) in curves.items():',
    '    print(f"{name} loss =", float(loss))',
    `    print(f"{name} ${d} =", float(slope))`,
    '',
    ...exampleHead,
    `t = np.eye(len(y))[k]  ${c('oneHot')}`,
    'y = np.array(y)',
    `print("sum of outputs =", y.sum())  ${c('sum')}`,
    c('example'),
    'print("half sum of squares =", 0.5 * np.sum((y - t) ** 2))',
    'print("cross-entropy (one-hot t) =", -np.sum(t * np.log(y + delta)))',
    'print("cross-entropy (index k) =", -np.log(y[k] + delta))',
    c('clipped'),
    'print("cross-entropy (clipped) =", -np.sum(t * np.log(np.clip(y, delta, 1 - delta))))',
    c('terms'),
    'print("squared terms =", (0.5 * (y - t) ** 2).tolist())',
    'print("cross-entropy terms =", (-t * np.log(y + delta)).tolist())',
  );

  const torchCurves = logit
    ? [
        `z = torch.tensor(${pyNumber(z)}, dtype=torch.float64, requires_grad=True)  ${c('z')}`,
        `pos_weight = torch.tensor(${pyNumber(posw)}, dtype=torch.float64)  ${c('posWeight')}`,
        c('torchLogits'),
        c('torchMse'),
        'print("p =", torch.sigmoid(z).item())',
        'curves = {',
        '    "bce-1": lambda: F.binary_cross_entropy_with_logits(z, one, pos_weight=pos_weight),',
        '    "bce-0": lambda: F.binary_cross_entropy_with_logits(z, zero, pos_weight=pos_weight),',
        '    "se-1": lambda: F.mse_loss(torch.sigmoid(z), one) / 2,',
        '    "se-0": lambda: F.mse_loss(torch.sigmoid(z), zero) / 2,',
        '}',
      ]
    : [
        `p = torch.tensor(${pyNumber(p)}, dtype=torch.float64, requires_grad=True)  ${c('p')}`,
        clamped ? c('torchClamp', { p }) : c('torchBce'),
        c('torchMse'),
        'curves = {',
        clamped ? null : '    "bce-1": lambda: F.binary_cross_entropy(p, one),',
        clamped ? null : '    "bce-0": lambda: F.binary_cross_entropy(p, zero),',
        '    "se-1": lambda: F.mse_loss(p, one) / 2,',
        '    "se-0": lambda: F.mse_loss(p, zero) / 2,',
        '}',
      ];
  const torch = lines(
    'import torch',
    'import torch.nn.functional as F',
    '',
    c('float64'),
    'one, zero = torch.tensor(1.0, dtype=torch.float64), torch.tensor(0.0, dtype=torch.float64)',
    ...torchCurves,
    'for name, loss in curves.items():',
    `    (slope,) = torch.autograd.grad(loss(), ${logit ? 'z' : 'p'})`,
    '    print(f"{name} loss =", loss().item())',
    `    print(f"{name} ${d} =", slope.item())`,
    '',
    ...exampleHead,
    'y = torch.tensor(y, dtype=torch.float64)',
    `t = F.one_hot(torch.tensor(k), len(y)).to(torch.float64)  ${c('oneHot')}`,
    'print("half sum of squares =", (F.mse_loss(y, t, reduction="sum") / 2).item())',
    'print("cross-entropy (one-hot t) =", -(t * torch.log(y + delta)).sum().item())',
    c('torchNll'),
    'print("cross-entropy (index k) =", F.nll_loss(torch.log(y + delta).unsqueeze(0), torch.tensor([k])).item())',
    c('clipped'),
    'print("cross-entropy (clipped) =", F.nll_loss(torch.log(y.clamp(delta, 1 - delta)).unsqueeze(0), torch.tensor([k])).item())',
  );
  return { numpy, torch, readings };
};
