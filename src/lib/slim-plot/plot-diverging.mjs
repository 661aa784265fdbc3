/**
 * Plot's diverging scales (scales/diverging.js). Downhill's colour scales are linear or log with
 * their type given (a diverging scheme such as RdBu is drawn on a linear scale), so Plot never
 * makes one; a chart that asks for a diverging scale, or a pivot, fails by name.
 */
import { unavailable } from './unavailable.mjs';

const diverging = unavailable('diverging scales', 'Plot');

export {
  diverging as createScaleDiverging,
  diverging as createScaleDivergingLog,
  diverging as createScaleDivergingPow,
  diverging as createScaleDivergingSqrt,
  diverging as createScaleDivergingSymlog,
};
