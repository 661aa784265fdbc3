import { describe, expect, test } from 'vitest';
import {
  closedFormFor,
  CONVENTIONS,
  crossEntropyGradient,
  crossEntropyLoss,
  leastSquares,
  ridge,
  squaredErrorGradient,
  squaredErrorHessian,
  squaredErrorLoss,
  withL2,
  type Dataset,
} from '../../../src/engine/index';
import { expectClose, fixture } from './support/close';
import { DATA } from './support/sources';

interface Solution { data: string; kind: 'leastSquares' | 'ridge'; alpha: number; penalizeBias: boolean; theta: number[] }
interface Point { convention: 'source000' | 'source002' | 'source003' | 'source004'; data: string; lambda: number; w: number[]; b: number; loss: number; gradient: number[] }
interface Hessian { data: string; convention: 'source000' | 'source002' | 'source003'; matrix: number[][]; eigenvalues: number[]; stabilityLimit: number }

const { solutions, points, hessians } = fixture<{ solutions: Solution[]; points: Point[]; hessians: Hessian[] }>('closed-form.json');
const multi = fixture<{ multiFeature: { X: number[][]; y: number[] } }>('runs.json').multiFeature;
const dataOf = (key: string): Dataset => (key === 'multi' ? { X: multi.X, y: multi.y } : DATA[key]!);

describe('closed forms match numpy.linalg', () => {
  for (const s of solutions) {
    test(`${s.kind} on ${s.data} with α ${s.alpha}${s.penalizeBias ? ', bias penalised' : ''} gives NumPy’s θ`, () => {
      const data = dataOf(s.data);
      const p = s.kind === 'leastSquares' ? leastSquares(data) : ridge(data, s.alpha, { penalizeBias: s.penalizeBias });
      expectClose([...p.w, p.b], s.theta, 'theta', 1e-9, 1e-12);
    });
  }

  test('closedFormFor(000 with λ) is ridge with α = λ, the point 000’s 200-step runs approach', () => {
    const data = DATA['source000Regularization']!;
    for (const lambda of [0.01, 0.1, 1]) {
      const expected = solutions.find((s) => s.data === 'source000Regularization' && s.alpha === lambda && !s.penalizeBias)!;
      const p = closedFormFor(data, withL2(CONVENTIONS.source000, lambda));
      expectClose([...p.w, p.b], expected.theta, `λ ${lambda}`);
    }
  });
});

describe('losses and gradients at fixed parameters match each source’s formulas', () => {
  for (const pt of points) {
    test(`${pt.convention} on ${pt.data} at w ${pt.w[0]}, b ${pt.b}, λ ${pt.lambda}`, () => {
      const data = DATA[pt.data]!;
      const params = { w: pt.w, b: pt.b };
      if (pt.convention === 'source004') {
        const convention = withL2(CONVENTIONS.source004, pt.lambda);
        expectClose(crossEntropyLoss(data, params, convention), pt.loss, 'loss');
        const g = crossEntropyGradient(data, params, convention);
        expectClose([...g.w, g.b], pt.gradient, 'gradient');
      } else {
        const convention = withL2(CONVENTIONS[pt.convention], pt.lambda);
        expectClose(squaredErrorLoss(data, params, convention), pt.loss, 'loss');
        const g = squaredErrorGradient(data, params, convention);
        expectClose([...g.w, g.b], pt.gradient, 'gradient');
      }
    });
  }
});

describe('the squared-error Hessian matches NumPy', () => {
  for (const h of hessians) {
    test(`${h.convention} on ${h.data}: matrix, eigenvalues and the 2/λmax limit`, () => {
      const result = squaredErrorHessian(DATA[h.data]!, CONVENTIONS[h.convention]);
      expectClose(result.matrix.flat(), h.matrix.flat(), 'matrix');
      expectClose(result.eigenvalues, h.eigenvalues, 'eigenvalues');
      expectClose(result.stabilityLimit, h.stabilityLimit, 'limit');
      expect(result.lambdaMax).toBe(result.eigenvalues.at(-1));
    });
  }
});
