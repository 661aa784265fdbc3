/**
 * The classical tuning of heavy-ball momentum on a quadratic with curvatures in [λmin, λmax]
 * (Polyak): with α* = 4/(√λmax + √λmin)² and β* = ((√κ − 1)/(√κ + 1))², every eigen-direction's
 * error shrinks by √β* = (√κ − 1)/(√κ + 1) per step — against (κ − 1)/(κ + 1) for the best plain descent.
 */
export interface MomentumTuning {
  learningRate: number;
  beta: number;
  /** Per-step contraction of the error with this tuning. */
  momentumFactor: number;
  /** Per-step contraction of plain descent at its best rate 2/(λmin + λmax). */
  descentFactor: number;
}

export function momentumTuning(lambdaMin: number, lambdaMax: number): MomentumTuning {
  if (!(lambdaMin > 0) || !(lambdaMax >= lambdaMin) || !Number.isFinite(lambdaMax)) {
    throw new RangeError(`invalid curvatures; expected 0 < lambdaMin ≤ lambdaMax, got ${lambdaMin} and ${lambdaMax}`);
  }
  const a = Math.sqrt(lambdaMax);
  const c = Math.sqrt(lambdaMin);
  const kappa = lambdaMax / lambdaMin;
  const root = (a - c) / (a + c);
  return {
    learningRate: 4 / (a + c) ** 2,
    beta: root * root,
    momentumFactor: root,
    descentFactor: (kappa - 1) / (kappa + 1),
  };
}
