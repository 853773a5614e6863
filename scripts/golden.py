#!/usr/bin/env python3
"""Reference values for tests/unit/golden.test.ts, computed independently of the app's code:
mpmath at 120 significant digits for float64 math, numpy float32 for the float32 softmax.
Run: python3 scripts/golden.py > tests/unit/fixtures/golden.json (needs numpy and mpmath)."""
import json
import mpmath as mp
import numpy as np

mp.mp.dps = 120  # enough digits that e^5000-scale sums keep every float64 bit of the small terms


def f(x):
    return float(x)


margins = [-1000, -50, -10, -4, -2, -1.5, -1, -0.5, -1e-9, 0, 1e-9, 0.25, 0.5, 1, 1.5, 2, 4, 10, 50, 700]


def margin_loss(loss_id, m):
    m = mp.mpf(m)
    if loss_id == 'zero-one':
        return 1 if m <= 0 else 0
    if loss_id == 'hinge':
        return max(0, 1 - m)
    if loss_id == 'squared-hinge':
        return max(0, 1 - m) ** 2
    if loss_id == 'log':
        return mp.log(1 + mp.exp(-m))
    if loss_id == 'log2':
        return mp.log(1 + mp.exp(-m), 2)
    if loss_id == 'exponential':
        return mp.exp(-m)
    if loss_id == 'perceptron':
        return max(0, -m)
    if loss_id == 'modified-huber':
        return -4 * m if m < -1 else ((1 - m) ** 2 if m < 1 else 0)


def margin_grad(loss_id, m):
    m = mp.mpf(m)
    if loss_id in ('log', 'log2', 'exponential'):
        return mp.diff(lambda t: margin_loss(loss_id, t), m)
    if loss_id == 'zero-one':
        return 0
    if loss_id == 'hinge':
        return -1 if m <= 1 else 0
    if loss_id == 'squared-hinge':
        return -2 * max(0, 1 - m)
    if loss_id == 'perceptron':
        return -1 if m <= 0 else 0
    if loss_id == 'modified-huber':
        return -4 if m < -1 else (-2 * (1 - m) if m < 1 else 0)


def finite(v):
    v = f(v)
    return v if np.isfinite(v) else ('Infinity' if v > 0 else '-Infinity')


ids = ['zero-one', 'hinge', 'squared-hinge', 'log', 'log2', 'exponential', 'perceptron', 'modified-huber']
out = {'margin': [], 'softmax': [], 'softmaxFloat32': [], 'logSumExp': [], 'bceLogits': [], 'bce': [],
       'information': [], 'regression': [], 'neuron': []}
for i in ids:
    for m in margins:
        out['margin'].append({'id': i, 'm': m, 'loss': finite(margin_loss(i, m)), 'grad': finite(margin_grad(i, m))})


def mp_softmax(x):
    e = [mp.exp(mp.mpf(v)) for v in x]
    s = mp.fsum(e)
    return [f(v / s) for v in e]


vectors = [[1, 2, 3, 4, 5], [1000, 2000, 3000, 4000, 5000], [3, 1, -3], [1, 5, 3], [710, 0], [89, 0],
           [-1000, -1000], [0.1, -0.2, 0.3, 1e-3], [-745, -746, -800], [50, 49.5, -50, 0]]
for x in vectors:
    lse = mp.log(mp.fsum([mp.exp(mp.mpf(v)) for v in x]))
    out['softmax'].append({'x': x, 'p': mp_softmax(x), 'logSoftmax': [f(mp.mpf(v) - lse) for v in x]})
    out['logSumExp'].append({'x': x, 'value': f(lse)})

for x in [[1, 2, 3, 4, 5], [3, 1, -3], [1, 5, 3], [80, 0, -3.5], [88, 87, 0]]:
    x32 = np.array(x, dtype=np.float32)
    shifted = (x32 - x32.max()).astype(np.float32)
    e = np.exp(shifted).astype(np.float32)
    s = np.float32(0)
    for v in e:
        s = np.float32(s + v)
    out['softmaxFloat32'].append({'x': x, 'p': [float(np.float32(v / s)) for v in e]})

for y in [0, 1, 0.3]:
    for z in [-1000, -50, -5, -1, 0, 0.5, 3, 50, 1000]:
        for w in [1, 2.5]:
            zz = mp.mpf(z)
            v = w * y * mp.log(1 + mp.exp(-zz)) + (1 - y) * mp.log(1 + mp.exp(zz))
            out['bceLogits'].append({'y': y, 'z': z, 'posWeight': w, 'value': f(v)})
for y in [0, 1, 0.25]:
    for p in [1e-12, 0.01, 0.3, 0.5, 0.82, 0.999999]:
        yy, pp = mp.mpf(y), mp.mpf(p)
        v = -(yy * mp.log(pp) + (1 - yy) * mp.log(1 - pp))
        out['bce'].append({'y': y, 'p': p, 'value': f(v)})

pairs = [([0.5, 0.5], [0.9, 0.1]), ([0.1, 0.2, 0.7], [0.3, 0.3, 0.4]), ([1, 0, 0], [0.7, 0.2, 0.1]),
         ([0.25, 0.25, 0.25, 0.25], [0.4, 0.3, 0.2, 0.1])]
for p, q in pairs:
    P = [mp.mpf(v) for v in p]
    Q = [mp.mpf(v) for v in q]
    H = -mp.fsum([a * mp.log(a) for a in P if a > 0])
    X = -mp.fsum([a * mp.log(b) for a, b in zip(P, Q) if a > 0])
    out['information'].append({'p': p, 'q': q, 'entropy': f(H), 'crossEntropy': f(X), 'kl': f(X - H),
                               'entropyBits': f(H / mp.log(2))})

yt = [0.0, 1.5, -2.0, 3.0, 10.0]
yp = [0.5, 1.0, 1.0, -0.5, 9.0]
for loss_id, opts in [('mse', {}), ('mae', {}), ('huber', {}), ('huber', {'delta': 2.5}), ('smooth-l1', {}),
                      ('smooth-l1', {'beta': 0.5}), ('log-cosh', {})]:
    vals = []
    for a, b in zip(yt, yp):
        r = mp.mpf(b) - mp.mpf(a)
        if loss_id == 'mse':
            vals.append(r ** 2)
        elif loss_id == 'mae':
            vals.append(abs(r))
        elif loss_id == 'huber':
            d = opts.get('delta', 1)
            vals.append(r ** 2 / 2 if abs(r) <= d else d * (abs(r) - mp.mpf(d) / 2))
        elif loss_id == 'smooth-l1':
            be = opts.get('beta', 1)
            vals.append(r ** 2 / 2 / be if abs(r) < be else abs(r) - mp.mpf(be) / 2)
        elif loss_id == 'log-cosh':
            vals.append(mp.log(mp.cosh(r)))
    out['regression'].append({'id': loss_id, 'opts': opts, 'yTrue': yt, 'yPred': yp, 'value': f(mp.fsum(vals) / len(vals))})
ytm = [0.0, 1.0, 2.0, 9.0]
ypm = [0.5, 1.5, 1.0, 20.0]
out['regression'].append({'id': 'msle', 'opts': {}, 'yTrue': ytm, 'yPred': ypm,
                          'value': f(mp.fsum([(mp.log(1 + mp.mpf(b)) - mp.log(1 + mp.mpf(a))) ** 2 for a, b in zip(ytm, ypm)]) / 4)})
out['regression'].append({'id': 'log-cosh', 'opts': {}, 'yTrue': [0.0], 'yPred': [800.0], 'value': f(mp.log(mp.cosh(800)))})

# Neuron trajectories, replayed in float64 with numpy-free plain Python floats (an independent loop).
import math


def sig(z):
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


for w0, b0 in [(0.6, 0.9), (2.0, 2.0)]:
    for cost in ['quadratic', 'cross-entropy']:
        w, b = w0, b0
        a_at = {}
        for k in range(301):
            z = w * 1.0 + b
            a = sig(z)
            if k in (0, 1, 10, 100, 300):
                a_at[k] = a
            g = (a - 0) * a * (1 - a) if cost == 'quadratic' else a - 0
            w -= 0.15 * g * 1.0
            b -= 0.15 * g
        out['neuron'].append({'w': w0, 'b': b0, 'cost': cost, 'eta': 0.15, 'a': {str(k): v for k, v in a_at.items()}})

print(json.dumps(out, indent=1))
