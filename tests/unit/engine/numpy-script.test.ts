/**
 * The exported NumPy scripts, run by Python with NumPy where it is installed (CI installs Debian's
 * python3-numpy), print the engine's final numbers. Without NumPy the run-and-compare test is skipped
 * and says so; the script's shape is checked either way.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  CONVENTIONS,
  crossEntropyObjective,
  gradientDescent,
  leastSquares,
  linearData,
  sourceLogisticOneMode,
  squaredErrorObjective,
  withL2,
  type Convention,
  type Params,
} from '../../../src/engine';
import { numpyScript, pythonNumber, type NumpyExperiment } from '../../../src/engine/numpy-script';

function findPython(): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(candidate, ['-c', 'import numpy'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return null;
}
const python = findPython();

function engineRun(e: NumpyExperiment) {
  const data = { x: e.x, y: e.y };
  const objective = e.convention.kind === 'squared-error' ? squaredErrorObjective(data, e.convention) : crossEntropyObjective(data, e.convention);
  return gradientDescent(objective, { start: e.start, learningRate: e.learningRate, steps: e.steps, stopOnDivergence: e.stopOnDivergence ?? false });
}

function parse(output: string) {
  const get = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(output)?.[1] ?? '';
  return { bestW: Number(get('least squares w')), bestB: Number(get('least squares b')), taken: Number(get('steps taken')), w: Number(get('w')), b: Number(get('b')), loss: Number(get('loss')), divergedAt: get('diverged at step') };
}

const line = linearData({ n: 40, xMin: 0, xMax: 5, slope: 2, intercept: 1, noise: 0.8, seed: 3 });
const start = (w: number, b: number): Params => ({ w: [w], b });
const experiments: Array<NumpyExperiment & { name: string }> = [
  { name: 'a line, no steps', title: 'line', x: line.x, y: line.y, convention: CONVENTIONS.textbook, start: start(1.2, 0.4), learningRate: 0, steps: 0 },
  { name: 'textbook MSE', title: 'MSE', x: line.x, y: line.y, convention: CONVENTIONS.textbook, start: start(0, 0), learningRate: 0.02, steps: 300 },
  { name: '000 with L2', title: '000', x: line.x, y: line.y, convention: withL2(CONVENTIONS.source000, 0.3) as Convention, start: start(-1, 2), learningRate: 0.05, steps: 200 },
  { name: 'diverging rate', title: 'too big', x: line.x, y: line.y, convention: CONVENTIONS.textbook, start: start(0, 0), learningRate: 0.5, steps: 60 },
  { name: 'diverging, stopped', title: 'stopped', x: line.x, y: line.y, convention: CONVENTIONS.textbook, start: start(0, 0), learningRate: 0.5, steps: 60, stopOnDivergence: true },
  { name: '004 cross-entropy', title: '004', ...sourceLogisticOneMode(), convention: CONVENTIONS.source004, start: start(-1, -1), learningRate: 0.5, steps: 200 },
  { name: '004 with L2 and rate 15', title: '004 L2', ...sourceLogisticOneMode(), convention: withL2(CONVENTIONS.source004, 0.05) as Convention, start: start(-1, -1), learningRate: 15, steps: 200 },
];

describe('numpyScript', () => {
  it('writes numbers Python reads back exactly', () => {
    expect(pythonNumber(0.1)).toBe('0.1');
    expect(pythonNumber(1e-15)).toBe('1e-15');
    expect(pythonNumber(-Infinity)).toBe('-float("inf")');
    expect(Number(pythonNumber(Math.PI))).toBe(Math.PI);
  });

  it('carries the data, rate, steps and start of the experiment', () => {
    const script = numpyScript(experiments[1]!);
    expect(script).toContain('learning_rate = 0.02');
    expect(script).toContain('steps = 300');
    expect(script).toContain(`${line.x[0]}, ${line.x[1]}`);
    expect(script).toMatch(/^import numpy as np$/m);
  });

  // Six Python processes: slow on a loaded machine, so the test gets its own time limit.
  it.skipIf(python === null)('prints the engine’s final numbers when run with NumPy', { timeout: 120_000 }, () => {
    for (const e of experiments) {
      const out = execFileSync(python!, ['-c', numpyScript(e)], { encoding: 'utf8' });
      const got = parse(out);
      const run = engineRun(e);
      const last = run.params[run.stepsTaken]!;
      expect(got.taken, e.name).toBe(run.stepsTaken);
      expect(got.divergedAt, e.name).toBe(run.divergedAt === null ? 'None' : String(run.divergedAt));
      for (const [mine, theirs] of [[last.w[0]!, got.w], [last.b, got.b], [run.lossAt[run.stepsTaken]!, got.loss]] as const) {
        if (!Number.isFinite(mine)) expect(Number.isFinite(theirs), e.name).toBe(false);
        else expect(Math.abs(theirs - mine), `${e.name}: ${theirs} vs ${mine}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(mine)));
      }
      if (e.convention.kind === 'squared-error') {
        const best = leastSquares({ x: e.x, y: e.y });
        expect(Math.abs(got.bestW - best.w[0]!)).toBeLessThan(1e-9);
        expect(Math.abs(got.bestB - best.b)).toBeLessThan(1e-9);
      }
    }
  });
});
