/** A list of numbers: a plain array or any typed array. */
export type Vector = ArrayLike<number>;

/**
 * Features for n points: either one number per point (a single feature,
 * d = 1) or one row of d numbers per point.
 */
export type Features = Vector | readonly Vector[];

/**
 * A data set: features and targets. Either key spelling is accepted —
 * `{ x, y }` (the shape the data-set generators return) or `{ X, y }`.
 */
export type Dataset = { readonly x: Features; readonly y: Vector } | { readonly X: Features; readonly y: Vector };

/**
 * Model parameters: one weight per feature and an intercept.
 * For the logistic model of source 004, whose design matrix has a ones
 * column, `w[0]` is 004's `w[0]` (the slope) and `b` is 004's `w[1]`.
 */
export interface Params {
  w: number[];
  b: number;
}

/** Whether a history lists the loss before each update (002, 003) or after it (000, 004). */
export type RecordTiming = 'before' | 'after';
