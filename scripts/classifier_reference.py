#!/usr/bin/env python3
"""Reference optima for tests/unit/math/classifier.test.ts, computed independently of the app's code
with SciPy. For a linear classifier f(x) = w.x + b on labelled points (y = +-1) it minimises

    J(w, b) = (1/n) sum_i L(y_i (w.x_i + b)) + (lam/2) |w|^2     (bias not penalised)

- log, exponential, squared hinge, modified Huber: scipy.optimize.minimize (trust-exact with the
  exact or generalized Hessian, and BFGS from another start), keeping the lower objective; the
  certificate is the gradient norm at the optimum.
- hinge, lam > 0: the SVM dual  max sum(a) - |sum a_i y_i x_i|^2 / (2 lam), 0 <= a_i <= 1/n,
  sum a_i y_i = 0  by SLSQP (then its KKT equations solved on SLSQP's active set), w = sum a_i y_i x_i
  / lam, b the exact minimiser of the piecewise-linear J(w, .) (a corner); the primal epigraph QP by
  trust-constr as a cross-check; then the primal KKT equations on the active set read off the
  margins, with multipliers kept in their box by bounded least squares (lsq_linear). The certificate
  is the duality gap primal - dual, an upper bound on the distance to the minimum.
- hinge, lam = 0: the LP  min (1/n) sum xi, xi >= 1 - y_i (w.x_i + b), xi >= 0  by linprog (HiGHS).
- "no minimum" (log and exponential at lam = 0): the LP  find d with A d >= 0, sum(A d) = 1,
  rows a_i = y_i (x_i, 1), is feasible exactly when the margins can all grow (weak separability).

Warm-start chains (classifier_warm.json): the app refits from the previous solution when the lambda
slider steps or one point is dragged; each state of such a chain (lambda stepped as the slider does,
10^(0.01 k) rounded to two digits, then point 0 dragged in small steps) gets its own optimum here,
computed from scratch as above, so the warm-started answers are checked against independent optima.

Run: python3 scripts/classifier_reference.py  (writes tests/unit/fixtures/classifier.json and
classifier_warm.json; `--warm` writes only the latter)."""
import json
import os

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, lsq_linear, minimize
from scipy.special import expit

LOSSES = ['hinge', 'log', 'exponential', 'squared-hinge', 'modified-huber']
LAMBDAS = [1e-3, 1e-2, 0.1, 1.0]


def loss_value(loss, m):
    if loss == 'hinge':
        return np.maximum(0.0, 1.0 - m)
    if loss == 'log':
        return np.logaddexp(0.0, -m)
    if loss == 'exponential':
        return np.exp(-m)
    if loss == 'squared-hinge':
        return np.maximum(0.0, 1.0 - m) ** 2
    return np.where(m < -1, -4.0 * m, np.where(m < 1, (1.0 - m) ** 2, 0.0))


def loss_slope(loss, m):
    if loss == 'log':
        return -expit(-m)
    if loss == 'exponential':
        return -np.exp(-m)
    if loss == 'squared-hinge':
        return -2.0 * np.maximum(0.0, 1.0 - m)
    return np.where(m < -1, -4.0, np.where(m < 1, -2.0 * (1.0 - m), 0.0))


def loss_curvature(loss, m):
    if loss == 'log':
        return expit(m) * expit(-m)
    if loss == 'exponential':
        return np.exp(-m)
    if loss == 'squared-hinge':
        return np.where(m < 1, 2.0, 0.0)
    return np.where((m >= -1) & (m < 1), 2.0, 0.0)


def design(points):
    """Rows a_i = y_i (x1, x2, 1): the margin of theta = (w1, w2, b) is a_i . theta."""
    return points[:, 2:3] * np.column_stack([points[:, 0], points[:, 1], np.ones(len(points))])


def objective(points, loss, lam, theta):
    m = design(points) @ theta
    return float(np.mean(loss_value(loss, m)) + 0.5 * lam * (theta[0] ** 2 + theta[1] ** 2))


def smooth_optimum(points, loss, lam):
    a = design(points)
    n = len(points)
    pen = np.array([1.0, 1.0, 0.0])

    def fun(t):
        return objective(points, loss, lam, t)

    def jac(t):
        return a.T @ loss_slope(loss, a @ t) / n + lam * pen * t

    def hess(t):
        c = loss_curvature(loss, a @ t) / n
        return (a.T * c) @ a + lam * np.diag(pen)

    best = None
    for start, method in [(np.zeros(3), 'trust-exact'), (np.array([0.1, -0.1, 0.05]), 'BFGS')]:
        opts = {'gtol': 1e-14, 'maxiter': 5000} if method == 'BFGS' else {'gtol': 1e-13, 'maxiter': 2000}
        kwargs = {'hess': hess} if method == 'trust-exact' else {}
        res = minimize(fun, start, jac=jac, method=method, options=opts, **kwargs)
        if best is None or res.fun < best[1]:
            best = (res.x, float(res.fun))
    theta, value = best
    # A few exact Newton steps (kept only while the objective does not rise) take the gradient to its
    # rounding floor.
    for _ in range(20):
        try:
            step = np.linalg.solve(hess(theta) + 1e-300 * np.eye(3), -jac(theta))
        except np.linalg.LinAlgError:
            break
        trial = theta + step
        if not (fun(trial) <= fun(theta) + 1e-15 * abs(fun(theta))
                and np.max(np.abs(jac(trial))) < np.max(np.abs(jac(theta)))):
            break
        theta = trial
    value = fun(theta)
    grad_norm = float(np.max(np.abs(jac(theta))))
    m = a @ theta
    if loss in ('log', 'exponential'):
        b_unique = True
    elif loss == 'squared-hinge':
        b_unique = bool(np.any(m < 1 - 1e-7))
    else:
        b_unique = bool(np.any((m > -1 + 1e-7) & (m < 1 - 1e-7)))
    return theta, value, {'gradientNorm': grad_norm}, b_unique


def hinge_bias(scores, y):
    """argmin_b mean(max(0, 1 - y (s + b))): convex piecewise linear, minimum at a corner b = y_i - s_i."""
    corners = np.sort(y - scores)
    values = np.array([np.mean(np.maximum(0.0, 1.0 - y * (scores + c))) for c in corners])
    best = values.min()
    optimal = corners[values <= best + 1e-13 * max(1.0, best)]
    return 0.5 * (optimal[0] + optimal[-1]), bool(optimal[-1] - optimal[0] < 1e-9)


def polish_dual(q, y, al, upper):
    """Solve the dual KKT equations exactly on SLSQP's active set (alpha at 0, at 1/n, or free):
    Q_FF a_F + Q_FB a_B - 1 + nu y_F = 0, y.a = 0; kept if it stays in the box and the dual improves."""
    def dual(a):
        return a.sum() - 0.5 * a @ q @ a
    best = al
    for tol in (1e-6, 1e-8, 1e-10):
        free = (al > tol * upper) & (al < (1 - tol) * upper)
        fixed = np.where(al >= (1 - tol) * upper, upper, 0.0)
        f = np.flatnonzero(free)
        k = len(f)
        if k == 0:
            continue
        mat = np.zeros((k + 1, k + 1))
        mat[:k, :k] = q[np.ix_(f, f)]
        mat[:k, k] = y[f]
        mat[k, :k] = y[f]
        rhs = np.concatenate([1.0 - q[f] @ fixed, [-(y @ fixed)]])
        try:
            sol = np.linalg.lstsq(mat, rhs, rcond=None)[0]
        except np.linalg.LinAlgError:
            continue
        cand = fixed.copy()
        cand[f] = sol[:k]
        if np.all(cand >= -1e-15) and np.all(cand <= upper * (1 + 1e-15)) and abs(cand @ y) < 1e-14:
            cand = np.clip(cand, 0.0, upper)
            if dual(cand) >= dual(best):
                best = cand
    return best


def kkt_polish(points, lam, theta, tol):
    x, y = points[:, :2], points[:, 2]
    n = len(points)
    m = design(points) @ theta
    inside = m < 1 - tol
    on = np.flatnonzero(np.abs(m - 1) <= tol)
    k = len(on)
    mat = np.zeros((3 + k, 3 + k))
    rhs = np.zeros(3 + k)
    mat[0, 0] = mat[1, 1] = lam
    mat[:2, 3:] = -(y[on][:, None] * x[on]).T
    mat[2, 3:] = -y[on]
    rhs[:2] = (y[inside][:, None] * x[inside]).sum(axis=0) / n
    rhs[2] = y[inside].sum() / n
    mat[3:, :2] = y[on][:, None] * x[on]
    mat[3:, 2] = y[on]
    rhs[3:] = 1.0
    cand = np.linalg.lstsq(mat, rhs, rcond=None)[0][:3]
    # The multipliers, within their box [0, 1/n], from the stationarity equations at cand (bounded
    # least squares: a margin set larger than 3 points leaves them non-unique).
    al = np.where(inside, 1.0 / n, 0.0)
    if k > 0:
        al[on] = lsq_linear(-mat[:3, 3:], rhs[:3] - mat[:3, :3] @ cand, bounds=(0.0, 1.0 / n),
                            tol=1e-15, lsmr_tol='auto', method='bvls').x
    if abs(al @ y) > 1e-14:
        return cand, objective(points, 'hinge', lam, cand), -np.inf
    w_al = (al * y) @ x / lam
    dual = float(al.sum() - 0.5 * lam * w_al @ w_al)
    return cand, objective(points, 'hinge', lam, cand), dual


def hinge_optimum(points, lam):
    x, y = points[:, :2], points[:, 2]
    n = len(points)
    if lam == 0:
        a = design(points)
        c = np.concatenate([np.zeros(3), np.full(n, 1.0 / n)])
        a_ub = np.hstack([-a, -np.eye(n)])
        bounds = [(None, None)] * 3 + [(0, None)] * n
        res = linprog(c, A_ub=a_ub, b_ub=-np.ones(n), bounds=bounds, method='highs')
        theta = res.x[:3]
        return theta, objective(points, 'hinge', 0.0, theta), {'lp': res.status}, False
    q = (y[:, None] * x) @ (y[:, None] * x).T / lam

    def dual_neg(al):
        return 0.5 * al @ q @ al - al.sum()

    res = minimize(dual_neg, np.zeros(n), jac=lambda al: q @ al - 1.0, method='SLSQP',
                   bounds=[(0.0, 1.0 / n)] * n,
                   constraints=[{'type': 'eq', 'fun': lambda al: al @ y, 'jac': lambda al: y}],
                   options={'ftol': 1e-16, 'maxiter': 2000})
    al = np.clip(res.x, 0.0, 1.0 / n)
    al = polish_dual(q, y, al, 1.0 / n)
    w = (al * y) @ x / lam
    b, b_unique = hinge_bias(x @ w, y)
    theta = np.array([w[0], w[1], b])
    primal = objective(points, 'hinge', lam, theta)
    dual = float(al.sum() - 0.5 * lam * w @ w)
    # KKT certificate from the primal side: on the active set read off the margins, solve the KKT
    # equations for (w, b) and the multipliers beta of the points on the margin; alpha = 1/n inside
    # the margin, beta on it, 0 outside is dual feasible, so primal(theta) - dual(alpha) bounds the error.
    for tol in (1e-4, 1e-6, 1e-8, 1e-10):
        cand, cand_primal, cand_dual = kkt_polish(points, lam, theta, tol)
        dual = max(dual, cand_dual)
        if cand_primal < primal:
            theta, primal = cand, cand_primal
            b_unique = hinge_bias(x @ theta[:2], y)[1]
    # Cross-check: the primal epigraph QP in (w1, w2, b, xi_1..n) by trust-constr.
    a = design(points)
    cons = LinearConstraint(np.hstack([a, np.eye(n)]), np.ones(n), np.inf)
    bnds = Bounds(np.concatenate([np.full(3, -np.inf), np.zeros(n)]), np.full(3 + n, np.inf))
    z0 = np.concatenate([np.zeros(3), np.ones(n)])
    tc = minimize(lambda z: 0.5 * lam * (z[0] ** 2 + z[1] ** 2) + z[3:].mean(), z0,
                  jac=lambda z: np.concatenate([lam * z[:2], [0.0], np.full(n, 1.0 / n)]),
                  hess=lambda z: np.diag(np.concatenate([[lam, lam], np.zeros(1 + n)])),
                  method='trust-constr', constraints=[cons], bounds=bnds,
                  options={'gtol': 1e-12, 'xtol': 1e-14, 'maxiter': 20000})
    tc_value = objective(points, 'hinge', lam, tc.x[:3])
    if tc_value < primal:
        theta, primal = tc.x[:3], tc_value
    return theta, primal, {'dualityGap': max(0.0, primal - dual), 'trustConstr': tc_value}, b_unique


def weakly_separable(points):
    a = design(points)
    n = len(points)
    res = linprog(np.zeros(3), A_ub=-a, b_ub=np.zeros(n), A_eq=a.sum(axis=0)[None, :], b_eq=[1.0],
                  bounds=[(None, None)] * 3, method='highs')
    return res.status == 0


def blob(rng, center, sd, count, label):
    xy = rng.normal(loc=center, scale=sd, size=(count, 2))
    return np.column_stack([xy, np.full(count, label)])


def datasets():
    rng = np.random.default_rng(20261130)
    sets = {
        'separable': np.vstack([blob(rng, [-2.0, -1.0], 0.7, 10, -1), blob(rng, [2.0, 1.5], 0.7, 10, 1)]),
        'overlapping': np.vstack([blob(rng, [-0.7, 0.0], 1.0, 15, -1), blob(rng, [0.7, 0.4], 1.0, 15, 1)]),
        'outlier': np.vstack([blob(rng, [-2.0, 0.5], 0.6, 9, -1), blob(rng, [2.0, -0.5], 0.6, 9, 1),
                              np.array([[-9.0, 7.5, 1.0]])]),
        'imbalanced': np.vstack([blob(rng, [0.5, 0.5], 1.2, 16, 1), blob(rng, [-1.0, -0.5], 0.5, 4, -1),
                                 np.array([[0.25, 0.25, 1.0], [0.25, 0.25, -1.0]])]),
    }
    return {k: np.column_stack([np.round(v[:, :2], 3), v[:, 2]]) for k, v in sets.items()}


def main():
    sets = datasets()
    cases = []
    for name, points in sets.items():
        separable = weakly_separable(points)
        for loss in LOSSES:
            for lam in LAMBDAS + [0.0]:
                if lam == 0 and loss in ('log', 'exponential') and separable:
                    cases.append({'dataset': name, 'loss': loss, 'lambda': lam, 'unbounded': True})
                    continue
                if loss == 'hinge':
                    theta, value, cert, b_unique = hinge_optimum(points, lam)
                else:
                    theta, value, cert, b_unique = smooth_optimum(points, loss, lam)
                case = {'dataset': name, 'loss': loss, 'lambda': lam, 'unbounded': False, 'objective': value,
                        'certificate': cert}
                if lam > 0:
                    case['w'] = [float(theta[0]), float(theta[1])]
                    case['b'] = float(theta[2]) if b_unique else None
                cases.append(case)
    out = {
        'generator': 'scripts/classifier_reference.py (SciPy, independent of src/math)',
        'datasets': {k: [[float(p[0]), float(p[1]), int(p[2])] for p in v] for k, v in sets.items()},
        'separable': {k: weakly_separable(v) for k, v in sets.items()},
        'cases': cases,
    }
    path = os.path.join(os.path.dirname(__file__), '..', 'tests', 'unit', 'fixtures', 'classifier.json')
    with open(path, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    worst = max((c['certificate'].get('gradientNorm', c['certificate'].get('dualityGap', 0)) for c in cases
                 if 'certificate' in c and c['lambda'] > 0), default=0)
    print(f'{len(cases)} cases written to {os.path.normpath(path)}; worst certificate (lambda > 0) {worst:.3g}')


def warm_chains():
    sets = datasets()
    chains = []
    for name in ('overlapping', 'outlier', 'separable'):
        base = sets[name]
        states = [(float(f'{0.1 * 10 ** (0.01 * k):.2g}'), None) for k in range(0, 25, 3)]
        lam = states[-1][0]
        x1, x2 = float(base[0][0]), float(base[0][1])
        for k in range(1, 7):
            states.append((lam, [0, round(x1 + 0.35 * k, 3), round(x2 - 0.25 * k, 3)]))
        for loss in LOSSES:
            steps = []
            points = base.copy()
            for lam, move in states:
                if move is not None:
                    points = points.copy()
                    points[move[0], 0], points[move[0], 1] = move[1], move[2]
                if loss == 'hinge':
                    theta, value, cert, b_unique = hinge_optimum(points, lam)
                else:
                    theta, value, cert, b_unique = smooth_optimum(points, loss, lam)
                steps.append({'lambda': lam, 'move': move, 'objective': value, 'w': [float(theta[0]), float(theta[1])],
                              'b': float(theta[2]) if b_unique else None})
            chains.append({'dataset': name, 'loss': loss, 'states': steps})
    out = {
        'generator': 'scripts/classifier_reference.py warm_chains (SciPy, independent of src/math); datasets as in classifier.json',
        'chains': chains,
    }
    path = os.path.join(os.path.dirname(__file__), '..', 'tests', 'unit', 'fixtures', 'classifier_warm.json')
    with open(path, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    print(f'{len(chains)} warm-start chains written to {os.path.normpath(path)}')


if __name__ == '__main__':
    import sys
    if '--warm' not in sys.argv:
        main()
    warm_chains()
