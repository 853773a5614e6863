import { regressionElementGrad, regressionElementLoss } from '../math';
import type { ValuesOf } from '../state/params';
import { LINE_FIT_LOSS_IDS, type LineFitLossId } from '../math/fitLine';
import type { schema } from '../panels/regression/definition';
import { fitAll } from '../panels/regression/fits';
import { bi, commenter, lines, pyList, pyNumber, type CodeGenerator, type Reading } from './types';

type Values = ValuesOf<typeof schema>;

const C = {
  points: bi('the points (x, y)', '数据点 (x, y)'),
  thresholds: bi('Huber threshold delta, smooth L1 threshold beta', 'Huber 阈值 delta，平滑 L1 阈值 beta'),
  losses: bi('each loss of a residual r = prediction - y: (loss, derivative, second derivative); the line minimises the MEAN loss over the points', '残差 r = 预测值 - y 的各损失：(损失, 一阶导数, 二阶导数)；直线使各点损失的平均值最小'),
  mse: bi('MSE: the least-squares line, in closed form', 'MSE：最小二乘直线，有闭式解'),
  mae: bi('MAE: some best line passes through two of the points, so try every pair (when several lines tie, the mean loss is what they share)', 'MAE：总有一条最优直线穿过其中两个点，因此逐对尝试（多条直线并列最优时，它们共有的是平均损失）'),
  newton: bi('Huber, smooth L1, log-cosh: Newton steps from the least-squares line, halved until the mean loss goes down', 'Huber、平滑 L1、log-cosh：从最小二乘直线出发做牛顿迭代，步长减半直到平均损失下降'),
  printed: bi('each line: slope, intercept, mean loss', '每条直线：斜率、截距、平均损失'),
  msle: bi('MSLE for one target and prediction: (log1p(pred) - log1p(target))², and its derivative in pred', '单个目标值与预测值的 MSLE：(log1p(pred) - log1p(target))²，及其对 pred 的导数'),
  torchLines: bi("the panel's lines (from the NumPy fit above); torch evaluates the mean losses with reduction='mean'", '面板上的直线（即上面 NumPy 拟合的结果）；torch 用 reduction=\'mean\' 计算平均损失'),
  torchMse: bi('F.mse_loss: r², no ½; F.huber_loss: ½r² inside delta; F.smooth_l1_loss: ½r²/beta inside beta (Huber / beta)', 'F.mse_loss：r²，没有 ½；F.huber_loss：delta 以内为 ½r²；F.smooth_l1_loss：beta 以内为 ½r²/beta（Huber / beta）'),
  torchLogCosh: bi('no log-cosh in torch.nn.functional: written out without overflow', 'torch.nn.functional 中没有 log-cosh：直接写出，避免溢出'),
  float64: bi('float64 throughout (dtype=torch.float64), as the panel computes', '全程 float64（dtype=torch.float64），与面板一致'),
};

const NUMPY: Record<Exclude<LineFitLossId, 'mse' | 'mae'>, string> = {
  huber: '(lambda r: np.where(np.abs(r) <= delta, 0.5 * r**2, delta * (np.abs(r) - 0.5 * delta)), lambda r: np.clip(r, -delta, delta), lambda r: (np.abs(r) <= delta) * 1.0)',
  'smooth-l1': '(lambda r: np.where(np.abs(r) < beta, 0.5 * r**2 / beta, np.abs(r) - 0.5 * beta), lambda r: np.clip(r / beta, -1, 1), lambda r: (np.abs(r) < beta) / beta)',
  'log-cosh': '(lambda r: np.abs(r) + np.log1p(np.exp(-2 * np.abs(r))) - np.log(2), lambda r: np.tanh(r), lambda r: 1 - np.tanh(r) ** 2)',
};

const TORCH: Record<LineFitLossId, string> = {
  mse: 'lambda p: F.mse_loss(p, y)',
  mae: 'lambda p: F.l1_loss(p, y)',
  huber: 'lambda p: F.huber_loss(p, y, delta=delta)',
  'smooth-l1': 'lambda p: F.smooth_l1_loss(p, y, beta=beta)',
  'log-cosh': 'lambda p: torch.mean(torch.abs(p - y) + torch.log1p(torch.exp(-2 * torch.abs(p - y))) - math.log(2))',
};

/** Line fitting: each chosen loss's line (slope, intercept, mean loss) and the MSLE readout. */
export const regressionCode: CodeGenerator<Values> = ({ points, losses, delta, beta, target, pred }, lang) => {
  const c = commenter(C, lang);
  const chosen = LINE_FIT_LOSS_IDS.filter((id) => losses.includes(id));
  const fitted = fitAll(points, chosen, delta, beta);
  const readings: Reading[] = [
    ...fitted.flatMap(({ id, fit }) => [
      { label: `${id} slope`, value: fit.slope, only: ['numpy'] as const },
      { label: `${id} intercept`, value: fit.intercept, only: ['numpy'] as const },
      { label: `${id} mean loss`, value: fit.objective },
    ]),
    { label: 'msle', value: regressionElementLoss('msle', target, pred) },
    { label: 'msle d/dpred', value: regressionElementGrad('msle', target, pred) },
  ];
  const newton = chosen.filter((id): id is keyof typeof NUMPY => id in NUMPY);
  const head = [
    `x = ${pyList(points.map((p) => p.x))}  ${c('points')}`,
    `y = ${pyList(points.map((p) => p.y))}`,
    `delta, beta = ${pyNumber(delta)}, ${pyNumber(beta)}  ${c('thresholds')}`,
    `target, pred = ${pyNumber(target)}, ${pyNumber(pred)}`,
  ];
  const numpy = lines(
    'import itertools',
    'import numpy as np',
    '',
    ...head,
    'x, y = np.array(x), np.array(y)',
    '',
    c('mse'),
    'def least_squares():',
    '    xc = x - x.mean()',
    '    slope = np.sum(xc * (y - y.mean())) / np.sum(xc**2)',
    '    return slope, y.mean() - slope * x.mean()',
    '',
    chosen.includes('mae') ? c('mae') : null,
    chosen.includes('mae') ? 'def least_absolute():' : null,
    chosen.includes('mae') ? '    pairs = [(i, j) for i, j in itertools.combinations(range(len(x)), 2) if x[i] != x[j]]' : null,
    chosen.includes('mae') ? '    lines = [((y[j] - y[i]) / (x[j] - x[i]), y[i] - (y[j] - y[i]) / (x[j] - x[i]) * x[i]) for i, j in pairs]' : null,
    chosen.includes('mae') ? '    return min(lines, key=lambda line: np.mean(np.abs(line[0] * x + line[1] - y)))' : null,
    chosen.includes('mae') ? '' : null,
    newton.length > 0 ? c('losses') : null,
    newton.length > 0 ? c('newton') : null,
    newton.length > 0 ? 'smooth = {' : null,
    ...newton.map((id) => `    "${id}": ${NUMPY[id]},`),
    newton.length > 0 ? '}' : null,
    newton.length > 0 ? 'def newton(loss, grad, hess):' : null,
    newton.length > 0 ? '    F = lambda a, b: np.mean(loss(a * x + b - y))' : null,
    newton.length > 0 ? '    a, b = least_squares()' : null,
    newton.length > 0 ? '    for _ in range(100):' : null,
    newton.length > 0 ? '        r = a * x + b - y' : null,
    newton.length > 0 ? '        g = np.array([np.mean(grad(r) * x), np.mean(grad(r))])' : null,
    newton.length > 0 ? '        h = hess(r)' : null,
    newton.length > 0 ? '        H = np.array([[np.mean(h * x * x), np.mean(h * x)], [np.mean(h * x), np.mean(h)]])' : null,
    newton.length > 0 ? '        step = np.linalg.lstsq(H, g, rcond=None)[0]' : null,
    newton.length > 0 ? '        t = 1.0' : null,
    newton.length > 0 ? '        while F(a - t * step[0], b - t * step[1]) > F(a, b) and t > 1e-12:' : null,
    newton.length > 0 ? '            t /= 2' : null,
    newton.length > 0 ? '        if F(a - t * step[0], b - t * step[1]) > F(a, b) or t * np.abs(step).max() < 1e-15:' : null,
    newton.length > 0 ? '            break' : null,
    newton.length > 0 ? '        a, b = a - t * step[0], b - t * step[1]' : null,
    newton.length > 0 ? '    return a, b' : null,
    newton.length > 0 ? '' : null,
    c('printed'),
    ...fitted.flatMap(({ id }) => {
      const fit = id === 'mse' ? 'least_squares()' : id === 'mae' ? 'least_absolute()' : `newton(*smooth["${id}"])`;
      const mean =
        id === 'mse' ? 'np.mean((a * x + b - y) ** 2)' : id === 'mae' ? 'np.mean(np.abs(a * x + b - y))' : `np.mean(smooth["${id}"][0](a * x + b - y))`;
      return [`a, b = ${fit}`, `print("${id} slope =", float(a))`, `print("${id} intercept =", float(b))`, `print("${id} mean loss =", float(${mean}))`];
    }),
    '',
    c('msle'),
    'print("msle =", float((np.log1p(pred) - np.log1p(target)) ** 2))',
    'print("msle d/dpred =", float(2 * (np.log1p(pred) - np.log1p(target)) / (1 + pred)))',
  );
  const torch = lines(
    'import math',
    'import torch',
    'import torch.nn.functional as F',
    '',
    ...head,
    c('float64'),
    'x = torch.tensor(x, dtype=torch.float64)',
    'y = torch.tensor(y, dtype=torch.float64)',
    '',
    c('torchLines'),
    c('torchMse'),
    chosen.includes('log-cosh') ? c('torchLogCosh') : null,
    'fits = {',
    ...fitted.map(({ id, fit }) => `    "${id}": (${pyNumber(fit.slope)}, ${pyNumber(fit.intercept)}, ${TORCH[id]}),`),
    '}',
    'for name, (slope, intercept, loss) in fits.items():',
    '    print(f"{name} mean loss =", loss(slope * x + intercept).item())',
    '',
    c('msle'),
    'p = torch.tensor(pred, dtype=torch.float64, requires_grad=True)',
    'msle = F.mse_loss(torch.log1p(p), torch.log1p(torch.tensor(target, dtype=torch.float64)))',
    'print("msle =", msle.item())',
    'print("msle d/dpred =", torch.autograd.grad(msle, p)[0].item())',
  );
  return { numpy, torch, readings };
};
