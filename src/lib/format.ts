/**
 * Numbers as the page shows them: a true minus sign, a sensible count of decimals, and words for the
 * values a diverging run produces, so a reader never sees "NaN".
 */

/** Formats with as many decimals as `precision` implies (a step of 0.05 gives 2 decimals). */
export function formatNumber(value: number, precision = 0.01): string {
  if (Number.isNaN(value)) return 'undefined';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  const decimals = Math.min(6, Math.max(0, Math.ceil(-Math.log10(precision) - 1e-9)));
  const abs = Math.abs(value);
  let text = abs >= 1e6 ? value.toExponential(2) : value.toFixed(decimals);
  // A value that rounds to zero shows no sign: "−0.00" reads as an error.
  if (/^-0(\.0+)?$/.test(text)) text = text.slice(1);
  return pretty(text);
}

/** Significant digits, switching to powers of ten outside [0.001, 10⁶): for losses that shrink or explode. */
export function formatSignificant(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  return pretty(abs >= 1e6 || abs < 1e-3 ? value.toExponential(digits - 1) : value.toPrecision(digits));
}

function pretty(text: string): string {
  return text.replace(/^-/, '−').replace(/e\+?(-?)(\d+)$/, (_m, sign: string, exp: string) => ` × 10${sign ? '⁻' : ''}${superscript(exp)}`);
}

/** A fixed number of decimals, for readouts that should not jitter in width. */
export function formatFixed(value: number, decimals: number): string {
  return formatNumber(value, Math.pow(10, -decimals));
}

function superscript(digits: string): string {
  const map = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return [...digits].map((d) => map[Number(d)] ?? d).join('');
}
