#!/usr/bin/env python3
"""Writes the NumPy reference numbers for Part III of the engine.

Run from the repository root:  python3 tests/reference/make_reference_part3.py
It rewrites tests/fixtures/reference/part3.json; CI does not run Python, the
JSON is committed and tests/unit/engine/reference-part3.test.ts compares the
engine with it. Everything is re-done here independently with NumPy:

* permutations: np.random.seed(s); np.random.permutation(n) (legacy RandomState);
* curve data: x = uniform(-1, 1, n), then normal(0, noise, n), y = f(x) + noise;
* a mini-batch SGD run: epoch e shuffles with the e-th np.random.permutation(n)
  after np.random.seed(seed), batches are consecutive runs of that order, each
  used in ascending index order, with the textbook gradient (2/m) X_b^T (yhat - y);
* momentum, Nesterov, RMSProp and Adam on a 2 x 2 quadratic, by their equations;
* polynomial fits on [u, ..., u^d], u = (x - mid) / half-range, by least
  squares (np.linalg.lstsq) with the ridge penalty as extra rows sqrt(lambda/2) I.
"""

import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "reference"


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def permutations():
    cases = []
    for seed in [0, 1, 42, 12345, 4294967295]:
        for n in [1, 2, 10, 100, 1000]:
            np.random.seed(seed)
            cases.append({"seed": seed, "n": n, "values": [int(v) for v in np.random.permutation(n)]})
    np.random.seed(7)
    epochs = [[int(v) for v in np.random.permutation(37)] for _ in range(4)]
    return {"single": cases, "consecutive": {"seed": 7, "n": 37, "epochs": epochs}}


def curve(fn, n, noise, seed):
    np.random.seed(seed)
    x = np.random.uniform(-1, 1, n)
    e = np.random.normal(0, noise, n)
    f = np.sin(np.pi * x) if fn == "sine" else 4 * x**3 - 3 * x
    return {"fn": fn, "n": n, "noise": noise, "seed": seed, "x": floats(x), "y": floats(f + e)}


def sgd_run():
    np.random.seed(42)
    x = np.random.uniform(-3, 3, 100)
    y = 2.5 * x + 1 + np.random.normal(0, 0.2, 100)
    n, batch, lr, epochs, seed = 100, 32, 0.05, 3, 0
    np.random.seed(seed)
    w, b = 0.0, 0.0
    params, batches = [[w, b]], []
    for _ in range(epochs):
        order = np.random.permutation(n)
        for start in range(0, n, batch):
            idx = np.sort(order[start:start + batch])
            r = w * x[idx] + b - y[idx]
            gw, gb = 2 * np.mean(r * x[idx]), 2 * np.mean(r)
            w, b = w - lr * gw, b - lr * gb
            params.append([w, b])
            batches.append([int(i) for i in idx])
    loss = [float(np.mean((p[0] * x + p[1] - y) ** 2)) for p in params]
    return {"batchSize": batch, "learningRate": lr, "epochs": epochs, "seed": seed,
            "params": [floats(p) for p in params], "lossAt": loss, "batches": batches}


def optimisers():
    A = np.array([[3.0, 1.2], [1.2, 0.7]])
    bvec = np.array([0.5, -1.0])
    grad = lambda t: A @ t - bvec
    steps, lr = 50, 0.1
    out = {"A": A.tolist(), "b": floats(bvec), "start": [2.0, -1.5], "steps": steps, "learningRate": lr, "runs": {}}
    for method in ["momentum", "nesterov", "rmsprop", "adam"]:
        t = np.array(out["start"])
        z = np.zeros(2); m = np.zeros(2); v = np.zeros(2)
        path = [floats(t)]
        for k in range(steps):
            if method == "momentum":
                z = 0.9 * z + grad(t); t = t - lr * z
            elif method == "nesterov":
                z = 0.9 * z + grad(t - lr * 0.9 * z); t = t - lr * z
            elif method == "rmsprop":
                g = grad(t); v = 0.9 * v + 0.1 * g * g; t = t - lr * g / (np.sqrt(v) + 1e-8)
            else:
                g = grad(t); m = 0.9 * m + 0.1 * g; v = 0.999 * v + 0.001 * g * g
                mh = m / (1 - 0.9 ** (k + 1)); vh = v / (1 - 0.999 ** (k + 1))
                t = t - lr * mh / (np.sqrt(vh) + 1e-8)
            path.append(floats(t))
        out["runs"][method] = path
    return out


def polynomial_fits():
    data = curve("sine", 25, 0.2, 3)
    x, y = np.array(data["x"]), np.array(data["y"])
    mid, half = (x.max() + x.min()) / 2, (x.max() - x.min()) / 2
    u = (x - mid) / half
    fits = []
    for degree, lam in [(1, 0.0), (3, 0.0), (9, 0.0), (9, 0.01), (15, 1e-3), (15, 0.0)]:
        X = np.column_stack([u ** j for j in range(1, degree + 1)] + [np.ones_like(u)])
        rows, target = X, y
        if lam > 0:
            extra = np.zeros((degree, degree + 1))
            extra[:, :degree] = np.sqrt(lam / 2) * np.eye(degree)
            rows, target = np.vstack([X, extra]), np.concatenate([y, np.zeros(degree)])
        theta = np.linalg.lstsq(rows, target, rcond=None)[0]
        fits.append({"degree": degree, "lambda": lam, "w": floats(theta[:degree]), "b": float(theta[degree])})
    return {"data": data, "center": float(mid), "halfWidth": float(half), "fits": fits}


def main():
    payload = {
        "permutations": permutations(),
        "curves": [curve("sine", 20, 0.2, 0), curve("cubic", 30, 0.15, 3)],
        "sgd": sgd_run(),
        "optimisers": optimisers(),
        "polynomial": polynomial_fits(),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(payload, separators=(",", ":"), allow_nan=False)
    (OUT / "part3.json").write_text(text + "\n")
    print(f"wrote part3.json ({len(text) // 1024} KB)")


if __name__ == "__main__":
    main()
