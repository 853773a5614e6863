import type { ValuesOf } from '../state/params';
import { RUN_IDS, type schema } from '../panels/neuron/definition';
import { computeRuns } from '../panels/neuron/runs';
import { bi, commenter, lines, pyNumber, type CodeGenerator, type Reading } from './types';

type Values = ValuesOf<typeof schema>;

const C = {
  example: bi('the single training example (x, y)', '唯一的训练样本 (x, y)'),
  epochs: bi('updates per run, and the epoch the table shows', '每次训练的更新次数，以及表格显示的轮次'),
  runs: bi('each run: cost, learning rate, start (w, b)', '每次训练：代价函数、学习率、起点 (w, b)'),
  costs: bi('quadratic C = (a - y)²/2 (with the ½, as in the articles); cross-entropy C = -[y ln a + (1 - y) ln(1 - a)] from z, in nats', '二次代价 C = (a - y)²/2（与原文一样带 ½）；交叉熵 C = -[y ln a + (1 - y) ln(1 - a)]，由 z 计算，单位为奈特'),
  grads: bi("dC/dz = (a - y)·σ'(z) for the quadratic cost, a - y for cross-entropy: σ'(z) cancels", "dC/dz：二次代价为 (a - y)·σ'(z)，交叉熵为 a - y：σ'(z) 被约去"),
  loop: bi('plain gradient descent: w -= eta·dC/dz·x, b -= eta·dC/dz; the row of each epoch is the state before that update', '普通梯度下降：w -= eta·dC/dz·x，b -= eta·dC/dz；每一轮的那一行是该次更新之前的状态'),
  printed: bi('the table row at the cursor epoch and at the last epoch', '光标所在轮次与最后一轮的表格行'),
  torchCosts: bi('F.mse_loss gives (a - y)² without the ½; F.binary_cross_entropy_with_logits takes z, not a', 'F.mse_loss 给出不带 ½ 的 (a - y)²；F.binary_cross_entropy_with_logits 的输入是 z 而不是 a'),
  torchGrad: bi('the same descent with autograd; prints a, C, w and b at the two epochs', '用自动求导做同样的梯度下降；打印两个轮次的 a、C、w、b'),
  float64: bi('float64 throughout (dtype=torch.float64), as the panel computes', '全程 float64（dtype=torch.float64），与面板一致'),
};

const COLUMNS = ['a', 'C', 'dC/dz', "sigma'(z)", 'z', 'w', 'b'] as const;
const TORCH_COLUMNS = new Set<string>(['a', 'C', 'w', 'b']);

/** Neuron panel: the four runs' gradient descent, printing the values table's rows at the cursor and at the end. */
export const neuronCode: CodeGenerator<Values> = (values, lang) => {
  const c = commenter(C, lang);
  const all = computeRuns(values);
  const runs = RUN_IDS.filter((id) => values.runs.includes(id)).map((id) => all[id]);
  const epochs = [...new Set([values.at, values.epochs])];
  const readings: Reading[] = runs.flatMap((run) =>
    epochs.flatMap((k) => {
      const tr = run.trajectory;
      const column = { a: tr.a[k], C: tr.cost[k], 'dC/dz': tr.dCdz[k], "sigma'(z)": tr.sigmaPrime[k], z: tr.z[k], w: tr.w[k], b: tr.b[k] };
      return COLUMNS.map((name) => ({ label: `${run.id} epoch ${k} ${name}`, value: column[name], only: TORCH_COLUMNS.has(name) ? undefined : (['numpy'] as const) }));
    }),
  );
  const head = [
    `x, y = ${pyNumber(values.x)}, ${pyNumber(values.y)}  ${c('example')}`,
    `epochs, at = ${values.epochs}, ${values.at}  ${c('epochs')}`,
    c('runs'),
    'runs = {',
    ...runs.map((run) => `    "${run.id}": ("${run.cost}", ${pyNumber(run.eta)}, ${pyNumber(run.trajectory.w[0])}, ${pyNumber(run.trajectory.b[0])}),`),
    '}',
  ];
  const numpy = lines(
    'import numpy as np',
    '',
    ...head,
    '',
    'sigmoid = lambda z: 1 / (1 + np.exp(-z))',
    'softplus = lambda z: np.logaddexp(0.0, z)',
    c('costs'),
    'cost = {',
    '    "quadratic": lambda z: (sigmoid(z) - y) ** 2 / 2,',
    '    "cross-entropy": lambda z: y * softplus(-z) + (1 - y) * softplus(z),',
    '}',
    c('grads'),
    'grad_z = {',
    '    "quadratic": lambda z: (sigmoid(z) - y) * sigmoid(z) * sigmoid(-z),',
    '    "cross-entropy": lambda z: sigmoid(z) - y,',
    '}',
    '',
    c('loop'),
    c('printed'),
    'for name, (kind, eta, w, b) in runs.items():',
    '    w, b = np.float64(w), np.float64(b)',
    '    for k in range(epochs + 1):',
    '        z = w * x + b',
    '        g = grad_z[kind](z)',
    `        if k in (${epochs.join(', ')}${epochs.length === 1 ? ',' : ''}):`,
    '            row = {"a": sigmoid(z), "C": cost[kind](z), "dC/dz": g, "sigma\'(z)": sigmoid(z) * sigmoid(-z), "z": z, "w": w, "b": b}',
    '            for column, value in row.items():',
    '                print(f"{name} epoch {k} {column} =", float(value))',
    '        w, b = w - eta * g * x, b - eta * g',
  );
  const torch = lines(
    'import torch',
    'import torch.nn.functional as F',
    '',
    ...head,
    '',
    c('torchCosts'),
    'target = torch.tensor(y, dtype=torch.float64)',
    'cost = {',
    '    "quadratic": lambda z: F.mse_loss(torch.sigmoid(z), target) / 2,',
    '    "cross-entropy": lambda z: F.binary_cross_entropy_with_logits(z, target),',
    '}',
    c('torchGrad'),
    c('float64'),
    'for name, (kind, eta, w, b) in runs.items():',
    '    w = torch.tensor(w, dtype=torch.float64, requires_grad=True)',
    '    b = torch.tensor(b, dtype=torch.float64, requires_grad=True)',
    '    for k in range(epochs + 1):',
    '        z = w * x + b',
    '        C = cost[kind](z)',
    `        if k in (${epochs.join(', ')}${epochs.length === 1 ? ',' : ''}):`,
    '            for column, value in {"a": torch.sigmoid(z), "C": C, "w": w, "b": b}.items():',
    '                print(f"{name} epoch {k} {column} =", value.item())',
    '        dw, db = torch.autograd.grad(C, (w, b))',
    '        with torch.no_grad():',
    '            w -= eta * dw',
    '            b -= eta * db',
  );
  return { numpy, torch, readings };
};
