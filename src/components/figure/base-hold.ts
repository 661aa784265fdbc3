/**
 * How long a base key must hold still before held axes are redrawn (PlotView's `holdBase`). In a
 * module of its own so that a test running outside the browser can read it.
 */
export const BASE_HOLD_MS = 250;
