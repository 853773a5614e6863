"""Independent reference values for the probability panel and the information measures.

Computed with mpmath at 60 digits from the defining formulas (no stable rewrites), written to
tests/unit/fixtures/probability.json. Run: python3 scripts/probability_reference.py
"""
import json
from pathlib import Path

import mpmath as mp

mp.mp.dps = 60


def sig(z):
    return 1 / (1 + mp.e ** (-z))


def bce_prob(y, p):
    pos = 0 if y == 0 else -y * mp.log(p)
    neg = 0 if y == 1 else -(1 - y) * mp.log(1 - p)
    return pos + neg


def bce_prob_grad(y, p):
    return mp.diff(lambda q: bce_prob(y, q), p)


def bce_logit(y, z, w):
    # TensorFlow's weighted_cross_entropy_with_logits, from its definition: -[w y ln s + (1-y) ln(1-s)]
    s = sig(z)
    pos = 0 if y == 0 else -w * y * mp.log(s)
    neg = 0 if y == 1 else -(1 - y) * mp.log(1 - s)
    return pos + neg


def bce_logit_grad(y, z, w):
    return mp.diff(lambda u: bce_logit(y, u, w), z)


def se_logit(y, z):
    return (sig(z) - y) ** 2 / 2


def se_logit_grad(y, z):
    return mp.diff(lambda u: se_logit(y, u), z)


f = float
probability = []
for y in (0, 1):
    for p in ('0.001', '0.01', '0.1', '0.3', '0.5', '0.82', '0.98', '0.999'):
        P = mp.mpf(p)
        probability.append({'y': y, 'p': f(P), 'bce': f(bce_prob(y, P)), 'bceGrad': f(bce_prob_grad(y, P)),
                            'se': f((P - y) ** 2 / 2), 'seGrad': f(P - y)})

logit = []
for y in (0, 1, 0.3):
    for z in ('-30', '-8', '-2.5', '-0.5', '0', '0.75', '3', '8', '30'):
        for w in ('0.25', '1', '3', '10'):
            Z, W, Y = mp.mpf(z), mp.mpf(w), mp.mpf(y)
            logit.append({'y': y, 'z': f(Z), 'posWeight': f(W), 'bce': f(bce_logit(Y, Z, W)),
                          'bceGrad': f(bce_logit_grad(Y, Z, W)), 'se': f(se_logit(Y, Z)), 'seGrad': f(se_logit_grad(Y, Z))})

# The articles' 10-class example, and the same outputs with the 0.6 moved to class 6.
right = ['0.1', '0.05', '0.6', '0', '0.05', '0.1', '0', '0.1', '0', '0']
wrong = ['0.1', '0.05', '0', '0', '0.05', '0.1', '0.6', '0.1', '0', '0']
delta = mp.mpf('1e-7')


def example(outputs, target):
    y = [mp.mpf(v) for v in outputs]
    t = [1 if i == target else 0 for i in range(len(y))]
    clipped = [min(max(v, delta), 1 - delta) for v in y]
    return {'y': [f(v) for v in y], 'target': target,
            'halfSquares': f(sum((a - b) ** 2 for a, b in zip(y, t)) / 2),
            'crossEntropyDelta': f(-sum(b * mp.log(a + delta) for a, b in zip(y, t))),
            'crossEntropyClipped': f(-sum(b * mp.log(a) for a, b in zip(clipped, t)))}


examples = [example(right, 2), example(wrong, 2)]


def info(p, q, base):
    P = [mp.mpf(v) for v in p]
    Q = [mp.mpf(v) for v in q]
    sp, sq = sum(P), sum(Q)
    P = [v / sp for v in P]
    Q = [v / sq for v in Q]
    lb = mp.log(base)

    def H(a):
        return -sum(x * mp.log(x) for x in a if x > 0) / lb

    def CE(a, b):
        return -sum(x * mp.log(y) for x, y in zip(a, b) if x > 0) / lb

    def KL(a, b):
        return sum(x * mp.log(x / y) for x, y in zip(a, b) if x > 0) / lb

    return {'p': p, 'q': q, 'base': 'e' if base == mp.e else '2', 'entropyP': f(H(P)), 'crossEntropyPQ': f(CE(P, Q)),
            'klPQ': f(KL(P, Q)), 'klQP': f(KL(Q, P))}


pairs = [
    (['0.5', '0.25', '0.125', '0.125'], ['0.25', '0.25', '0.25', '0.25']),
    (['0.5', '0.25', '0.125', '0.125'], ['0.05', '0.35', '0.3', '0.3']),
    (['0.45', '0.05', '0.05', '0.45'], ['0.05', '0.45', '0.45', '0.05']),
    (['0.48', '0.02', '0.02', '0.48'], ['0.25', '0.25', '0.25', '0.25']),
    (['0.9', '0.1'], ['0.1', '0.9']),
]
information = [info([f(mp.mpf(v)) for v in p], [f(mp.mpf(v)) for v in q], b) for p, q in pairs for b in (2, mp.e)]
for row in information:
    row['p'] = [float(v) for v in row['p']]

out = Path(__file__).resolve().parent.parent / 'tests' / 'unit' / 'fixtures' / 'probability.json'
out.write_text(json.dumps({'probability': probability, 'logit': logit, 'examples': examples, 'information': information}, indent=1) + '\n')
print(f'wrote {out}: {len(probability)} + {len(logit)} + {len(examples)} + {len(information)} rows')
for row in information:
    print(row['base'], row['p'], row['q'], round(row['klPQ'], 4), round(row['klQP'], 4))
print(examples)
