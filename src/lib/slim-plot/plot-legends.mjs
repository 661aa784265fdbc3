/**
 * Plot's colour ramp and swatch legends. Downhill's captions and the text beside each chart name
 * what the colours mean, in words a screen reader also gets; no chart asks for a legend.
 */
import { unavailable } from './unavailable.mjs';

export const legendRamp = unavailable('ramp legend', 'Plot');
export const legendSwatches = unavailable('swatch legend', 'Plot');
export const legendSymbols = unavailable('symbol legend', 'Plot');
