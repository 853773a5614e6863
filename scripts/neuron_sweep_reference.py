#!/usr/bin/env python3
"""Reference learning-rate sweeps of the single sigmoid neuron for tests/unit/math/neuron.test.ts,
computed independently of the app's code (plain Python floats, the update rule written from the
formulas: z = w x + b, a = sigma(z); quadratic dC/dz = (a - y) a (1 - a), cross-entropy dC/dz = a - y;
w -= eta dC/dz x, b -= eta dC/dz). For each rate: the first epoch with |a - y| <= tolerance (None if
not within the epochs), the output after all epochs, and whether the cost ever rises (by more than rounding: 1e-9 relative plus 1e-15).
Run: python3 scripts/neuron_sweep_reference.py   (writes tests/unit/fixtures/neuron-sweep.json)
"""
import json
import math
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'unit', 'fixtures', 'neuron-sweep.json')


def sigmoid(z):
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def cost(kind, z, y):
    a = sigmoid(z)
    if kind == 'quadratic':
        return (a - y) ** 2 / 2
    # -[y ln a + (1 - y) ln(1 - a)] in softplus form: ln(1 + e^z) - y z
    return max(z, 0) + math.log1p(math.exp(-abs(z))) - y * z


def sweep(kind, w, b, x, y, epochs, etas, tol):
    out = []
    for eta in etas:
        ww, bb = w, b
        reached, rises, prev, a = None, False, math.inf, None
        for k in range(epochs + 1):
            z = ww * x + bb
            a = sigmoid(z)
            c = cost(kind, z, y)
            if c > prev * (1 + 1e-9) + 1e-15:
                rises = True
            prev = c
            if reached is None and abs(a - y) <= tol:
                reached = k
            g = (a - y) * a * (1 - a) if kind == 'quadratic' else a - y
            ww -= eta * g * x
            bb -= eta * g
        out.append({'eta': eta, 'epochsToTarget': reached, 'finalOutput': a, 'overshoots': rises})
    return out


def main():
    etas = [0.005, 0.015, 0.05, 0.15, 0.5, 1.5, 5, 15]
    cases = []
    for y in (0, 0.5):
        for (w, b) in ((0.6, 0.9), (2, 2)):
            for kind in ('quadratic', 'cross-entropy'):
                setup = {'w': w, 'b': b, 'x': 1, 'y': y, 'epochs': 300, 'cost': kind}
                cases.append({'setup': setup, 'etas': etas, 'tolerance': 0.1, 'entries': sweep(kind, w, b, 1, y, 300, etas, 0.1)})
    setup = {'w': -1.5, 'b': 0.4, 'x': -2, 'y': 0.8, 'epochs': 500, 'cost': 'cross-entropy'}
    cases.append({'setup': setup, 'etas': [0.01, 0.3, 3, 30], 'tolerance': 0.05, 'entries': sweep('cross-entropy', -1.5, 0.4, -2, 0.8, 500, [0.01, 0.3, 3, 30], 0.05)})
    with open(OUT, 'w') as f:
        json.dump({'source': 'scripts/neuron_sweep_reference.py (plain Python floats)', 'cases': cases}, f, indent=1)
        f.write('\n')
    print('wrote', OUT, len(cases), 'cases')


if __name__ == '__main__':
    main()
