#!/usr/bin/env python3
"""Writes the NumPy reference numbers the engine is tested against.

Run from the repository root:  python3 tests/reference/make_reference.py
It rewrites tests/fixtures/reference/*.json. CI does not run Python: the JSON
is committed and tests/unit/engine/reference.test.ts compares the engine to it.

Each experiment is re-done here with NumPy in the arithmetic of its source
(which loss, which gradient, when the loss is listed, where it starts), so
the fixtures are what the source notebooks would have produced. Choices the
sources leave open are stated next to the code that makes them:

* 000's regularization experiment continues NumPy's global stream after
  earlier cells; here the stream is reseeded with 42 just before it.
* 002 never seeds NumPy; its data are drawn here after np.random.seed(0).
"""

import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "reference"


def floats(a):
    """Plain Python floats (json writes them with full round-trip precision)."""
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def write(name, payload):
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(payload, separators=(",", ":"), allow_nan=False)
    (OUT / name).write_text(text + "\n")
    print(f"wrote {name} ({len(text) // 1024} KB)")


# ---------------------------------------------------------------- random streams

def random_streams():
    streams = []

    def stream(seed, calls):
        np.random.seed(seed)
        out = []
        for fn, args in calls:
            values = getattr(np.random, fn)(*args)
            out.append({"fn": fn, "args": list(args), "values": floats(values)})
        streams.append({"seed": seed, "calls": out})

    stream(42, [("uniform", (-3, 3, 100)), ("normal", (0, 0.2, 100))])
    stream(42, [("uniform", (-5, 5, 100)), ("normal", (0, 1.5, 100))])
    # Odd sizes leave a cached Gaussian that the next call must use first.
    stream(0, [("normal", (0, 1, 7)), ("normal", (5, 2, 3)), ("uniform", (0, 1, 2)), ("normal", (-1, 0.5, 5))])
    stream(123, [("random_sample", (10,))])
    stream(4294967295, [("uniform", (0, 1, 5)), ("normal", (0, 1, 5))])
    stream(1, [("uniform", (-1, 1, 1000))])
    write("random.json", {"streams": streams})


# ---------------------------------------------------------------- data sets

def line_uniform(seed, n, lo, hi, slope, intercept, noise):
    np.random.seed(seed)
    x = np.random.uniform(lo, hi, n)
    e = np.random.normal(0, noise, n)
    return x, slope * x + intercept + e


def line_even(seed, n, lo, hi, slope, intercept, noise):
    np.random.seed(seed)
    x = np.linspace(lo, hi, n)
    e = np.random.normal(0, noise, n)
    return x, (slope * x + intercept) + e


def classes(seed, positive, negative):
    np.random.seed(seed)
    pos = [np.random.normal(loc=m, scale=s, size=k) for m, s, k in positive]
    neg = [np.random.normal(loc=m, scale=s, size=k) for m, s, k in negative]
    x = np.concatenate(pos + neg)
    y = np.concatenate([np.ones(sum(k for _, _, k in positive)), np.zeros(sum(k for _, _, k in negative))])
    return x, y


def datasets():
    d = {}
    d["source000"] = line_uniform(42, 100, -3, 3, 2.5, 1.0, 0.2)
    d["source003"] = line_uniform(42, 100, -5, 5, 1.5, 2.0, 1.5)
    d["source002"] = line_even(0, 20, 0, 5, 2, 1, 0.8)
    xr, yr = line_uniform(42, 80, -3, 3, 2.5, 1.0, 0.3)
    d["source000Regularization"] = (
        np.concatenate([xr, [-2.5, -1.5, 1.5, 2.5]]),
        np.concatenate([yr, [8, -3, -4, 9]]),
    )
    d["source004OneMode"] = classes(0, [(1, 1, 50)], [(-1, 1, 50)])
    d["source004TwoMode"] = classes(0, [(1, 0.25, 50), (5, 0.25, 50)], [(-1, 0.5, 50)])
    return d


# ---------------------------------------------------------------- the sources' arithmetic

def run_000(x, y, lr, steps, lam=0.0):
    """000: half-mean cost, (1/m) gradients, (lam/2m) L2 on w only, cost after each update."""
    X = np.asarray(x, dtype=float).reshape(len(y), -1)
    Y = np.asarray(y, dtype=float).reshape(-1, 1)
    m = len(X)
    w = np.zeros((X.shape[1], 1))
    b = np.zeros((1, 1))

    def cost(w, b):
        c = (1 / (2 * m)) * np.sum((X @ w + b - Y) ** 2)
        if lam > 0:
            c += (lam / (2 * m)) * np.sum(w ** 2)
        return c

    ws, bs, costs = [], [], []
    for _ in range(steps):
        r = X @ w + b - Y
        dw = (1 / m) * (X.T @ r)
        db = (1 / m) * np.sum(r)
        if lam > 0:
            dw += (lam / m) * w
        w = w - lr * dw
        b = b - lr * db
        costs.append(float(cost(w, b)))
        ws.append(floats(w))
        bs.append(float(b[0, 0]))
    return {"w": ws, "b": bs, "recorded": costs}


def run_002(x, y, lr, steps):
    """002: mean loss listed before each update, gradient without the factor 2."""
    w, b = 0.0, 0.0
    ws, bs, losses = [], [], []
    for _ in range(steps):
        yhat = w * x + b
        gw = (1 / len(y)) * np.sum((yhat - y) * x)
        gb = (1 / len(y)) * np.sum(yhat - y)
        losses.append(float(np.mean((y - yhat) ** 2)))
        w -= lr * gw
        b -= lr * gb
        ws.append([float(w)])
        bs.append(float(b))
    return {"w": ws, "b": bs, "recorded": losses}


def run_003(x, y, lr, steps):
    """003: mean loss listed before each update, exact gradient (factor 2)."""
    w, b = 0.0, 0.0
    ws, bs, losses = [], [], []
    for _ in range(steps):
        yhat = w * x + b
        loss = np.mean((y - yhat) ** 2)
        dw = np.mean(-2 * x * (y - yhat))
        db = np.mean(-2 * (y - yhat))
        w, b = w - lr * dw, b - lr * db
        losses.append(float(loss))
        ws.append([float(w)])
        bs.append(float(b))
    return {"w": ws, "b": bs, "recorded": losses}


EPS = 1e-15


def sigmoid_004(z):
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))


def loss_004(theta, X, y, lam=0.0):
    p = sigmoid_004(X.dot(theta))
    return -np.mean(y * np.log(p + EPS) + (1 - y) * np.log(1 - p + EPS)) + 1 / 2 * lam * theta.T.dot(theta)


def design_004(x):
    X = np.asarray(x, dtype=float).reshape(-1, 1)
    return np.hstack((X, np.ones((X.shape[0], 1))))


def run_004(x, y, lr, steps, lam=0.0):
    """004: start at (-1, -1), gradient X^T(p - y)/n + lam*theta, weights kept after each update."""
    X = design_004(x)
    theta = -np.ones(X.shape[1])
    ws, bs, losses = [], [], []
    for _ in range(steps):
        p = sigmoid_004(np.dot(X, theta))
        g = np.dot(X.T, (p - y)) / y.size + lam * theta
        theta -= lr * g
        ws.append([float(theta[0])])
        bs.append(float(theta[1]))
        losses.append(float(loss_004(theta, X, y, lam)))
    return {"w": ws, "b": bs, "recorded": losses}


def runs(d):
    out = []

    def add(source, data, lr, steps, history, lam=0.0, note=""):
        out.append({"source": source, "data": data, "learningRate": lr, "steps": steps, "lambda": lam, "note": note, **history})

    x, y = d["source000"]
    add("000", "source000", 0.1, 100, run_000(x, y, 0.1, 100), note="printed: w 2.4847, b 0.9970, cost 0.0161")
    for lr in [0.001, 0.01, 0.5]:
        add("000", "source000", lr, 100, run_000(x, y, lr, 100), note="learning-rate comparison")
    xr, yr = d["source000Regularization"]
    for lam in [0.0, 0.01, 0.1, 1.0]:
        add("000", "source000Regularization", 0.1, 200, run_000(xr, yr, 0.1, 200, lam), lam, "regularization experiment (stream reseeded with 42)")
    x2, y2 = d["source002"]
    add("002", "source002", 0.05, 2035, run_002(x2, y2, 0.05, 2035), note="stepper; data seeded with 0 by us")
    x3, y3 = d["source003"]
    for lr in [0.01, 0.001]:
        add("003", "source003", lr, 100, run_003(x3, y3, lr, 100))
    add("003", "source003", 0.5, 100, run_003(x3, y3, 0.5, 100), note="explodes; run with explodeFactor Infinity to compare all 100")
    x4, y4 = d["source004OneMode"]
    add("004", "source004OneMode", 0.5, 100, run_004(x4, y4, 0.5, 100), note="printed iter 0: [-0.55178498 -0.91364436] loss 1.1628")
    add("004", "source004OneMode", 15, 100, run_004(x4, y4, 15, 100), note="printed iter 0: [12.44645071 1.59066931] loss 1.0010")
    add("004", "source004OneMode", 0.5, 100, run_004(x4, y4, 0.5, 100, 0.1), 0.1, "004's lambda_reg, unused by 004 itself")
    x5, y5 = d["source004TwoMode"]
    add("004", "source004TwoMode", 1, 200, run_004(x5, y5, 1, 200), note="printed iter 0: [1.12537604 -0.53050328] loss 0.2226")
    return out


def multi_feature():
    """A three-feature set run through 000's class (which takes any number of columns)."""
    np.random.seed(7)
    X = np.random.normal(0, 1, (50, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 3 + np.random.normal(0, 0.1, 50)
    hist = run_000(X, y, 0.05, 60, 0.1)
    return {"X": [floats(r) for r in X], "y": floats(y), "learningRate": 0.05, "steps": 60, "lambda": 0.1, **hist}


# ---------------------------------------------------------------- grids

def grid(f, w_range, b_range):
    W, B = np.meshgrid(w_range, b_range)
    Z = np.zeros_like(W)
    for i in range(W.shape[0]):
        for j in range(W.shape[1]):
            Z[i, j] = f(W[i, j], B[i, j])
    return Z


def grids(d):
    out = []
    x, y = d["source000"]
    X = x.reshape(-1, 1)
    Y = y.reshape(-1, 1)
    m = len(X)
    for lam in [0.0, 0.1]:
        def cost000(w, b, lam=lam):
            c = (1 / (2 * m)) * np.sum((X @ np.array([[w]]) + b - Y) ** 2)
            return c + ((lam / (2 * m)) * w ** 2 if lam > 0 else 0)
        Z = grid(cost000, np.linspace(-1, 5, 50), np.linspace(-2, 4, 50))
        out.append({"source": "000", "data": "source000", "lambda": lam, "window": [-1, 5, -2, 4, 50, 50], "values": floats(Z)})
    x2, y2 = d["source002"]
    Z = grid(lambda w, b: np.mean((y2 - (w * x2 + b)) ** 2), np.linspace(0, 4, 50), np.linspace(-2, 4, 50))
    out.append({"source": "002", "data": "source002", "lambda": 0.0, "window": [0, 4, -2, 4, 50, 50], "values": floats(Z),
                "range": [float(Z.min()), float(Z.max())]})
    # 004's own 100 x 100 window for one data set; a coarser 41 x 41 one keeps the file small for the other.
    for key, size in [("source004OneMode", 100), ("source004TwoMode", 41)]:
        x4, y4 = d[key]
        X4 = design_004(x4)
        W1, W2 = np.meshgrid(np.linspace(-10, 10, size), np.linspace(-10, 10, size))
        Z = np.array([loss_004(np.array([a, c]), X4, y4) for a, c in zip(np.ravel(W1), np.ravel(W2))]).reshape(W1.shape)
        out.append({"source": "004", "data": key, "lambda": 0.0, "window": [-10, 10, -10, 10, size, size], "values": floats(Z)})
    return out


# ---------------------------------------------------------------- closed forms, losses, Hessians

def solve_normal(X, y, alpha, penalize_bias):
    A = np.hstack([X, np.ones((len(X), 1))])
    P = np.eye(A.shape[1]) * alpha
    if not penalize_bias:
        P[-1, -1] = 0
    return np.linalg.solve(A.T @ A + P, A.T @ y)


def closed_forms(d, multi):
    out = []
    for key in ["source000", "source002", "source003", "source000Regularization"]:
        x, y = d[key]
        A = np.hstack([x.reshape(-1, 1), np.ones((len(x), 1))])
        theta = np.linalg.lstsq(A, y, rcond=None)[0]
        out.append({"data": key, "kind": "leastSquares", "alpha": 0.0, "penalizeBias": False, "theta": floats(theta)})
    xr, yr = d["source000Regularization"]
    for alpha, pb in [(0.01, False), (0.1, False), (1.0, False), (5.0, True)]:
        theta = solve_normal(xr.reshape(-1, 1), yr, alpha, pb)
        out.append({"data": "source000Regularization", "kind": "ridge", "alpha": alpha, "penalizeBias": pb, "theta": floats(theta)})
    X = np.array(multi["X"])
    y = np.array(multi["y"])
    for alpha, pb in [(0.0, False), (2.0, False), (2.0, True)]:
        theta = solve_normal(X, y, alpha, pb)
        out.append({"data": "multi", "kind": "ridge", "alpha": alpha, "penalizeBias": pb, "theta": floats(theta)})
    return out


def point_values(d):
    """Loss and gradient at fixed parameters, each in its source's formulas."""
    out = []
    x, y = d["source000"]
    m = len(x)
    for w, b, lam in [(1.0, -1.0, 0.0), (1.0, -1.0, 0.1), (3.5, 2.25, 1.0)]:
        r = w * x + b - y
        loss = (1 / (2 * m)) * np.sum(r ** 2) + ((lam / (2 * m)) * w ** 2 if lam > 0 else 0)
        gw = (1 / m) * np.sum(x * r) + (lam / m) * w
        gb = (1 / m) * np.sum(r)
        out.append({"convention": "source000", "data": "source000", "lambda": lam, "w": [w], "b": b, "loss": float(loss), "gradient": [float(gw), float(gb)]})
    x2, y2 = d["source002"]
    for w, b in [(0.0, 0.0), (2.5, -1.0)]:
        yhat = w * x2 + b
        out.append({"convention": "source002", "data": "source002", "lambda": 0.0, "w": [w], "b": b, "loss": float(np.mean((y2 - yhat) ** 2)),
                    "gradient": [float((1 / len(y2)) * np.sum((yhat - y2) * x2)), float((1 / len(y2)) * np.sum(yhat - y2))]})
    x3, y3 = d["source003"]
    for w, b in [(0.0, 0.0), (-1.0, 4.0)]:
        yhat = w * x3 + b
        out.append({"convention": "source003", "data": "source003", "lambda": 0.0, "w": [w], "b": b, "loss": float(np.mean((y3 - yhat) ** 2)),
                    "gradient": [float(np.mean(-2 * x3 * (y3 - yhat))), float(np.mean(-2 * (y3 - yhat)))]})
    for key in ["source004OneMode", "source004TwoMode"]:
        x4, y4 = d[key]
        X4 = design_004(x4)
        for theta, lam in [([-1.0, -1.0], 0.0), ([2.0, 0.5], 0.1), ([40.0, -30.0], 0.0), ([-60.0, 8.0], 0.5)]:
            t = np.array(theta)
            p = sigmoid_004(X4.dot(t))
            g = np.dot(X4.T, (p - y4)) / y4.size + lam * t
            out.append({"convention": "source004", "data": key, "lambda": lam, "w": [theta[0]], "b": theta[1],
                        "loss": float(loss_004(t, X4, y4, lam)), "gradient": floats(g)})
    return out


def hessians(d):
    out = []
    for key, conv, factor in [("source000", "source000", 1.0), ("source003", "source003", 2.0), ("source002", "source002", 1.0)]:
        x, y = d[key]
        A = np.hstack([x.reshape(-1, 1), np.ones((len(x), 1))])
        H = factor * (A.T @ A) / len(x)
        ev = np.linalg.eigvalsh(H)
        out.append({"data": key, "convention": conv, "matrix": [floats(r) for r in H], "eigenvalues": floats(ev), "stabilityLimit": float(2 / ev[-1])})
    return out


def main():
    random_streams()
    d = datasets()
    write("datasets.json", {k: {"x": floats(x), "y": floats(y)} for k, (x, y) in d.items()})
    multi = multi_feature()
    write("runs.json", {"runs": runs(d), "multiFeature": multi})
    write("grids.json", {"grids": grids(d)})
    write("closed-form.json", {"solutions": closed_forms(d, multi), "points": point_values(d), "hessians": hessians(d)})


if __name__ == "__main__":
    main()

# tests/fixtures/reference/classes-2d.json (two-feature classes) was written with:
#   np.random.seed(7)
#   a = np.random.normal(loc=[1.5, 1.0], scale=0.8, size=(5, 2))
#   b = np.random.normal(loc=[-1.0, -0.5], scale=1.2, size=(4, 2))
#   X = np.vstack([a, b])
