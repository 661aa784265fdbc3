/**
 * Plot's group transform and its reducers (transforms/group.js). Downhill's charts group nothing,
 * and sort no scale's domain by a reduced channel (a mark's `sort: {x: "y"}`), the one use the rest
 * of Plot makes of this module; with it go the reducers' d3-array statistics. A chart that asks for
 * either fails by name.
 */
import { unavailable } from './unavailable.mjs';

const transform = unavailable('group transform', 'Plot');
const reducer = { reduceIndex: unavailable('group reducers', 'Plot') };

export const group = transform;
export const groupX = transform;
export const groupY = transform;
export const groupZ = transform;
export const find = transform;
export const hasOutput = transform;
export const maybeEvaluator = transform;
export const maybeGroup = transform;
export const maybeGroupOutputs = transform;
export const maybeOutput = transform;
export const maybeOutputs = transform;
export const maybeSort = transform;
export const maybeSubgroup = transform;
/** Called only for a mark's `sort` option that orders a domain by another channel. */
export const maybeReduce = unavailable('sort option that reduces a channel (and its group reducers)', 'Plot');
export const reduceCount = reducer;
export const reduceFirst = reducer;
export const reduceIdentity = reducer;
export const reduceZ = reducer;
