import { depthChain, depthWeights, type DepthActivation } from '../math';
import type { ValuesOf } from '../state/params';
import type { schema } from '../panels/depth/definition';
import { bi, commenter, lines, pyList, pyNumber, type CodeGenerator, type Reading } from './types';

type Values = ValuesOf<typeof schema>;

const C = {
  same: bi('the weights w_1 … w_L, all equal to w', '权重 w_1 … w_L，全部等于 w'),
  random: bi("the weights w_1 … w_L: the panel's random draws (w × a standard normal, seed {seed}), written out exactly", '权重 w_1 … w_L：面板的随机抽样（w × 标准正态，种子 {seed}），按原值写出'),
  input: bi('the input a_0 = x', '输入 a_0 = x'),
  fixed: bi('the same bias b in every layer', '每层相同的偏置 b'),
  pin: bi('each bias is z* - w_l·a_{l-1}, so every pre-activation z_l is z*', '每层偏置取 z* - w_l·a_{l-1}，于是每层的预激活值 z_l 都等于 z*'),
  act: bi("the activation phi, its slope phi'(z), and ln phi'(z) computed without underflow", "激活函数 phi、其斜率 phi'(z)，以及不会下溢的 ln phi'(z)"),
  forward: bi('forward pass: z_l = w_l·a_{l-1} + b_l, a_l = phi(z_l)', '前向传播：z_l = w_l·a_{l-1} + b_l，a_l = phi(z_l)'),
  backward: bi("backpropagation from the output: da_L/dz_l = phi'(z_l)·w_{l+1}·da_L/dz_{l+1}", "从输出开始反向传播：da_L/dz_l = phi'(z_l)·w_{l+1}·da_L/dz_{l+1}"),
  log10: bi('below about 4.9e-324 float64 stores the gradient as 0 (underflow): its log10, summed from each factor\'s log, still gives its size', '小于约 4.9e-324 时 float64 把梯度存为 0（下溢）：由各因子的对数相加得到的 log10 仍给出它的大小'),
  torchBias: bi("the panel's biases as a tensor that wants gradients: da_L/db_l = da_L/dz_l, since dz_l/db_l = 1", '把面板的偏置做成需要梯度的张量：由于 dz_l/db_l = 1，da_L/db_l = da_L/dz_l'),
  torchSigmoid: bi("sigmoid as exp(logsigmoid(z)): autograd then gets phi'(z) = sigmoid(z)·sigmoid(-z) to full precision; torch.sigmoid's backward uses 1 - sigmoid(z), which loses digits as sigmoid(z) nears 1 (and is 0 from about z = 37)", "把 sigmoid 写成 exp(logsigmoid(z))：这样自动求导得到全精度的 phi'(z) = sigmoid(z)·sigmoid(-z)；torch.sigmoid 的反向传播用 1 - sigmoid(z)，sigmoid(z) 接近 1 时会丢失有效数字（z 约大于等于 37 时为 0）"),
  torchTanh: bi("tanh as 2·sigmoid(2z) - 1: autograd then gets phi'(z) = 1/cosh²(z) to full precision; torch.tanh's backward uses 1 - tanh²(z), which loses digits as |tanh(z)| nears 1 (and is 0 from about |z| = 19)", "把 tanh 写成 2·sigmoid(2z) - 1：这样自动求导得到全精度的 phi'(z) = 1/cosh²(z)；torch.tanh 的反向传播用 1 - tanh²(z)，|tanh(z)| 接近 1 时会丢失有效数字（|z| 约大于等于 19 时为 0）"),
  torchRelu: bi("torch.relu: autograd's slope is 1 for z > 0 and 0 for z <= 0, as in the panel", 'torch.relu：自动求导的斜率在 z > 0 时为 1，z <= 0 时为 0，与面板一致'),
  torchGrad: bi('autograd through the chain; where float64 underflows it prints 0: the NumPy snippet prints the log10', '对整条链自动求导；float64 下溢处打印 0：log10 见 NumPy 代码'),
  float64: bi('float64 throughout (dtype=torch.float64), as the panel computes', '全程 float64（dtype=torch.float64），与面板一致'),
};

/** φ, φ′ and ln φ′ for NumPy, stable as src/math/depth.ts writes them. */
const NUMPY_ACT: Record<DepthActivation, readonly string[]> = {
  sigmoid: [
    'phi = lambda z: np.exp(-np.logaddexp(0.0, -z))',
    'slope = lambda z: phi(z) * phi(-z)',
    'log_slope = lambda z: -np.logaddexp(0.0, z) - np.logaddexp(0.0, -z)',
  ],
  tanh: [
    'phi = np.tanh',
    'slope = lambda z: 1 / np.cosh(z) ** 2',
    'log_slope = lambda z: 2 * np.log(2) - 2 * abs(z) - 2 * np.log1p(np.exp(-2 * abs(z)))',
  ],
  relu: ['phi = lambda z: max(z, 0.0)', 'slope = lambda z: 1.0 if z > 0 else 0.0', 'log_slope = lambda z: 0.0 if z > 0 else -np.inf'],
};

const TORCH_ACT: Record<DepthActivation, readonly [keyof typeof C, string]> = {
  sigmoid: ['torchSigmoid', 'phi = lambda z: torch.exp(F.logsigmoid(z))'],
  tanh: ['torchTanh', 'phi = lambda z: 2 * torch.exp(F.logsigmoid(2 * z)) - 1'],
  relu: ['torchRelu', 'phi = torch.relu'],
};

/** Depth panel: the chain's forward pass and the gradient ∂a_L/∂z_l of every layer, with its log10 where float64 underflows. */
export const depthCode: CodeGenerator<Values> = (values, lang) => {
  const c = commenter(C, lang);
  const weights = depthWeights(values.layers, values.w, values.weights, values.seed);
  const pinned = values.bias === 'pin';
  const chain = depthChain({ activation: values.act, weights, bias: pinned ? { kind: 'pin', z: values.z } : { kind: 'fixed', value: values.b }, input: values.x });
  const { layers } = chain;
  const column = (pick: (l: (typeof layers)[number]) => number) => layers.map(pick);
  const numpyOnly = ['numpy'] as const;
  const readings: Reading[] = [
    { label: 'b', value: column((l) => l.bias), only: numpyOnly },
    { label: 'z', value: column((l) => l.z), only: numpyOnly },
    { label: 'a', value: column((l) => l.a), only: numpyOnly },
    { label: "phi'(z)", value: column((l) => l.slope), only: numpyOnly },
    { label: 'output a_L', value: chain.output },
    { label: 'da_L/dz (float64)', value: column((l) => l.grad) },
    { label: 'log10|da_L/dz|', value: column((l) => l.log10Grad), only: numpyOnly },
  ];
  const weightComment = values.weights === 'same' ? c('same') : c('random', { seed: values.seed });
  const xLine = `x = ${pyNumber(values.x)}  ${c('input')}`;
  const numpy = lines(
    'import numpy as np',
    '',
    weightComment,
    `w = ${pyList(weights)}`,
    xLine,
    pinned ? `z_star = ${pyNumber(values.z)}  ${c('pin')}` : `b = ${pyNumber(values.b)}  ${c('fixed')}`,
    c('act'),
    ...NUMPY_ACT[values.act],
    '',
    c('forward'),
    'L = len(w)',
    'bs, zs, acts = [], [], []',
    'a = x',
    'for l in range(L):',
    pinned ? '    bias, z = z_star - w[l] * a, z_star' : '    bias = b',
    pinned ? null : '    z = w[l] * a + bias',
    '    a = phi(z)',
    '    bs.append(bias); zs.append(z); acts.append(a)',
    '',
    c('backward'),
    c('log10'),
    'grad, log10 = [0.0] * L, [0.0] * L',
    'g, lg = 1.0, 0.0',
    'for l in reversed(range(L)):',
    '    w_next = 1.0 if l == L - 1 else w[l + 1]',
    '    g = g * (w_next * slope(zs[l]))',
    '    lg += np.log10(abs(w_next)) + log_slope(zs[l]) / np.log(10)',
    '    grad[l], log10[l] = g, lg',
    '',
    'print("b =", np.array(bs).tolist())',
    'print("z =", np.array(zs).tolist())',
    'print("a =", np.array(acts).tolist())',
    'print("phi\'(z) =", np.array([slope(z) for z in zs]).tolist())',
    'print("output a_L =", float(acts[-1]))',
    'print("da_L/dz (float64) =", np.array(grad).tolist())',
    'print("log10|da_L/dz| =", np.array(log10).tolist())',
  );
  const [actComment, actLine] = TORCH_ACT[values.act];
  const torch = lines(
    'import torch',
    'import torch.nn.functional as F',
    '',
    c('float64'),
    weightComment,
    `w = torch.tensor(${pyList(weights)}, dtype=torch.float64)`,
    `x = torch.tensor(${pyNumber(values.x)}, dtype=torch.float64)  ${c('input')}`,
    pinned ? c('pin') : c('fixed'),
    c('torchBias'),
    `b = torch.tensor(${pyList(layers.map((l) => l.bias))}, dtype=torch.float64, requires_grad=True)`,
    c(actComment),
    actLine,
    '',
    c('forward'),
    'a = x',
    'for l in range(len(w)):',
    '    a = phi(w[l] * a + b[l])',
    'print("output a_L =", a.item())',
    c('torchGrad'),
    'a.backward()',
    'print("da_L/dz (float64) =", b.grad.tolist())',
  );
  return { numpy, torch, readings };
};
