// Every public math function against values computed independently (scripts/golden.py: mpmath at
// 120 digits, numpy float32), at a relative tolerance of 1e-12 (1e-6 for float32).
import { describe, it } from 'vitest';
import golden from '../fixtures/golden.json';
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropy,
  entropy,
  klDivergence,
  logSoftmax,
  logSumExp,
  marginLoss,
  marginLossGrad,
  regressionLoss,
  softmax,
  trainNeuron,
  type MarginLossId,
  type RegressionLossId,
} from '../../../src/math';
import { expectClose } from '../helpers';

describe('golden values from mpmath', () => {
  it.each(golden.margin)('$id at m = $m', ({ id, m, loss, grad }) => {
    expectClose(marginLoss(id as MarginLossId, m), loss);
    expectClose(marginLossGrad(id as MarginLossId, m), grad, 1e-9);
  });

  it.each(golden.softmax)('softmax and logSoftmax of $x', ({ x, p, logSoftmax: logP }) => {
    softmax(x).forEach((v, i) => expectClose(v, p[i]));
    logSoftmax(x).forEach((v, i) => expectClose(v, logP[i]));
  });

  it.each(golden.softmaxFloat32)('float32 softmax of $x', ({ x, p }) => {
    softmax(x, { precision: 'float32' }).forEach((v, i) => expectClose(v, p[i], 1e-6, 1e-30));
  });

  it.each(golden.logSumExp)('logSumExp of $x', ({ x, value }) => expectClose(logSumExp(x), value));

  it.each(golden.bceLogits)('BCE with logits y=$y z=$z posWeight=$posWeight', ({ y, z, posWeight, value }) =>
    expectClose(binaryCrossEntropyWithLogits(y, z, posWeight), value),
  );

  it.each(golden.bce)('BCE y=$y p=$p', ({ y, p, value }) => expectClose(binaryCrossEntropy(y, p), value));

  it.each(golden.information)('entropy, cross-entropy, KL of $p vs $q', (c) => {
    expectClose(entropy(c.p), c.entropy);
    expectClose(entropy(c.p, 2), c.entropyBits);
    expectClose(crossEntropy(c.p, c.q), c.crossEntropy);
    expectClose(klDivergence(c.p, c.q), c.kl, 1e-12, 1e-15);
  });

  it.each(golden.regression)('$id $opts', ({ id, opts, yTrue, yPred, value }) =>
    expectClose(regressionLoss(id as RegressionLossId, yTrue, yPred, opts), value),
  );

  it.each(golden.neuron)('neuron w=$w b=$b $cost', ({ w, b, cost, eta, a }) => {
    const run = trainNeuron({ w, b, x: 1, y: 0, eta, epochs: 300, cost: cost as 'quadratic' | 'cross-entropy' });
    for (const [k, v] of Object.entries(a)) expectClose(run.a[Number(k)], v, 1e-12);
  });
});
