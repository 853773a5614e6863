import { crossEntropy, entropy, klDivergence, regressionElementGrad, regressionElementLoss } from '../math';
import type { ValuesOf } from '../state/params';
import { REGRESSION_CURVES, type RegressionCurve, type schema } from '../panels/more/definition';
import { lossOptions } from '../panels/more/curves';
import { probabilities } from '../panels/more/distributions';
import { bi, commenter, lines, pyList, pyNumber, type CodeGenerator, type Reading } from './types';

type Values = ValuesOf<typeof schema>;

const C = {
  residual: bi('the residual r = prediction - target under the marker', '标记处的残差 r = 预测值 - 目标值'),
  thresholds: bi('Huber threshold delta, smooth L1 threshold beta', 'Huber 阈值 delta，平滑 L1 阈值 beta'),
  regression: bi('each loss of one element: (loss, derivative dL/dr); MSE is r² (no ½), Huber has the ½: ½r² inside delta', '单个元素的各损失：(损失, 导数 dL/dr)；MSE 为 r²（没有 ½），Huber 带 ½：在 delta 以内为 ½r²'),
  logCosh: bi('log(cosh r) written so that cosh cannot overflow', 'log(cosh r) 的写法避免 cosh 溢出'),
  weights: bi('the weights of p and q, normalised to sum to 1', 'p 与 q 的权重，归一化使其和为 1'),
  unit: bi('{unit}: divide natural logs by ln {base}', '{unit}：自然对数除以 ln {base}'),
  bits: bi('bits', '比特'),
  nats: bi('nats', '奈特'),
  convention: bi('0·log q = 0; p > 0 where q = 0 gives inf', '约定 0·log q = 0；在 q = 0 处 p > 0 则得 inf'),
  torchRegression: bi("reduction='mean' of one element; target 0, so the input is the residual", "reduction='mean'，只有一个元素；目标为 0，因此输入就是残差"),
  torchMse: bi('F.mse_loss: r², no ½', 'F.mse_loss：r²，没有 ½'),
  torchHuber: bi('F.huber_loss: ½r² for |r| <= delta, delta·(|r| - ½delta) beyond', 'F.huber_loss：|r| <= delta 时为 ½r²，之外为 delta·(|r| - ½delta)'),
  torchSmooth: bi('F.smooth_l1_loss: ½r²/beta for |r| < beta, |r| - ½beta beyond (Huber divided by beta)', 'F.smooth_l1_loss：|r| < beta 时为 ½r²/beta，之外为 |r| - ½beta（即 Huber 除以 beta）'),
  torchLogCosh: bi('no log-cosh in torch.nn.functional', 'torch.nn.functional 中没有 log-cosh'),
  torchGrad: bi('derivatives by autograd', '导数由自动求导得到'),
  torchShared: bi('outcomes that neither allows add nothing (F.kl_div would give 0·log 0 = nan there)', '两者都不允许的结果贡献为 0（F.kl_div 在此会得到 0·log 0 = nan）'),
  torchKl: bi('F.kl_div(input, target) takes the LOG of the model distribution first and the true one second: F.kl_div(q.log(), p) = KL(p‖q); reduction="sum" over one distribution ("batchmean" for a batch)', 'F.kl_div(input, target) 的第一个参数是模型分布的对数，第二个是真实分布：F.kl_div(q.log(), p) = KL(p‖q)；对单个分布用 reduction="sum"（批量用 "batchmean"）'),
  float64: bi('float64 throughout (dtype=torch.float64), as the panel computes', '全程 float64（dtype=torch.float64），与面板一致'),
};

const NUMPY: Record<RegressionCurve, string> = {
  mse: '(lambda r: r**2, lambda r: 2 * r)',
  mae: '(lambda r: np.abs(r), lambda r: np.sign(r))',
  huber: '(lambda r: np.where(np.abs(r) <= delta, 0.5 * r**2, delta * (np.abs(r) - 0.5 * delta)), lambda r: np.where(np.abs(r) <= delta, r, delta * np.sign(r)))',
  'smooth-l1': '(lambda r: np.where(np.abs(r) < beta, 0.5 * r**2 / beta, np.abs(r) - 0.5 * beta), lambda r: np.where(np.abs(r) < beta, r / beta, np.sign(r)))',
  'log-cosh': '(lambda r: np.abs(r) + np.log1p(np.exp(-2 * np.abs(r))) - np.log(2), lambda r: np.tanh(r))',
};

const TORCH: Record<RegressionCurve, string> = {
  mse: 'lambda r: F.mse_loss(r, zero),',
  mae: 'lambda r: F.l1_loss(r, zero),',
  huber: 'lambda r: F.huber_loss(r, zero, delta=delta),',
  'smooth-l1': 'lambda r: F.smooth_l1_loss(r, zero, beta=beta),',
  'log-cosh': 'lambda r: torch.abs(r) + torch.log1p(torch.exp(-2 * torch.abs(r))) - math.log(2),',
};

const TORCH_COMMENT: Partial<Record<RegressionCurve, keyof typeof C>> = { mse: 'torchMse', huber: 'torchHuber', 'smooth-l1': 'torchSmooth', 'log-cosh': 'torchLogCosh' };

/** "More losses": the regression readout at r, and entropy, cross-entropy and both KL divergences of p and q. */
export const moreCode: CodeGenerator<Values> = ({ r, curves: shown, delta, beta, p: pWeights, q: qWeights, base }, lang) => {
  const c = commenter(C, lang);
  const curves = REGRESSION_CURVES.filter((id) => shown.includes(id));
  const p = probabilities(pWeights);
  const q = probabilities(qWeights);
  const b = base === '2' ? 2 : Math.E;
  const readings: Reading[] = [
    ...curves.flatMap((id) => [
      { label: `${id} L(r)`, value: regressionElementLoss(id, 0, r, lossOptions(id, delta, beta)) },
      { label: `${id} dL/dr`, value: regressionElementGrad(id, 0, r, lossOptions(id, delta, beta)) },
    ]),
    { label: 'H(p)', value: entropy(p, b) },
    { label: 'H(p, q)', value: crossEntropy(p, q, b) },
    { label: 'KL(p || q)', value: klDivergence(p, q, b) },
    { label: 'KL(q || p)', value: klDivergence(q, p, b) },
  ];
  const unit = c('unit', { unit: C[base === '2' ? 'bits' : 'nats'][lang], base: base === '2' ? '2' : 'e' });
  const logBase = base === '2' ? 'math.log(2)' : '1.0';
  const head = [
    `r = ${pyNumber(r)}  ${c('residual')}`,
    `delta, beta = ${pyNumber(delta)}, ${pyNumber(beta)}  ${c('thresholds')}`,
  ];
  const numpy = lines(
    'import math',
    'import numpy as np',
    '',
    ...head,
    c('regression'),
    curves.includes('log-cosh') ? c('logCosh') : null,
    'curves = {',
    ...curves.map((id) => `    "${id}": ${NUMPY[id]},`),
    '}',
    'for name, (loss, grad) in curves.items():',
    '    print(f"{name} L(r) =", float(loss(np.float64(r))))',
    '    print(f"{name} dL/dr =", float(grad(np.float64(r))))',
    '',
    c('weights'),
    `p = np.array(${pyList(pWeights)})`,
    `q = np.array(${pyList(qWeights)})`,
    'p, q = p / p.sum(), q / q.sum()',
    `log_b = ${logBase}  ${unit}`,
    c('convention'),
    'with np.errstate(divide="ignore", invalid="ignore"):',
    '    H = lambda p: -np.sum(np.where(p > 0, p * np.log(p), 0.0)) / log_b',
    '    cross_entropy = lambda p, q: -np.sum(np.where(p > 0, p * np.log(q), 0.0)) / log_b',
    '    kl = lambda p, q: np.sum(np.where(p > 0, p * (np.log(p) - np.log(q)), 0.0)) / log_b',
    '    print("H(p) =", float(H(p)))',
    '    print("H(p, q) =", float(cross_entropy(p, q)))',
    '    print("KL(p || q) =", float(kl(p, q)))',
    '    print("KL(q || p) =", float(kl(q, p)))',
  );
  const torch = lines(
    'import math',
    'import torch',
    'import torch.nn.functional as F',
    '',
    ...head,
    c('float64'),
    'zero = torch.tensor(0.0, dtype=torch.float64)',
    c('torchRegression'),
    'curves = {',
    ...curves.flatMap((id) => [TORCH_COMMENT[id] ? `    ${c(TORCH_COMMENT[id]!)}` : null, `    "${id}": ${TORCH[id]}`].filter((line) => line !== null)),
    '}',
    c('torchGrad'),
    'for name, loss in curves.items():',
    '    x = torch.tensor(r, dtype=torch.float64, requires_grad=True)',
    '    value = loss(x)',
    '    (grad,) = torch.autograd.grad(value, x)',
    '    print(f"{name} L(r) =", value.item())',
    '    print(f"{name} dL/dr =", grad.item())',
    '',
    c('weights'),
    `p = torch.tensor(${pyList(pWeights)}, dtype=torch.float64)`,
    `q = torch.tensor(${pyList(qWeights)}, dtype=torch.float64)`,
    'p, q = p / p.sum(), q / q.sum()',
    c('torchShared'),
    'both = (p > 0) | (q > 0)',
    'p, q = p[both], q[both]',
    `log_b = ${logBase}  ${unit}`,
    'print("H(p) =", (-torch.xlogy(p, p).sum() / log_b).item())',
    'print("H(p, q) =", (-torch.xlogy(p, q).sum() / log_b).item())',
    c('torchKl'),
    'print("KL(p || q) =", (F.kl_div(q.log(), p, reduction="sum") / log_b).item())',
    'print("KL(q || p) =", (F.kl_div(p.log(), q, reduction="sum") / log_b).item())',
  );
  return { numpy, torch, readings };
};
