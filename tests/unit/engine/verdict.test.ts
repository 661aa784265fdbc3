import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, gradientDescent, leastSquares, linearData, SOURCE_000_DATA, squaredErrorLoss, squaredErrorObjective, stabilityLimit } from '../../../src/engine';
import { runVerdict } from '../../../src/engine/verdict';

const data = linearData(SOURCE_000_DATA);
const objective = squaredErrorObjective(data, CONVENTIONS.textbook);
const optimumLoss = squaredErrorLoss(data, leastSquares(data), CONVENTIONS.textbook);
const limit = stabilityLimit(data, CONVENTIONS.textbook);
const judge = (learningRate: number, steps = 100) => runVerdict(gradientDescent(objective, { learningRate, steps }), { optimumLoss }).verdict;

describe('runVerdict', () => {
  it('tells the four behaviours apart on a bowl', () => {
    expect(judge(limit * 1.2)).toBe('diverged');
    expect(judge(limit * 0.8)).toBe('oscillating');
    expect(judge(limit * 0.25)).toBe('converged');
    expect(judge(limit * 0.005)).toBe('too slow');
  });

  it('rates above the stability limit diverge and rates below it do not', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.97, noNaN: true }), fc.double({ min: 1.05, max: 3, noNaN: true }), (below, above) => {
        expect(judge(limit * below, 300)).not.toBe('diverged');
        expect(judge(limit * above, 300)).toBe('diverged');
      }),
      { numRuns: 40 },
    );
  });

  it('a run with no steps has made no progress and is too slow', () => {
    const v = runVerdict(gradientDescent(objective, { learningRate: 0.1, steps: 0 }), { optimumLoss });
    expect(v.verdict).toBe('too slow');
    expect(v.remaining).toBe(1);
  });
});

describe('runVerdict’s reversal share', () => {
  it('is the share of consecutive step pairs, in every parameter, that point against each other', () => {
    // A zigzag in b alone: w walks steadily while b flips sign, so every pair reverses only if b outweighs w.
    const params = [0, 1, 2, 3, 4].map((k) => ({ w: [k * 0.1], b: k % 2 === 0 ? 0 : 1 }));
    const run = { params, lossAt: params.map(() => 1), divergedAt: null };
    expect(runVerdict(run, { optimumLoss: 0 }).reversalShare).toBe(1);
    const calm = [0, 1, 2, 3, 4].map((k) => ({ w: [k], b: k % 2 === 0 ? 0 : 0.1 }));
    expect(runVerdict({ params: calm, lossAt: calm.map(() => 1), divergedAt: null }, { optimumLoss: 0 }).reversalShare).toBe(0);
  });

  it('matches step vectors built the long way, for runs of any dimension', () => {
    const point = (d: number) => fc.record({ w: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: d, maxLength: d }), b: fc.double({ min: -5, max: 5, noNaN: true }) });
    const runs = fc.integer({ min: 1, max: 3 }).chain((d) => fc.array(point(d), { minLength: 3, maxLength: 12 }));
    fc.assert(
      fc.property(runs, (params) => {
        const step = (a: (typeof params)[number], b: (typeof params)[number]) => [...b.w.map((w, j) => w - a.w[j]!), b.b - a.b];
        let pairs = 0;
        let reversed = 0;
        for (let k = 2; k < params.length; k++) {
          const a = step(params[k - 2]!, params[k - 1]!);
          const b = step(params[k - 1]!, params[k]!);
          const dot = a.reduce((s, v, j) => s + v * b[j]!, 0);
          const size = Math.hypot(...a) * Math.hypot(...b);
          if (size === 0 || size < 1e-24) continue;
          pairs += 1;
          if (dot < 0) reversed += 1;
        }
        const share = runVerdict({ params, lossAt: params.map(() => 1), divergedAt: null }, { optimumLoss: 0 }).reversalShare;
        expect(share).toBe(pairs > 0 ? reversed / pairs : 0);
      }),
    );
  });
});
