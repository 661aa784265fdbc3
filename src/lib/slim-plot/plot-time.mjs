/**
 * Plot's time-interval module, for charts without dates. Downhill's axes are all numeric (steps,
 * weights, losses), so named intervals ("day", "month") and time tick formats never run; only the
 * interval symbols, which Plot reads from any interval object, are real.
 */
import { unavailable } from './unavailable.mjs';

export const intervalDuration = Symbol('intervalDuration');
export const intervalType = Symbol('intervalType');

export const parseTimeInterval = unavailable('named time intervals', 'Plot');
export const timeInterval = unavailable('named time intervals', 'Plot');
export const utcInterval = unavailable('named time intervals', 'Plot');
export const inferTimeFormat = unavailable('time tick formats', 'Plot');

/**
 * Only time intervals generalise; for any other interval Plot's own function answers undefined too.
 * @param {unknown} _interval
 * @param {number} _ratio
 */
export function generalizeTimeInterval(_interval, _ratio) {
  return undefined;
}
