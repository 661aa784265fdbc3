/**
 * A short, runnable NumPy script that repeats a figure's experiment: the same data, model, loss
 * convention, start point, learning rate and number of steps as `gradientDescent` with the matching
 * objective, printing the final parameters and loss at full precision. Readers take it back to a
 * notebook; tests/unit/engine/numpy-script.test.ts runs it and compares its output with the engine.
 */
import type { Convention } from './conventions';
import type { Params } from './types';

export interface NumpyExperiment {
  /** One line saying what the figure showed, used as the script's heading comment. */
  title: string;
  /** One feature per point. */
  x: ArrayLike<number>;
  /** Targets (squared error) or 0/1 labels (cross-entropy). */
  y: ArrayLike<number>;
  convention: Convention;
  start: Params;
  learningRate: number;
  steps: number;
  /** Stop where the loss exploded (`gradientDescent`'s stopOnDivergence), as the figure did. */
  stopOnDivergence?: boolean;
  /** `gradientDescent`'s explodeFactor (default 1e6). */
  explodeFactor?: number;
}

/** A double as Python reads it back exactly (JavaScript's shortest round-trip form). */
export function pythonNumber(v: number): string {
  if (Number.isNaN(v)) return 'float("nan")';
  if (v === Infinity) return 'float("inf")';
  if (v === -Infinity) return '-float("inf")';
  return String(v);
}

function pythonList(values: ArrayLike<number>, perLine = 8): string {
  const items = Array.from(values, pythonNumber);
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(`    ${items.slice(i, i + perLine).join(', ')},`);
  return `[\n${lines.join('\n')}\n]`;
}

/** The Python source of the experiment; it needs only NumPy. */
export function numpyScript(e: NumpyExperiment): string {
  const c = e.convention;
  const l2 = c.l2;
  const l2Divisor = l2.scale === 'per-sample' ? ' / n' : '';
  const squared = c.kind === 'squared-error';
  const half = squared && c.loss === 'half-mean';
  const penaltyLine = l2.penalizeBias
    ? `lam / 2${l2Divisor} * (np.sum(w ** 2) + b ** 2)`
    : `lam / 2${l2Divisor} * np.sum(w ** 2)`;
  const lines: string[] = [
    `# ${e.title.replace(/\s+/g, ' ').trim()}`,
    '# Exported from Downhill: the same data, loss, start, learning rate and steps as the figure.',
    '# Run it with `python3 this_file.py` (needs NumPy).',
    'import numpy as np',
    '',
    `x = np.array(${pythonList(e.x)})`,
    `y = np.array(${pythonList(e.y)})`,
    'X = x.reshape(-1, 1)  # one feature per row; add columns for more features',
    'n = len(y)',
    '',
    `learning_rate = ${pythonNumber(e.learningRate)}`,
    `steps = ${e.steps}`,
    `lam = ${pythonNumber(l2.lambda)}  # L2 strength (${l2.scale === 'per-sample' ? 'penalty λ/(2n)·Σw²' : 'penalty λ/2·Σw²'}${l2.penalizeBias ? ', bias included' : ', bias not penalised'})`,
    `w = np.array([${e.start.w.map(pythonNumber).join(', ')}], dtype=float)`,
    `b = ${pythonNumber(e.start.b)}`,
    '',
  ];
  if (squared) {
    lines.push(
      'def loss(w, b):',
      '    residual = X @ w + b - y',
      `    return ${half ? '0.5 * ' : ''}np.mean(residual ** 2) + ${penaltyLine}`,
      '',
      'def gradient(w, b):',
      '    residual = X @ w + b - y',
      `    grad_w = ${pythonNumber(c.gradientFactor)} * (X.T @ residual) / n + lam${l2Divisor} * w`,
      `    grad_b = ${pythonNumber(c.gradientFactor)} * np.mean(residual)${l2.penalizeBias ? ` + lam${l2Divisor} * b` : ''}`,
      '    return grad_w, grad_b',
    );
  } else {
    lines.push(
      'def sigmoid(z):',
      '    # Stable for large |z|: never exponentiates a large positive number.',
      '    e = np.exp(-np.abs(z))',
      '    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))',
      '',
      `eps = ${pythonNumber(c.eps)}  # guard inside the logarithms`,
      '',
      'def loss(w, b):',
      '    p = sigmoid(X @ w + b)',
      `    return -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + ${penaltyLine}`,
      '',
      'def gradient(w, b):',
      '    p = sigmoid(X @ w + b)',
      `    grad_w = (X.T @ (p - y)) / n + lam${l2Divisor} * w`,
      `    grad_b = np.mean(p - y)${l2.penalizeBias ? ` + lam${l2Divisor} * b` : ''}`,
      '    return grad_w, grad_b',
    );
  }
  lines.push(
    '',
    'start_loss = loss(w, b)',
    `limit = ${pythonNumber(e.explodeFactor ?? 1e6)} * max(abs(start_loss), 5e-324)  # a loss above this counts as diverged`,
    'diverged_at = None',
    'taken = 0',
    'for step in range(steps + 1):',
    '    current = loss(w, b)',
    '    if diverged_at is None and not (np.isfinite(current) and current <= limit):',
    '        diverged_at = step',
    `    if not np.isfinite(current)${e.stopOnDivergence ? ' or diverged_at is not None' : ''} or step == steps:`,
    '        break',
    '    grad_w, grad_b = gradient(w, b)',
    '    w = w - learning_rate * grad_w',
    '    b = b - learning_rate * grad_b',
    '    taken = step + 1',
    '',
    'print("steps taken:", taken)',
    'print("w:", repr(float(w[0])))',
    'print("b:", repr(float(b)))',
    'print("loss:", repr(float(loss(w, b))))',
    'print("diverged at step:", diverged_at)',
  );
  if (squared) {
    lines.push(
      '',
      '# For comparison: the least-squares line (no penalty), solved directly.',
      'best_w, best_b = np.linalg.lstsq(np.column_stack([x, np.ones(n)]), y, rcond=None)[0]',
      'print("least squares w:", repr(float(best_w)))',
      'print("least squares b:", repr(float(best_b)))',
    );
  }
  lines.push('');
  return lines.join('\n');
}
