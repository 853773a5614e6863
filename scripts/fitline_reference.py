#!/usr/bin/env python3
"""Reference line fits for tests/unit/math/fitLine.test.ts, computed independently of the app's code.

For each data set (fixed numpy seeds, none of them the app's presets) and each loss, the line
minimising F(a, b) = (1/n) sum l(a*x_i + b - y_i) and its optimal objective:
  mse        numpy.linalg.lstsq;
  mae        the linear program  min (1/n) sum e_i  s.t.  -e_i <= a*x_i + b - y_i <= e_i  (scipy linprog,
             HiGHS), polished to the vertex it lands on (the line through two points with zero residual);
             uniqueness by four more LPs (min/max of a and of b over the optimal face);
  huber, smooth-l1, log-cosh
             scipy.optimize.minimize (BFGS with the analytic gradient, Nelder-Mead, Powell) from several
             starts (the lstsq line, the LAD line, a flat line through the median), keeping the lowest
             objective; the losses are written here from their formulas, not taken from the app.
The losses follow src/math/regression.ts's conventions: mse r^2, mae |r|, huber 0.5 r^2 / delta(|r| - delta/2),
smooth-l1 0.5 r^2/beta / |r| - beta/2, log-cosh ln cosh r.
Run: python3 scripts/fitline_reference.py   (writes tests/unit/fixtures/fitline.json; needs numpy, scipy)
"""
import json
import os
import sys

import numpy as np
from scipy.optimize import linprog, minimize

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'unit', 'fixtures', 'fitline.json')


def datasets():
    rng = np.random.default_rng(20261130)
    sets = {}

    x = np.sort(rng.uniform(0, 10, 20))
    sets['clean-20'] = (x, 1.3 * x - 2 + rng.normal(0, 0.5, 20))

    x = np.sort(rng.uniform(-5, 5, 25))
    y = -0.7 * x + 3 + rng.normal(0, 0.4, 25)
    y[-1] += 15  # one high-leverage outlier
    sets['one-outlier-25'] = (x, y)

    x = rng.uniform(0, 20, 30)
    y = 0.5 * x + 1 + rng.normal(0, 0.8, 30)
    bad = rng.choice(30, 6, replace=False)
    y[bad] += rng.uniform(8, 12, 6)
    sets['outliers-30'] = (x, y)

    x = rng.uniform(-3, 3, 40)
    sets['cauchy-40'] = (x, 2 * x + 0.5 + 0.5 * rng.standard_cauchy(40))

    x = rng.normal(0, 2, 60)
    sets['student-t3-60'] = (x, -1.5 * x + 4 + rng.standard_t(3, 60))

    x = np.sort(rng.uniform(1000, 1010, 15))
    y = 2 * x + 500 + rng.normal(0, 0.3, 15)
    y[3] -= 6
    sets['offset-x-15'] = (x, y)

    x = rng.uniform(0, 0.01, 18)
    sets['steep-18'] = (x, 50000 * x + rng.normal(0, 20, 18))

    x = np.repeat(np.arange(10.0), 2)
    sets['ties-grid-20'] = (x, np.round(0.8 * x + rng.normal(0, 1.5, 20)))

    sets['three-points'] = (np.array([0.0, 1.0, 3.0]), np.array([1.0, 4.0, 2.0]))
    sets['two-points'] = (np.array([-1.0, 2.0]), np.array([3.0, -3.0]))
    # Corners of a square: a whole band of LAD lines (any line crossing both vertical sides between the corners).
    sets['square-corners'] = (np.array([0.0, 0.0, 1.0, 1.0]), np.array([0.0, 1.0, 0.0, 1.0]))
    # Every x equal: the fit is a location estimate (the best slope is not determined).
    sets['same-x'] = (np.full(5, 2.0), np.array([1.0, 2.0, 4.0, 7.0, 11.0]))
    return {name: (np.asarray(xs, float), np.asarray(ys, float)) for name, (xs, ys) in sets.items()}


def element(loss, r, p):
    a = np.abs(r)
    if loss == 'mse':
        return r * r
    if loss == 'mae':
        return a
    if loss == 'huber':
        return np.where(a <= p, 0.5 * r * r, p * (a - 0.5 * p))
    if loss == 'smooth-l1':
        return np.where(a < p, 0.5 * r * r / p, a - 0.5 * p)
    if loss == 'log-cosh':
        return a + np.log1p(np.exp(-2 * a)) - np.log(2)
    raise ValueError(loss)


def element_grad(loss, r, p):
    if loss == 'huber':
        return np.clip(r, -p, p)
    if loss == 'smooth-l1':
        return np.clip(r / p, -1, 1)
    if loss == 'log-cosh':
        return np.tanh(r)
    raise ValueError(loss)


def objective(loss, x, y, a, b, p=None):
    return float(np.mean(element(loss, a * x + b - y, p)))


def lstsq_line(x, y):
    design = np.column_stack([x, np.ones_like(x)])
    (a, b), *_ = np.linalg.lstsq(design, y, rcond=None)
    return float(a), float(b)


def lad_lp(x, y):
    """min (1/n) sum e  over z = (a, b, e_1..e_n):  a x + b - y - e <= 0,  -(a x + b - y) - e <= 0."""
    n = len(x)
    c = np.concatenate([[0, 0], np.full(n, 1 / n)])
    ones, eye = np.ones(n), np.eye(n)
    a_ub = np.block([[x[:, None], ones[:, None], -eye], [-x[:, None], -ones[:, None], -eye]])
    b_ub = np.concatenate([y, -y])
    bounds = [(None, None), (None, None)] + [(0, None)] * n
    tight = {'primal_feasibility_tolerance': 1e-10, 'dual_feasibility_tolerance': 1e-10}
    res = linprog(c, A_ub=a_ub, b_ub=b_ub, bounds=bounds, method='highs', options=tight)
    assert res.status == 0, res.message
    a, b = res.x[:2]
    # Polish to the vertex: the line through the two points with the smallest residuals (distinct x).
    r = np.abs(a * x + b - y)
    order = np.argsort(r)
    i = order[0]
    j = next((k for k in order[1:] if x[k] != x[i]), None)
    if j is not None:
        va = (y[j] - y[i]) / (x[j] - x[i])
        vb = y[i] - va * x[i]
        if objective('mae', x, y, va, vb) <= objective('mae', x, y, a, b):
            a, b = va, vb
    best = objective('mae', x, y, a, b)
    # The optimal face: extremes of a and of b subject to the objective <= best (plus a hair).
    face = []
    for k, sign in ((0, 1), (0, -1), (1, 1), (1, -1)):
        ck = np.zeros(n + 2)
        ck[k] = sign
        res_k = linprog(ck, A_ub=np.vstack([a_ub, c]), b_ub=np.concatenate([b_ub, [best * (1 + 1e-12) + 1e-12]]),
                        bounds=bounds, method='highs', options=tight)
        face.append(sign * res_k.fun if res_k.status == 0 else np.nan)
    # face = [min a, max a, min b, max b]; unique when the face is a point (up to the LP's tolerances).
    unique = bool(face[1] - face[0] < 1e-7 * (1 + abs(a)) and face[3] - face[2] < 1e-7 * (1 + abs(b)))
    return float(a), float(b), best, unique, [float(v) if np.isfinite(v) else None for v in face]


def smooth_fit(loss, x, y, p, starts):
    """Lowest objective over several scipy methods and starts, in centred coordinates for conditioning."""
    xc, yc = x.mean(), y.mean()
    u, v = x - xc, y - yc

    def f(t):
        return float(np.mean(element(loss, t[0] * u + t[1] - v, p)))

    def g(t):
        psi = element_grad(loss, t[0] * u + t[1] - v, p)
        return np.array([np.mean(psi * u), np.mean(psi)])

    by_method = {}
    for a0, b0 in starts:
        t0 = np.array([a0, b0 + a0 * xc - yc])
        runs = {
            'BFGS': minimize(f, t0, jac=g, method='BFGS', options={'gtol': 1e-13, 'maxiter': 10000}),
            'Nelder-Mead': minimize(f, t0, method='Nelder-Mead', options={'xatol': 1e-13, 'fatol': 1e-16, 'maxiter': 20000, 'maxfev': 40000}),
            'Powell': minimize(f, t0, method='Powell', options={'xtol': 1e-13, 'ftol': 1e-16, 'maxiter': 20000}),
        }
        for method, run in runs.items():
            a, c = run.x
            candidate = (objective(loss, x, y, a, c + yc - a * xc, p), float(a), float(c + yc - a * xc))
            by_method[method] = min(by_method.get(method, candidate), candidate)
    best = min(by_method.values())
    # How far the worst method's best run is above the best: the methods' agreement, for the record.
    spread = max(r[0] - best[0] for r in by_method.values()) / best[0] if best[0] > 0 else 0.0
    return best, spread


def unique_smooth(loss, x, y, a, b, p):
    if loss in ('mse', 'log-cosh'):
        return bool(np.ptp(x) > 0)
    r = np.abs(a * x + b - y)
    inside = x[r < p * (1 - 1e-6)]
    return bool(np.ptp(x) > 0 and len(np.unique(inside)) >= 2)


def main():
    sets = datasets()
    losses = [('mse', None), ('mae', None)] + [('huber', d) for d in (0.1, 1, 3)] + [('smooth-l1', b) for b in (0.1, 1, 3)] + [('log-cosh', None)]
    fits = []
    worst_spread = 0.0
    for name, (x, y) in sets.items():
        a_ls, b_ls = lstsq_line(x, y)
        a_lad, b_lad, f_lad, lad_unique, lad_face = lad_lp(x, y)
        starts = [(a_ls, b_ls), (a_lad, b_lad), (0.0, float(np.median(y)))]
        for loss, p in losses:
            opts = {} if p is None else ({'delta': p} if loss == 'huber' else {'beta': p})
            if loss == 'mse':
                entry = {'objective': objective('mse', x, y, a_ls, b_ls), 'slope': a_ls, 'intercept': b_ls, 'unique': bool(np.ptp(x) > 0)}
            elif loss == 'mae':
                entry = {'objective': f_lad, 'slope': a_lad, 'intercept': b_lad, 'unique': lad_unique, 'face': lad_face}
            else:
                (f_best, a, b), spread = smooth_fit(loss, x, y, p, starts)
                worst_spread = max(worst_spread, spread)
                entry = {'objective': f_best, 'slope': a, 'intercept': b, 'unique': unique_smooth(loss, x, y, a, b, p), 'spread': spread}
            fits.append({'dataset': name, 'loss': loss, 'opts': opts, **entry})
    data = {
        'generator': 'scripts/fitline_reference.py (numpy %s, scipy %s)' % (np.__version__, __import__('scipy').__version__),
        'datasets': {name: [[float(a), float(b)] for a, b in zip(x, y)] for name, (x, y) in sets.items()},
        'fits': fits,
    }
    with open(OUT, 'w') as fh:
        json.dump(data, fh, indent=1, allow_nan=False)
        fh.write('\n')
    print('wrote %d fits; largest relative spread between scipy runs: %.3g' % (len(fits), worst_spread), file=sys.stderr)


if __name__ == '__main__':
    main()
