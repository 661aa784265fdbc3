/**
 * Plot's tip mark (and the `tip` mark option that makes one). Downhill's figures describe their state
 * in text beside the chart and in the chart's accessible description, not in hover tooltips, which
 * a keyboard or touch reader cannot reach.
 */
import { unavailable } from './unavailable.mjs';

export const tip = unavailable('tip mark', 'Plot');
export class Tip {
  constructor() {
    unavailable('Tip mark', 'Plot')();
  }
}
