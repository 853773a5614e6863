import type { ValuesOf } from '../state/params';
import { CLASSIFIER_IDS, type schema } from '../panels/classifier/definition';
import { fitAll, PERCEPTRON_EPOCHS } from '../panels/classifier/fits';
import { bi, commenter, lines, pyList, pyNumber, type CodeGenerator, type Reading } from './types';

type Values = ValuesOf<typeof schema>;

const C = {
  points: bi('the points (x1, x2) and their labels y = ±1', '数据点 (x1, x2) 及其标签 y = ±1'),
  lambda: bi('the L2 strength λ (0 when the penalty is off)', 'L2 强度 λ（关闭惩罚时为 0）'),
  objective: bi('J(w, b) = mean of L(m_i) + (λ/2)·‖w‖², margin m_i = y_i·(w·x_i + b); the log loss in natural log; the bias is not penalised', 'J(w, b) = L(m_i) 的平均值 + (λ/2)·‖w‖²，间隔 m_i = y_i·(w·x_i + b)；对数损失用自然对数；偏置不受惩罚'),
  losses: bi('each margin loss: (loss, derivative, second derivative)', '各间隔损失：(损失, 一阶导数, 二阶导数)'),
  panelLines: bi("the panel's lines (w1, w2, b), found by Loss Lab's exact solvers; the numbers under each card are computed from them", '面板上的直线 (w1, w2, b)，由 Loss Lab 的精确求解器得到；每张卡片下的数字都由它们算出'),
  newton: bi('the smooth losses with λ > 0 have one minimum: Newton steps from w = 0 find the same line', '光滑损失在 λ > 0 时只有一个极小值：从 w = 0 出发的牛顿迭代找到同一条直线'),
  hinge: bi("the hinge's minimum is a quadratic program (the soft-margin SVM), not repeated here: only its objective is checked", '合页损失的极小值是一个二次规划（软间隔 SVM），这里不再重复求解：只检验其目标函数值'),
  perceptron: bi('the classic perceptron: visit the points in order, on a mistake (m <= 0) w += y·x, b += y; stop once every margin is > 0 or after {epochs} passes', '经典感知机：按顺序访问各点，出错（m <= 0）时 w += y·x、b += y；所有间隔都 > 0 或满 {epochs} 轮后停止'),
  printed: bi('each card: weights, objective J, training 0-1 error (a point on the line counts as an error), ‖w‖', '每张卡片：权重、目标函数 J、训练 0-1 错误率（恰在直线上的点算作错误）、‖w‖'),
  torch: bi("torch evaluates J at the panel's lines: F.soft_margin_loss(f, y) is the mean log loss ln(1 + e^(-y·f)) in nats; the others written with torch.clamp", 'torch 在面板的直线处计算 J：F.soft_margin_loss(f, y) 即以奈特为单位的平均对数损失 ln(1 + e^(-y·f))；其余损失用 torch.clamp 写出'),
  float64: bi('float64 throughout (dtype=torch.float64), as the panel computes', '全程 float64（dtype=torch.float64），与面板一致'),
};

const NUMPY: Record<string, string> = {
  hinge: '(lambda m: np.maximum(0.0, 1 - m), None, None)',
  log: '(lambda m: np.logaddexp(0.0, -m), lambda m: -1 / (1 + np.exp(m)), lambda m: 1 / (1 + np.exp(m)) / (1 + np.exp(-m)))',
  exponential: '(lambda m: np.exp(-m), lambda m: -np.exp(-m), lambda m: np.exp(-m))',
  'squared-hinge': '(lambda m: np.maximum(0.0, 1 - m) ** 2, lambda m: -2 * np.maximum(0.0, 1 - m), lambda m: 2.0 * (m < 1))',
  'modified-huber': '(lambda m: np.where(m < -1, -4 * m, np.maximum(0.0, 1 - m) ** 2), lambda m: np.where(m < -1, -4.0, -2 * np.maximum(0.0, 1 - m)), lambda m: 2.0 * ((m >= -1) & (m < 1)))',
};

const TORCH: Record<string, string> = {
  hinge: 'lambda f: torch.clamp(1 - y * f, min=0).mean()',
  log: 'lambda f: F.soft_margin_loss(f, y)',
  exponential: 'lambda f: torch.exp(-y * f).mean()',
  'squared-hinge': 'lambda f: (torch.clamp(1 - y * f, min=0) ** 2).mean()',
  'modified-huber': 'lambda f: torch.where(y * f < -1, -4 * y * f, torch.clamp(1 - y * f, min=0) ** 2).mean()',
};

/** Classifier lab: each card's line, objective, 0-1 error and ‖w‖; Newton for the smooth losses; the perceptron's run. */
export const classifierCode: CodeGenerator<Values> = ({ points, losses, lambda: lambdaSetting, penalty }, lang) => {
  const c = commenter(C, lang);
  const lambda = penalty ? lambdaSetting : 0;
  const ids = CLASSIFIER_IDS.filter((id) => losses.includes(id));
  const { optimum } = fitAll(points, ids, lambda);
  const lossCards = optimum.filter((s) => s.id !== 'perceptron');
  const newtonIds = lossCards.filter((s) => s.id !== 'hinge' && lambda > 0 && !s.unbounded).map((s) => s.id);
  const readings: Reading[] = optimum.flatMap((s) => [
    ...(s.id === 'perceptron' || newtonIds.includes(s.id) ? [{ label: `${s.id} w, b`, value: [s.w[0], s.w[1], s.b], only: ['numpy'] as const }] : []),
    ...(s.objective === null ? [] : [{ label: `${s.id} J`, value: s.objective }]),
    { label: `${s.id} 0-1 error`, value: s.zeroOneError, only: ['numpy'] as const },
    { label: `${s.id} |w|`, value: s.weightNorm ?? NaN, only: ['numpy'] as const },
  ]);
  const head = [
    `X = np.array(${pyList(points.flatMap((p) => [p.x1, p.x2]))}).reshape(-1, 2)  ${c('points')}`,
    `y = np.array(${pyList(points.map((p) => p.label))})`,
    `lam = ${pyNumber(lambda)}  ${c('lambda')}`,
  ];
  const has = (id: string) => ids.includes(id as (typeof ids)[number]);
  const numpy = lines(
    'import numpy as np',
    '',
    ...head,
    '',
    lossCards.length > 0 ? c('objective') : null,
    lossCards.length > 0 ? c('losses') : null,
    lossCards.length > 0 ? 'losses = {' : null,
    ...lossCards.map((s) => `    "${s.id}": ${NUMPY[s.id]},`),
    lossCards.length > 0 ? '}' : null,
    lossCards.length > 0 ? 'J = lambda loss, w, b: np.mean(loss(y * (X @ w + b))) + lam / 2 * (w @ w)' : null,
    '',
    lossCards.length > 0 ? c('panelLines') : null,
    lossCards.length > 0 ? 'lines = {' : null,
    ...lossCards.map((s) => `    "${s.id}": (np.array([${pyNumber(s.w[0])}, ${pyNumber(s.w[1])}]), ${pyNumber(s.b)}),`),
    lossCards.length > 0 ? '}' : null,
    '',
    newtonIds.length > 0 ? c('newton') : null,
    newtonIds.length > 0 ? 'def newton(loss, grad, hess):' : null,
    newtonIds.length > 0 ? '    theta = np.zeros(3)  # w1, w2, b' : null,
    newtonIds.length > 0 ? '    A = np.hstack([X, np.ones((len(y), 1))]) * y[:, None]  # m = A @ theta' : null,
    newtonIds.length > 0 ? '    P = lam * np.diag([1.0, 1.0, 0.0])' : null,
    newtonIds.length > 0 ? '    F = lambda t: np.mean(loss(A @ t)) + t @ P @ t / 2' : null,
    newtonIds.length > 0 ? '    for _ in range(200):' : null,
    newtonIds.length > 0 ? '        m = A @ theta' : null,
    newtonIds.length > 0 ? '        g = A.T @ grad(m) / len(y) + P @ theta' : null,
    newtonIds.length > 0 ? '        H = A.T @ (A * hess(m)[:, None]) / len(y) + P' : null,
    newtonIds.length > 0 ? '        step = np.linalg.lstsq(H, g, rcond=None)[0]' : null,
    newtonIds.length > 0 ? '        t = 1.0' : null,
    newtonIds.length > 0 ? '        while F(theta - t * step) > F(theta) and t > 1e-12:' : null,
    newtonIds.length > 0 ? '            t /= 2' : null,
    newtonIds.length > 0 ? '        if F(theta - t * step) > F(theta) or t * np.abs(step).max() < 1e-15:' : null,
    newtonIds.length > 0 ? '            break' : null,
    newtonIds.length > 0 ? '        theta = theta - t * step' : null,
    newtonIds.length > 0 ? '    return theta' : null,
    newtonIds.length > 0 ? '' : null,
    lossCards.some((s) => s.id === 'hinge') ? c('hinge') : null,
    c('printed'),
    ...lossCards.flatMap((s) => [
      `w, b = lines["${s.id}"]`,
      newtonIds.includes(s.id) ? `print("${s.id} w, b =", newton(*losses["${s.id}"]).tolist())` : null,
      `print("${s.id} J =", float(J(losses["${s.id}"][0], w, b)))`,
      `print("${s.id} 0-1 error =", float(np.mean(y * (X @ w + b) <= 0)))`,
      `print("${s.id} |w| =", float(np.hypot(*w)))`,
    ]),
    has('perceptron') ? '' : null,
    has('perceptron') ? c('perceptron', { epochs: PERCEPTRON_EPOCHS }) : null,
    has('perceptron') ? 'w, b = np.zeros(2), 0.0' : null,
    has('perceptron') ? `for epoch in range(${PERCEPTRON_EPOCHS}):` : null,
    has('perceptron') ? '    for xi, yi in zip(X, y):' : null,
    has('perceptron') ? '        if np.all(y * (X @ w + b) > 0):' : null,
    has('perceptron') ? '            break' : null,
    has('perceptron') ? '        if yi * (xi @ w + b) <= 0:' : null,
    has('perceptron') ? '            w, b = w + yi * xi, b + yi' : null,
    has('perceptron') ? 'print("perceptron w, b =", [float(w[0]), float(w[1]), float(b)])' : null,
    has('perceptron') ? 'print("perceptron 0-1 error =", float(np.mean(y * (X @ w + b) <= 0)))' : null,
    has('perceptron') ? 'print("perceptron |w| =", float(np.hypot(*w)))' : null,
  );
  const torch =
    lossCards.length === 0
      ? null
      : lines(
          'import torch',
          'import torch.nn.functional as F',
          '',
          c('float64'),
          `X = torch.tensor(${pyList(points.flatMap((p) => [p.x1, p.x2]))}, dtype=torch.float64).reshape(-1, 2)  ${c('points')}`,
          `y = torch.tensor(${pyList(points.map((p) => p.label))}, dtype=torch.float64)`,
          `lam = ${pyNumber(lambda)}  ${c('lambda')}`,
          c('objective'),
          c('torch'),
          'losses = {',
          ...lossCards.map((s) => `    "${s.id}": (${TORCH[s.id]}, [${pyNumber(s.w[0])}, ${pyNumber(s.w[1])}], ${pyNumber(s.b)}),`),
          '}',
          'for name, (loss, w, b) in losses.items():',
          '    w = torch.tensor(w, dtype=torch.float64)',
          '    J = loss(X @ w + b) + lam / 2 * (w @ w)',
          '    print(f"{name} J =", J.item())',
        );
  return { numpy, torch, readings };
};
