import { describe, expect, test } from 'vitest';
import {
  CONVENTIONS,
  crossEntropyObjective,
  gradientDescent,
  squaredErrorObjective,
  withL2,
} from '../../../src/engine/index';
import { expectClose, fixture } from './support/close';
import { CONVENTION_OF, DATA } from './support/sources';

interface Run {
  source: '000' | '002' | '003' | '004';
  data: string;
  learningRate: number;
  steps: number;
  lambda: number;
  note: string;
  w: number[][];
  b: number[];
  recorded: number[];
}
interface Runs {
  runs: Run[];
  multiFeature: Omit<Run, 'source' | 'data' | 'note'> & { X: number[][]; y: number[] };
}

const { runs, multiFeature } = fixture<Runs>('runs.json');

function objectiveFor(run: Run) {
  const data = DATA[run.data]!;
  if (run.source === '004') return crossEntropyObjective(data, withL2(CONVENTIONS.source004, run.lambda));
  return squaredErrorObjective(data, withL2(CONVENTION_OF[run.source], run.lambda));
}

describe('gradient descent with each source’s convention reproduces NumPy’s runs', () => {
  for (const run of runs) {
    const name = `${run.source} on ${run.data}, learning rate ${run.learningRate}, λ ${run.lambda}, ${run.steps} steps${run.note ? ` (${run.note})` : ''}`;
    test(`${name}: every parameter and every listed loss agree to 1e-9`, () => {
      // Infinity keeps 003's exploding run going for all 100 epochs, as the source does.
      const history = gradientDescent(objectiveFor(run), { learningRate: run.learningRate, steps: run.steps, explodeFactor: Infinity });
      expect(history.stepsTaken).toBe(run.steps);
      expectClose(history.recorded, run.recorded, 'recorded');
      expectClose(history.params.slice(1).map((p) => p.w[0]!), run.w.map((w) => w[0]!), 'w');
      expectClose(history.params.slice(1).map((p) => p.b), run.b, 'b');
    });
  }

  test('000’s class with three features and λ = 0.1 is reproduced weight by weight', () => {
    const { X, y, learningRate, steps, lambda } = multiFeature;
    const history = gradientDescent(squaredErrorObjective({ X, y }, withL2(CONVENTIONS.source000, lambda)), { learningRate, steps });
    expectClose(history.recorded, multiFeature.recorded, 'recorded');
    expectClose(history.params.slice(1).flatMap((p) => p.w), multiFeature.w.flat(), 'w');
    expectClose(history.params.slice(1).map((p) => p.b), multiFeature.b, 'b');
  });

  test('003’s learning rate 0.5 is flagged as diverged at the step where its loss first passes a million times the start', () => {
    const run = runs.find((r) => r.source === '003' && r.learningRate === 0.5)!;
    // 003 lists losses before each update, so its list is lossAt itself.
    const lossAt = run.recorded;
    const expected = lossAt.findIndex((loss) => loss > 1e6 * lossAt[0]!);
    const stopped = gradientDescent(objectiveFor(run), { learningRate: 0.5, steps: 100, stopOnDivergence: true });
    expect(stopped.diverged).toBe(true);
    expect(stopped.divergedAt).toBe(expected);
    expect(stopped.stepsTaken).toBe(expected);
    expectClose(stopped.lossAt, lossAt.slice(0, expected + 1), 'lossAt');
    // Left to run, it carries on like NumPy's loop for as long as the numbers stay finite.
    const full = gradientDescent(objectiveFor(run), { learningRate: 0.5, steps: 100 });
    expect(full.divergedAt).toBe(expected);
    const finite = lossAt.filter(Number.isFinite).length;
    expectClose(full.recorded.slice(0, finite), lossAt.slice(0, finite), 'recorded');
  });
});
