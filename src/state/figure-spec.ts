/**
 * One typed description per figure: every piece of state a figure owns, with its type, range and default.
 * Islands read and write state only through these descriptions, so the page address can carry any
 * figure's state (see `encodeFigureState` / `decodeFigureState`) without each island knowing about it.
 */

export interface NumberParam {
  readonly kind: 'number';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Slider granularity; values from an address are snapped to it. */
  readonly step: number;
  readonly default: number;
  /** 'log' sliders move in equal ratios (for learning rates and penalties). */
  readonly scale?: 'linear' | 'log';
}

export interface IntegerParam {
  readonly kind: 'integer';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

export interface BooleanParam {
  readonly kind: 'boolean';
  readonly label: string;
  readonly default: boolean;
}

export interface ChoiceParam<T extends string = string> {
  readonly kind: 'choice';
  readonly label: string;
  readonly options: readonly T[];
  readonly default: T;
}

export type Param = NumberParam | IntegerParam | BooleanParam | ChoiceParam;
export type FigureSpec = Readonly<Record<string, Param>>;

type ValueOf<P extends Param> = P extends BooleanParam
  ? boolean
  : P extends ChoiceParam<infer T>
    ? T
    : number;

/** The state a spec describes: one typed value per key. */
export type FigureValues<S extends FigureSpec> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Declares a figure spec while keeping its literal key and choice types. */
export function defineFigure<const S extends FigureSpec>(spec: S): S {
  for (const [key, param] of Object.entries(spec)) checkParam(key, param);
  return spec;
}

function checkParam(key: string, p: Param): void {
  if (!/^[a-z][a-z0-9-]*$/.test(key)) throw new Error(`invalid figure key; expected lower-case letters, digits and dashes, got ${JSON.stringify(key)}`);
  if (p.kind === 'number' || p.kind === 'integer') {
    if (!(p.min < p.max)) throw new Error(`invalid range for ${key}; expected min < max, got [${p.min}, ${p.max}]`);
    if (!(p.default >= p.min && p.default <= p.max)) throw new Error(`invalid default for ${key}; ${p.default} is outside [${p.min}, ${p.max}]`);
    if (p.kind === 'integer' && !Number.isInteger(p.default)) throw new Error(`invalid default for ${key}; expected an integer, got ${p.default}`);
    if (p.kind === 'number' && p.scale === 'log' && p.min <= 0) throw new Error(`invalid range for log-scale ${key}; min must be positive, got ${p.min}`);
  } else if (p.kind === 'choice' && !p.options.includes(p.default)) {
    throw new Error(`invalid default for ${key}; ${JSON.stringify(p.default)} is not one of ${p.options.join(', ')}`);
  }
}

export function defaultValues<S extends FigureSpec>(spec: S): FigureValues<S> {
  const values: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(spec)) values[key] = param.default;
  return values as FigureValues<S>;
}

/** Why a requested value was not taken as it was. */
export interface Adjustment {
  readonly key: string;
  readonly message: string;
}

/** Snaps a finite number to the parameter's grid and range; returns the value and a note when it moved. */
export function clampNumber(key: string, p: NumberParam | IntegerParam, raw: number): { value: number; adjustment?: Adjustment } {
  if (!Number.isFinite(raw)) {
    return { value: p.default, adjustment: { key, message: `${p.label}: “${raw}” is not a finite number; using ${p.default}.` } };
  }
  let value = Math.min(p.max, Math.max(p.min, raw));
  if (p.kind === 'integer') value = Math.round(value);
  else if (p.scale !== 'log') value = snap(value, p.min, p.step, p.max);
  if (value !== raw && Math.abs(value - raw) > 1e-9 * Math.max(1, Math.abs(raw))) {
    const outside = raw < p.min || raw > p.max;
    const why = outside ? `is outside ${p.min} to ${p.max}` : p.kind === 'integer' ? 'is not a whole number' : `is not on the slider's step of ${p.step}`;
    return { value, adjustment: { key, message: `${p.label}: ${raw} ${why}; using ${value}.` } };
  }
  return { value };
}

function snap(value: number, min: number, step: number, max: number): number {
  const snapped = min + Math.round((value - min) / step) * step;
  // Round away binary noise (0.1 + 0.2) so the value prints as the slider shows it.
  const decimals = Math.max(0, Math.ceil(-Math.log10(step)) + 1);
  return Math.min(max, Number(snapped.toFixed(decimals)));
}
