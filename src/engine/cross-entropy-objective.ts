/**
 * Logistic regression's objective, apart from the squared-error one so that pages without a
 * classifier do not load the logistic kernels.
 */
import { checkConvention, startingParams, type CrossEntropyConvention } from './conventions';
import { crossEntropyGradientFrom, crossEntropyLossAt, toLogisticDesign } from './logistic';
import { makeObjective, type Objective } from './objective';
import type { Dataset } from './types';

/**
 * The binary cross-entropy objective of logistic regression on `data`
 * (labels in [0, 1]) in `convention` (as `crossEntropyLoss`/`crossEntropyGradient`).
 */
export function crossEntropyObjective(data: Dataset, given: CrossEntropyConvention): Objective {
  checkConvention(given);
  const convention = { ...given, l2: { ...given.l2 } };
  if (convention.kind !== 'cross-entropy') throw new RangeError(`invalid convention; expected a cross-entropy convention, got ${String(convention.kind)}`);
  const design = toLogisticDesign(data);
  return makeObjective(
    'cross-entropy',
    design,
    convention.record,
    startingParams(convention, design.d),
    (des, theta, scratch) => crossEntropyLossAt(des, theta, convention, scratch),
    (des, theta, scratch, out) => crossEntropyGradientFrom(des, theta, convention, scratch, out),
  );
}
