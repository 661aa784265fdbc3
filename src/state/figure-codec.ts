/**
 * The pure codec between a figure's typed state and the text of a page address.
 * parse → clamp → typed value, and back, writing only what differs from the default.
 * It never throws on input from outside: bad values are dropped or clamped and reported.
 */
import { type Adjustment, clampNumber, defaultValues, type FigureSpec, type FigureValues } from './figure-spec';

/** Longest raw value read from an address; anything longer is a mistake or an attack. */
const MAX_RAW_LENGTH = 64;

export interface DecodeResult<S extends FigureSpec> {
  readonly values: FigureValues<S>;
  /** One short, human sentence per value that was ignored or changed. */
  readonly adjustments: readonly Adjustment[];
}

/** Reads `key=value` pairs (already split, e.g. from URLSearchParams) into a complete, valid state. */
export function decodeFigureState<S extends FigureSpec>(spec: S, entries: Iterable<readonly [string, string]>): DecodeResult<S> {
  const values = defaultValues(spec) as Record<string, unknown>;
  const adjustments: Adjustment[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of entries) {
    if (!Object.hasOwn(spec, key)) {
      adjustments.push({ key: shown(key), message: `Unknown setting “${shown(key)}” was ignored.` });
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const p = spec[key]!;
    if (raw.length > MAX_RAW_LENGTH) {
      adjustments.push({ key, message: `${p.label}: the value is too long to be a setting and was ignored.` });
      continue;
    }
    const text = raw.trim();
    switch (p.kind) {
      case 'boolean': {
        const lower = text.toLowerCase();
        if (lower === '1' || lower === 'true' || lower === 'on') values[key] = true;
        else if (lower === '0' || lower === 'false' || lower === 'off') values[key] = false;
        else adjustments.push({ key, message: `${p.label}: “${shown(text)}” is not on or off; ignored.` });
        break;
      }
      case 'choice': {
        if ((p.options as readonly string[]).includes(text)) values[key] = text;
        else adjustments.push({ key, message: `${p.label}: “${shown(text)}” is not one of ${p.options.join(', ')}; ignored.` });
        break;
      }
      default: {
        const parsed = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
        if (Number.isNaN(parsed)) {
          adjustments.push({ key, message: `${p.label}: “${shown(text)}” is not a number; ignored.` });
          break;
        }
        const { value, adjustment } = clampNumber(key, p, parsed);
        values[key] = value;
        if (adjustment) adjustments.push(adjustment);
      }
    }
  }
  return { values: values as FigureValues<S>, adjustments };
}

/** Writes the values that differ from their defaults, in the spec's key order. */
export function encodeFigureState<S extends FigureSpec>(spec: S, values: FigureValues<S>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, p] of Object.entries(spec)) {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined || value === p.default) continue;
    if (p.kind === 'boolean') out.push([key, value ? '1' : '0']);
    else out.push([key, String(value)]);
  }
  return out;
}

/** Keeps echoed text short and free of markup-like characters when we quote it back to the reader. */
function shown(text: string): string {
  const clean = text.replace(/[^\w.+\- ]/g, '?');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}
