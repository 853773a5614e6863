import { logSoftmax, logSumExp, scaleByTemperature, softmax, softmaxCrossEntropy, softmaxCrossEntropyGrad, softmaxSteps } from '../math';
import type { ValuesOf } from '../state/params';
import type { schema } from '../panels/softmax/definition';
import { bi, commenter, lines, pyList, pyNumber, type CodeGenerator, type Reading } from './types';

type Values = ValuesOf<typeof schema>;

const C = {
  logits: bi('the logits', 'logits'),
  temperature: bi('temperature: softmax(x / T)', '温度：softmax(x / T)'),
  classIndex: bi('true class {k}; Python counts from 0', '真实类别 {k}；Python 从 0 开始计数'),
  naive: bi('naive softmax e^z / sum(e^z) in {precision}: overflows to inf / inf = nan past ln(max float)', '{precision} 下的朴素 softmax e^z / sum(e^z)：超过 ln(最大浮点数) 即溢出为 inf / inf = nan'),
  shifted: bi('subtract the max first: the largest exponent is 0, nothing overflows', '先减去最大值：最大的指数为 0，不会溢出'),
  results: bi('the results table (float64): log-sum-exp, log p, cross-entropy in nats (natural log)', '结果表（float64）：log-sum-exp、log p、以奈特为单位的交叉熵（自然对数）'),
  grad: bi('gradient of the cross-entropy with respect to z: p - one_hot(k)', '交叉熵对 z 的梯度：p - one_hot(k)'),
  torchSoftmax: bi('F.softmax and F.log_softmax subtract the max internally', 'F.softmax 与 F.log_softmax 内部会减去最大值'),
  torchCe: bi("F.cross_entropy takes logits (not probabilities) and a class index; reduction='mean' over a batch of one", "F.cross_entropy 的输入是 logits（不是概率）和类别下标；reduction='mean' 对一个样本的批取平均"),
  torchGrad: bi('autograd gives the same gradient p - one_hot(k)', '自动求导给出相同的梯度 p - one_hot(k)'),
  float64: bi('float64 throughout (dtype=torch.float64), as the panel computes', '全程 float64（dtype=torch.float64），与面板一致'),
};

/** Softmax panel: the naive and max-shifted softmax in the chosen precision, then the results table. */
export const softmaxCode: CodeGenerator<Values> = ({ logits, precision, temperature, trueClass }, lang) => {
  const c = commenter(C, lang);
  const z = scaleByTemperature(logits, temperature);
  const k = trueClass - 1;
  const f32 = precision === 'float32';
  const npFloat = f32 ? 'np.float32' : 'np.float64';
  const tolerance = f32 ? 1e-6 : undefined;
  const readings: Reading[] = [
    { label: `naive softmax (${precision})`, value: softmaxSteps(z, { shift: false, precision }).probabilities, tolerance },
    { label: `max-shift softmax (${precision})`, value: softmaxSteps(z, { shift: true, precision }).probabilities, tolerance },
    { label: 'p', value: softmax(z) },
    { label: 'logsumexp', value: logSumExp(z) },
    { label: 'log p', value: logSoftmax(z) },
    { label: 'cross-entropy (nats)', value: softmaxCrossEntropy(z, k) },
    { label: 'gradient p - y', value: softmaxCrossEntropyGrad(z, k) },
  ];
  const head = [
    `x = ${pyList(logits)}  ${c('logits')}`,
    `T = ${pyNumber(temperature)}  ${c('temperature')}`,
    `k = ${k}  ${c('classIndex', { k: trueClass })}`,
  ];
  const numpy = lines(
    'import numpy as np',
    '',
    ...head,
    'z = np.array(x, dtype=np.float64) / T',
    '',
    c('naive', { precision }),
    `zp = z.astype(${npFloat})`,
    'with np.errstate(over="ignore", under="ignore", invalid="ignore"):',
    '    e = np.exp(zp)',
    '    naive = e / e.sum()',
    `print("naive softmax (${precision}) =", naive.tolist())`,
    c('shifted'),
    'e = np.exp(zp - zp.max())',
    `print("max-shift softmax (${precision}) =", (e / e.sum()).tolist())`,
    '',
    c('results'),
    'p = np.exp(z - z.max()) / np.exp(z - z.max()).sum()',
    'lse = z.max() + np.log(np.exp(z - z.max()).sum())',
    'log_p = z - lse',
    'print("p =", p.tolist())',
    'print("logsumexp =", float(lse))',
    'print("log p =", log_p.tolist())',
    'print("cross-entropy (nats) =", float(-log_p[k]))',
    c('grad'),
    'grad = p.copy()',
    'grad[k] -= 1',
    'print("gradient p - y =", grad.tolist())',
  );
  const torch = lines(
    'import torch',
    'import torch.nn.functional as F',
    '',
    ...head,
    c('float64'),
    'z = torch.tensor(x, dtype=torch.float64) / T',
    '',
    c('naive', { precision }),
    `zp = z.to(torch.${precision})`,
    'naive = torch.exp(zp) / torch.exp(zp).sum()',
    `print("naive softmax (${precision}) =", naive.tolist())`,
    c('torchSoftmax'),
    `print("max-shift softmax (${precision}) =", F.softmax(zp, dim=0).tolist())`,
    '',
    c('results'),
    'print("p =", F.softmax(z, dim=0).tolist())',
    'print("logsumexp =", torch.logsumexp(z, dim=0).item())',
    'print("log p =", F.log_softmax(z, dim=0).tolist())',
    c('torchCe'),
    'z = z.clone().requires_grad_()',
    'loss = F.cross_entropy(z.unsqueeze(0), torch.tensor([k]))',
    'print("cross-entropy (nats) =", loss.item())',
    c('torchGrad'),
    'loss.backward()',
    'print("gradient p - y =", z.grad.tolist())',
  );
  return { numpy, torch, readings };
};
