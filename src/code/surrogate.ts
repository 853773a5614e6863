import { marginLoss, marginLossGrad } from '../math';
import type { ValuesOf } from '../state/params';
import { CURVE_IDS, mathLossId, type CurveId, type schema } from '../panels/surrogate/definition';
import { lossShares } from '../panels/surrogate/outliers';
import { bi, commenter, lines, pyList, pyNumber, type CodeGenerator, type Reading } from './types';

type Values = ValuesOf<typeof schema>;

const C = {
  margin: bi('the margin m = y·f(x) under the marker', '标记处的间隔 m = y·f(x)'),
  points: bi("the example points' margins (the outlier strip)", '示例点的间隔（离群点条）'),
  kinks: bi('at a corner (hinge at m = 1, perceptron at m = 0) the panel shows the left derivative, -1', '在拐点处（合页损失在 m = 1，感知机损失在 m = 0）面板显示左导数 -1'),
  logBase: bi('log loss base {base}: {formula}', '对数损失以 {base} 为底：{formula}'),
  table: bi('each curve: (loss, derivative dL/dm)', '每条曲线：(损失, 导数 dL/dm)'),
  printed: bi('the readout at m, then each point’s loss and their sum (the bars)', '先打印 m 处的读数，再打印每个点的损失及其总和（条形图）'),
  autograd: bi('derivatives by autograd; torch.clamp passes the gradient at its boundary, which gives the left derivative at the corners as the panel does', '导数由自动求导得到；torch.clamp 在边界处传递梯度，因此在拐点处与面板一样给出左导数'),
  zeroOne: bi('a step: its derivative is 0 wherever it exists (+ 0 * m keeps it in the autograd graph)', '阶跃函数：凡导数存在处都为 0（+ 0 * m 使其留在自动求导图中）'),
  softMargin: bi('F.soft_margin_loss(m, 1) = ln(1 + e^-m): the log loss in nats', 'F.soft_margin_loss(m, 1) = ln(1 + e^-m)：以奈特为单位的对数损失'),
  float64: bi('float64 throughout (dtype=torch.float64), as the panel computes', '全程 float64（dtype=torch.float64），与面板一致'),
};

/** Each curve's loss and derivative in NumPy (vectorised, so the points go through the same functions). */
const NUMPY: Record<CurveId, (base: '2' | 'e') => string> = {
  'zero-one': () => '(lambda m: np.where(m <= 0, 1.0, 0.0), lambda m: np.zeros_like(m))',
  hinge: () => '(lambda m: np.maximum(0.0, 1 - m), lambda m: np.where(m <= 1, -1.0, 0.0))',
  logistic: (base) =>
    base === '2' ? '(lambda m: np.logaddexp(0.0, -m) / np.log(2), lambda m: -1 / (1 + np.exp(m)) / np.log(2))' : '(lambda m: np.logaddexp(0.0, -m), lambda m: -1 / (1 + np.exp(m)))',
  exponential: () => '(lambda m: np.exp(-m), lambda m: -np.exp(-m))',
  perceptron: () => '(lambda m: np.maximum(0.0, -m), lambda m: np.where(m <= 0, -1.0, 0.0))',
  'squared-hinge': () => '(lambda m: np.maximum(0.0, 1 - m) ** 2, lambda m: -2 * np.maximum(0.0, 1 - m))',
  'modified-huber': () => '(lambda m: np.where(m < -1, -4 * m, np.maximum(0.0, 1 - m) ** 2), lambda m: np.where(m < -1, -4.0, -2 * np.maximum(0.0, 1 - m)))',
};

/** Each curve's loss in PyTorch (derivatives by autograd). */
const TORCH: Record<CurveId, (base: '2' | 'e') => string> = {
  'zero-one': () => 'lambda m: (m <= 0).double() + 0 * m',
  hinge: () => 'lambda m: torch.clamp(1 - m, min=0)',
  logistic: (base) => (base === '2' ? 'lambda m: F.soft_margin_loss(m, torch.ones_like(m), reduction="none") / math.log(2)' : 'lambda m: F.soft_margin_loss(m, torch.ones_like(m), reduction="none")'),
  exponential: () => 'lambda m: torch.exp(-m)',
  perceptron: () => 'lambda m: torch.clamp(-m, min=0)',
  'squared-hinge': () => 'lambda m: torch.clamp(1 - m, min=0) ** 2',
  'modified-huber': () => 'lambda m: torch.where(m < -1, -4 * m, torch.clamp(1 - m, min=0) ** 2)',
};

/** Surrogate panel: the readout (each visible loss and its derivative at m) and the outlier strip's bars. */
export const surrogateCode: CodeGenerator<Values> = ({ m, losses, base, points }, lang) => {
  const c = commenter(C, lang);
  const curves = CURVE_IDS.filter((id) => losses.includes(id));
  const readings: Reading[] = curves.flatMap((id) => {
    const loss = (x: number) => marginLoss(mathLossId(id, base), x);
    const { shares, total } = lossShares(loss, points);
    return [
      { label: `${id} L(m)`, value: loss(m) },
      { label: `${id} dL/dm`, value: marginLossGrad(mathLossId(id, base), m) },
      { label: `${id} points`, value: shares },
      { label: `${id} total`, value: total },
    ];
  });
  const logComment = curves.includes('logistic') ? c('logBase', { base, formula: base === '2' ? 'log2(1 + e^-m)' : 'ln(1 + e^-m)' }) : null;
  const numpy = lines(
    'import numpy as np',
    '',
    `m = ${pyNumber(m)}  ${c('margin')}`,
    `points = np.array(${pyList(points)})  ${c('points')}`,
    '',
    c('table'),
    c('kinks'),
    logComment,
    'curves = {',
    ...curves.map((id) => `    "${id}": ${NUMPY[id](base)},`),
    '}',
    '',
    c('printed'),
    'for name, (loss, grad) in curves.items():',
    '    print(f"{name} L(m) =", float(loss(np.float64(m))))',
    '    print(f"{name} dL/dm =", float(grad(np.float64(m))))',
    '    print(f"{name} points =", loss(points).tolist())',
    '    print(f"{name} total =", float(loss(points).sum()))',
  );
  const torch = lines(
    'import math',
    'import torch',
    'import torch.nn.functional as F',
    '',
    c('float64'),
    `m = torch.tensor(${pyNumber(m)}, dtype=torch.float64, requires_grad=True)  ${c('margin')}`,
    `points = torch.tensor(${pyList(points)}, dtype=torch.float64)  ${c('points')}`,
    '',
    curves.includes('zero-one') ? c('zeroOne') : null,
    curves.includes('logistic') ? c('softMargin') : null,
    logComment,
    'curves = {',
    ...curves.map((id) => `    "${id}": ${TORCH[id](base)},`),
    '}',
    '',
    c('autograd'),
    'for name, loss in curves.items():',
    '    value = loss(m)',
    '    (grad,) = torch.autograd.grad(value, m)',
    '    print(f"{name} L(m) =", value.item())',
    '    print(f"{name} dL/dm =", grad.item())',
    '    print(f"{name} points =", loss(points).tolist())',
    '    print(f"{name} total =", loss(points).sum().item())',
  );
  return { numpy, torch, readings };
};
