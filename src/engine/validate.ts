/** Small option checks whose errors name the bad value, like Plot's. Internal. */

/** Returns value if it is an integer ≥ 1, else throws "invalid name; expected a positive integer, got …". */
export function positiveInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`invalid ${name}; expected a positive integer, got ${String(value)}`);
  }
  return value;
}

/** Returns value if it is an integer ≥ 0, else throws a RangeError naming it. */
export function nonNegativeInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`invalid ${name}; expected a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/** Returns value if it is a finite number, else throws a RangeError naming it. */
export function finiteNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`invalid ${name}; expected a finite number, got ${String(value)}`);
  }
  return value;
}

/** Returns value if it is a finite number ≥ 0, else throws a RangeError naming it. */
export function nonNegativeNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`invalid ${name}; expected a finite number ≥ 0, got ${String(value)}`);
  }
  return value;
}
