#!/usr/bin/env python3
"""Reference values for tests/unit/math/derivations.test.ts, computed independently of the app's code
with mpmath at 60 significant digits: the softmax Jacobian from its definition by symbolic
differentiation of e^{x_i} / sum_j e^{x_j} (mpmath.diff), the single neuron's gradients, and the log
loss in its three forms.
Run: python3 scripts/derivations_reference.py > tests/unit/fixtures/derivations.json (needs mpmath)."""
import json
import mpmath as mp

mp.mp.dps = 60


def softmax(x):
    m = max(x)
    e = [mp.exp(v - m) for v in x]
    s = mp.fsum(e)
    return [v / s for v in e]


def jacobian(x):
    x = [mp.mpf(v) for v in x]
    n = len(x)
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            def pi(t, i=i, j=j):
                y = list(x)
                y[j] = t
                return softmax(y)[i]
            row.append(float(mp.diff(pi, x[j])))
        rows.append(row)
    return rows


jacobian_cases = [[1, 2, 3, 4, 5], [3, 1, -3], [1, 5, 3], [0, 0], [1000, 2000, 3000], [-745, -740], [0.5, -0.25, 2, 7, -3, 1]]


def sigmoid(z):
    return 1 / (1 + mp.exp(-z))


def neuron(cost, w, b, x, y):
    w, b, x, y = (mp.mpf(v) for v in (w, b, x, y))
    z = w * x + b
    if cost == 'quadratic':
        c = lambda ww, bb: (sigmoid(ww * x + bb) - y) ** 2 / 2
    else:
        c = lambda ww, bb: -(y * mp.log(sigmoid(ww * x + bb)) + (1 - y) * mp.log(1 - sigmoid(ww * x + bb)))
    a = sigmoid(z)
    return {
        'cost': cost, 'w': float(w), 'b': float(b), 'x': float(x), 'y': float(y),
        'z': float(z), 'a': float(a), 'sigmaPrime': float(mp.diff(sigmoid, z)),
        'C': float(c(w, b)),
        'dCdw': float(mp.diff(lambda t: c(t, b), w)),
        'dCdb': float(mp.diff(lambda t: c(w, t), b)),
    }


neuron_cases = [
    (cost, *start)
    for cost in ('quadratic', 'cross-entropy')
    for start in ((0.6, 0.9, 1, 0), (2, 2, 1, 0), (-1.5, 0.3, 2.5, 1), (0.4, -0.2, -3, 0.25))
]


def log_loss(f, y_pm):
    f = mp.mpf(f)
    y01 = 1 if y_pm == 1 else 0
    p = sigmoid(f)
    # The Bernoulli likelihood p^y (1 - p)^(1 - y), straight from the definition.
    nll = -mp.log(p ** y01 * (1 - p) ** (1 - y01))
    return {'score': float(f), 'labelPm': y_pm, 'probability': float(p), 'loss': float(nll), 'margin': float(y_pm * f)}


log_loss_cases = [(f, y) for f in (-20, -4, -1.5, -0.25, 0, 0.5, 1, 3, 30) for y in (1, -1)]

print(json.dumps({
    'jacobian': [{'logits': x, 'jacobian': jacobian(x)} for x in jacobian_cases],
    'neuron': [neuron(*case) for case in neuron_cases],
    'logLoss': [log_loss(*case) for case in log_loss_cases],
}, indent=1))
