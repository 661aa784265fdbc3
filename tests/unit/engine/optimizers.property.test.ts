import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { optimize, stretchedBowl, type QuadraticObjective } from '../../../src/engine/index';

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const coordinate = fc.integer({ min: -300, max: 300 }).map((i) => i / 100);

/**
 * The settings of a random 2-D bowl: κ in [1, 200], any orientation, minimum and start on a 0.01 lattice in [−3, 3]².
 * The angle sits on a 1e-4 lattice: an angle like 1e-307 makes the coupling between w and b subnormal,
 * and then scaling the bowl by 2ᵖ is no longer exact, which the Adam law below relies on.
 */
const angle = fc.integer({ min: -31415, max: 31415 }).map((i) => i / 10000);
const bowlSettings = fc.record({ kappa: num(1, 200), angle, lambdaMin: num(0.1, 2), cw: coordinate, cb: coordinate, sw: coordinate, sb: coordinate });

type BowlSettings = typeof bowlSettings extends fc.Arbitrary<infer T> ? T : never;

/** The bowl of those settings with its curvature times c. */
const bowlOf = ({ kappa, angle, lambdaMin, cw, cb, sw, sb }: BowlSettings, c = 1) =>
  stretchedBowl({ conditionNumber: kappa, angle, lambdaMin: c * lambdaMin, center: { w: cw, b: cb }, start: { w: sw, b: sb } });

const bowl = bowlSettings.map((settings) => bowlOf(settings));

/** The coordinates of θ − θ* along the bowl's eigenvectors. */
function eigenCoordinates(q: QuadraticObjective, p: { w: number[]; b: number }): number[] {
  const e = [p.w[0]! - q.minimum.w[0]!, p.b - q.minimum.b];
  return q.eigenvectors.map((v) => v[0]! * e[0]! + v[1]! * e[1]!);
}

/**
 * Goh's closed form for heavy-ball momentum on one eigen-coordinate with
 * curvature λ: (y, x)ₖ₊₁ = R (y, x)ₖ with R = [[β, λ], [−αβ, 1 − αλ]], y₀ = 0.
 * R's eigenvalues σ₁, σ₂ have σ₁σ₂ = det R = β, so by Cayley–Hamilton
 * Rᵏ = aₖR − β·aₖ₋₁I with aₖ = (σ₁ᵏ − σ₂ᵏ)/(σ₁ − σ₂) — real, and equal to
 * rᵏ⁻¹ sin(kφ)/sin φ when σ = r·e^{±iφ} are complex. So xₖ = (aₖ(1 − αλ) − β·aₖ₋₁)·x₀.
 */
function momentumFactor(lambda: number, alpha: number, beta: number, k: number): number {
  const tr = beta + 1 - alpha * lambda;
  const disc = tr * tr - 4 * beta;
  if (k === 0) return 1;
  const a = (j: number): number => {
    if (j === 0) return 0;
    if (disc < 0) {
      const r = Math.sqrt(beta);
      const phi = Math.acos(tr / (2 * r));
      return (r ** (j - 1) * Math.sin(j * phi)) / Math.sin(phi);
    }
    const root = Math.sqrt(disc);
    const s1 = (tr + root) / 2;
    const s2 = (tr - root) / 2;
    return (s1 ** j - s2 ** j) / (s1 - s2);
  };
  return a(k) * (1 - alpha * lambda) - beta * a(k - 1);
}

describe('optimisers on a quadratic follow the closed forms', () => {
  test('plain descent: each eigen-coordinate of θₖ − θ* is (1 − αλᵢ)ᵏ times its start (to 1e-9)', () => {
    fc.assert(
      fc.property(bowl, num(0.02, 0.98), fc.integer({ min: 0, max: 80 }), (q, u, k) => {
        const alpha = u * q.stabilityLimit;
        const h = optimize(q, { method: 'gradient-descent', learningRate: alpha, steps: k });
        const x0 = eigenCoordinates(q, q.start);
        const xk = eigenCoordinates(q, h.params[k]!);
        q.eigenvalues.forEach((lambda, i) => {
          expect(Math.abs(xk[i]! - (1 - alpha * lambda) ** k * x0[i]!)).toBeLessThan(1e-9 * (1 + Math.abs(x0[i]!)));
        });
      }),
    );
  });

  test('heavy-ball momentum: the k-th iterate matches Goh’s 2×2 recurrence in closed form (to 1e-9)', () => {
    fc.assert(
      fc.property(bowl, num(0.02, 0.98), num(0, 0.99), fc.integer({ min: 0, max: 60 }), (q, u, beta, k) => {
        // Momentum converges for 0 < αλ < 2(1 + β) (Goh); stay inside, and away from R's double eigenvalue.
        const alpha = (u * 2 * (1 + beta)) / q.eigenvalues[1]!;
        for (const lambda of q.eigenvalues) {
          const tr = beta + 1 - alpha * lambda;
          fc.pre(Math.abs(tr * tr - 4 * beta) > 1e-6);
        }
        const h = optimize(q, { method: 'momentum', beta, learningRate: alpha, steps: k });
        const x0 = eigenCoordinates(q, q.start);
        const xk = eigenCoordinates(q, h.params[k]!);
        q.eigenvalues.forEach((lambda, i) => {
          const expected = momentumFactor(lambda, alpha, beta, k) * x0[i]!;
          expect(Math.abs(xk[i]! - expected)).toBeLessThan(1e-9 * (1 + Math.abs(x0[i]!)));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('adaptive methods: the laws of their first steps', () => {
  test('Adam’s bias correction makes the first step α·g/(|g| + ε) per coordinate: size ≈ α whatever |g|', () => {
    fc.assert(
      fc.property(bowl, num(1e-4, 2), num(0, 0.99), num(0.9, 0.9999), num(1e-12, 1e-6), (q, alpha, beta1, beta2, epsilon) => {
        const h = optimize(q, { method: 'adam', learningRate: alpha, beta1, beta2, epsilon, steps: 1 });
        const g = [h.gradients[0]!.w[0]!, h.gradients[0]!.b];
        const step = [h.updates[0]!.w[0]!, h.updates[0]!.b];
        g.forEach((gj, j) => {
          const expected = (-alpha * gj) / (Math.abs(gj) + epsilon);
          // updates[0] is θ₁ − θ₀, so it carries the rounding of θ (a few ulps of |θ| ≤ 3).
          const ulps = 4e-16 * 4;
          expect(Math.abs(step[j]! - expected)).toBeLessThan(1e-12 * alpha + ulps);
          expect(Math.abs(step[j]!)).toBeLessThanOrEqual(alpha + ulps);
          if (Math.abs(gj) > 1e-3) expect(Math.abs(step[j]!)).toBeGreaterThan(alpha * (1 - 1e-3));
        });
      }),
    );
  });

  test('RMSProp’s first step is α·g/(√(1−ρ)|g| + ε): size ≈ α/√(1−ρ) — no bias correction', () => {
    fc.assert(
      fc.property(bowl, num(1e-3, 1), num(0, 0.99), (q, alpha, rho) => {
        const h = optimize(q, { method: 'rmsprop', learningRate: alpha, rho, steps: 1 });
        const g = [h.gradients[0]!.w[0]!, h.gradients[0]!.b];
        const step = [h.updates[0]!.w[0]!, h.updates[0]!.b];
        g.forEach((gj, j) => {
          const expected = (-alpha * gj) / (Math.sqrt((1 - rho) * gj * gj) + 1e-8);
          expect(Math.abs(step[j]! - expected)).toBeLessThan(1e-12 * (alpha / Math.sqrt(1 - rho)) + 2e-15);
        });
      }),
    );
  });

  test('Adam ignores the scale of the loss: 2ᵖ·f gives exactly the same path as f (ε far below the gradients)', () => {
    fc.assert(
      fc.property(bowlSettings, fc.integer({ min: -10, max: 10 }), num(0.01, 0.5), (settings, p, alpha) => {
        fc.pre(settings.sw !== settings.cw || settings.sb !== settings.cb);
        const options = { method: 'adam', learningRate: alpha, steps: 30, epsilon: 1e-300 } as const;
        // Multiplying by a power of two is exact, so every g, m, v and √v scales exactly and the steps do not change.
        expect(optimize(bowlOf(settings, 2 ** p), options).params).toEqual(optimize(bowlOf(settings), options).params);
      }),
    );
  });
});
