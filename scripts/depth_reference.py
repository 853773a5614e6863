#!/usr/bin/env python3
"""Reference gradients through a chain of one-neuron layers for tests/unit/math/depth.test.ts,
computed independently of the app's code.

The chain: a_0 = x, z_l = w_l a_{l-1} + b_l, a_l = phi(z_l), l = 1..L. For each layer the script gives
z_l, a_l and d a_L / d z_l (= d a_L / d b_l) two ways:
  - by NumPy in float64, differentiating with automatic bookkeeping of the Jacobian product: the chain
    is written as the composition of 1x1 Jacobians J_l = w_{l+1} phi'(z_l) multiplied with np.prod
    (this is what float64 gives, underflow included);
  - by mpmath at 60 digits, to get the true value and log10 of its magnitude even where float64
    underflows to 0.
phi is written here from its definition: sigmoid 1/(1+e^-z), tanh, relu max(0, z) with relu'(0) = 0.
Biases: "fixed" (the same b for every layer) or "pin" (b_l = z* - w_l a_{l-1}, so z_l = z*).
Some weight lists are drawn with numpy's default_rng (not the app's generator) and stored in the file.
Run: python3 scripts/depth_reference.py   (writes tests/unit/fixtures/depth.json; needs numpy, mpmath)
"""
import json
import os

import mpmath as mp
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'unit', 'fixtures', 'depth.json')
mp.mp.dps = 60


def phi(kind, z):
    if kind == 'sigmoid':
        return 1 / (1 + mp.e ** (-z))
    if kind == 'tanh':
        return mp.tanh(z)
    return z if z > 0 else mp.mpf(0)


def dphi(kind, z):
    if kind == 'sigmoid':
        s = 1 / (1 + mp.e ** (-z))
        return s * (1 - s)
    if kind == 'tanh':
        return 1 / mp.cosh(z) ** 2
    return mp.mpf(1) if z > 0 else mp.mpf(0)


def dphi_float(kind, z):
    z = np.float64(z)
    if kind == 'sigmoid':
        s = 1 / (1 + np.exp(-z)) if z >= 0 else np.exp(z) / (1 + np.exp(z))
        t = 1 / (1 + np.exp(z)) if z <= 0 else np.exp(-z) / (1 + np.exp(-z))
        return s * t
    if kind == 'tanh':
        with np.errstate(over='ignore'):
            return 1 / np.cosh(z) ** 2
    return np.float64(1.0) if z > 0 else np.float64(0.0)


def chain(kind, weights, bias, x):
    # Forward pass in mpmath (exact enough that z and a round to the float64 values the app gets).
    a = mp.mpf(x)
    zs, as_ = [], []
    for w in weights:
        w = mp.mpf(w)
        if bias['kind'] == 'pin':
            z = mp.mpf(bias['z'])
        else:
            z = w * a + mp.mpf(bias['value'])
        zs.append(z)
        a = phi(kind, z)
        as_.append(a)
    L = len(weights)
    layers = []
    for l in range(L):
        # d a_L / d z_l = phi'(z_l) * prod_{k=l+1}^{L} w_k phi'(z_k)
        factors = [dphi(kind, zs[l])] + [mp.mpf(weights[k]) * dphi(kind, zs[k]) for k in range(l + 1, L)]
        true = mp.fprod(factors)
        float_factors = np.array([dphi_float(kind, float(zs[l]))] + [np.float64(weights[k]) * dphi_float(kind, float(zs[k])) for k in range(l + 1, L)])
        with np.errstate(under='ignore', over='ignore'):
            # Multiplied from the output end, as backpropagation does.
            g = np.float64(1.0)
            for f in float_factors[::-1]:
                g = g * f
        layers.append({
            'z': float(zs[l]),
            'a': float(as_[l]),
            'grad': float(g),
            'trueGrad': mp.nstr(true, 20),
            'log10Grad': None if true == 0 else float(mp.log10(abs(true))),
            'sign': 0 if true == 0 else (1 if true > 0 else -1),
        })
    return layers


def main():
    rng = np.random.default_rng(20261130)
    cases = [
        ('three-layer sigmoid by hand', 'sigmoid', [2, -1, 0.5], {'kind': 'fixed', 'value': 0}, 1),
        ('sigmoid, w = 1, ten layers', 'sigmoid', [1] * 10, {'kind': 'fixed', 'value': 0}, 1),
        ('sigmoid, w = 8, z pinned at 0 (explodes)', 'sigmoid', [8] * 12, {'kind': 'pin', 'z': 0}, 1),
        ('sigmoid, w = 20, x = 3, thirty layers', 'sigmoid', [20] * 30, {'kind': 'fixed', 'value': 0}, 3),
        ('tanh, w = 20, x = 3: underflows', 'tanh', [20] * 30, {'kind': 'fixed', 'value': 0}, 3),
        ('tanh, w = 1.5, b = 0.3', 'tanh', [1.5] * 15, {'kind': 'fixed', 'value': 0.3}, -0.7),
        ('relu, w = 2, thirty layers', 'relu', [2] * 30, {'kind': 'fixed', 'value': 0}, 1),
        ('relu, a negative weight switches it off', 'relu', [1, 1, -1, 1, 1, 1], {'kind': 'fixed', 'value': 0}, 1),
        ('relu, b = -0.5 and w = 0.9: off from layer 3', 'relu', [0.9] * 8, {'kind': 'fixed', 'value': -0.5}, 2),
        ('relu, pinned at z = 1', 'relu', [3] * 10, {'kind': 'pin', 'z': 1}, 1),
        ('sigmoid, random weights (numpy rng)', 'sigmoid', [float(v) for v in 1.5 * rng.standard_normal(20)], {'kind': 'fixed', 'value': 0.1}, 0.5),
        ('tanh, random weights (numpy rng)', 'tanh', [float(v) for v in 2.5 * rng.standard_normal(25)], {'kind': 'fixed', 'value': 0}, 1),
        ('relu, random weights (numpy rng)', 'relu', [float(v) for v in 1.2 * rng.standard_normal(20)], {'kind': 'fixed', 'value': 0.2}, 1),
        ('tanh, z pinned at 0.5, w = 1.3', 'tanh', [1.3] * 20, {'kind': 'pin', 'z': 0.5}, 0.2),
    ]
    out = []
    for name, kind, weights, bias, x in cases:
        out.append({'name': name, 'activation': kind, 'weights': weights, 'bias': bias, 'input': x, 'layers': chain(kind, weights, bias, x)})
    with open(OUT, 'w') as f:
        json.dump({'source': 'scripts/depth_reference.py (numpy float64 products; mpmath 60 digits)', 'cases': out}, f, indent=1)
        f.write('\n')
    print('wrote', OUT, len(out), 'cases')


if __name__ == '__main__':
    main()
