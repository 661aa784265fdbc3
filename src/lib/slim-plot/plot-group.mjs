/**
 * Plot's group transform and its reducers (transforms/group.js). Downhill's charts group nothing,
 * and sort no scale's domain by a reduced channel (a mark's `sort: {x: "y"}`), the one use the rest
 * of Plot makes of this module; with it go the reducers' d3-array statistics. A chart that asks for
 * either fails by name.
 */
import { unavailable } from './unavailable.mjs';

const transform = unavailable('group transform', 'Plot');
const reducer = { reduceIndex: unavailable('group reducers', 'Plot') };

/** Called only for a mark's `sort` option that orders a domain by another channel. */
const sortReducer = unavailable('sort option that reduces a channel (and its group reducers)', 'Plot');

export {
  transform as group,
  transform as groupX,
  transform as groupY,
  transform as groupZ,
  transform as find,
  transform as hasOutput,
  transform as maybeEvaluator,
  transform as maybeGroup,
  transform as maybeGroupOutputs,
  transform as maybeOutput,
  transform as maybeOutputs,
  transform as maybeSort,
  transform as maybeSubgroup,
  sortReducer as maybeReduce,
  reducer as reduceCount,
  reducer as reduceFirst,
  reducer as reduceIdentity,
  reducer as reduceZ,
};
