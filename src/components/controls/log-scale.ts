/**
 * Where a log-scale slider's thumb sits: its range input runs over whole positions 0 … LOG_POSITIONS,
 * equal ratios of the value apart, and each position names a value rounded to three digits.
 */

/** Number of positions a log slider has; fine enough that every displayed value is reachable. */
export const LOG_POSITIONS = 300;

export function logPosition(value: number, min: number, max: number): number {
  return Math.round((Math.log(value / min) / Math.log(max / min)) * LOG_POSITIONS);
}

export function logPositionValue(position: number, min: number, max: number): number {
  return Number((min * Math.pow(max / min, position / LOG_POSITIONS)).toPrecision(3));
}
