/**
 * What the instructors' page lists, computed at build time: the figures and exercises of a rendered
 * lesson (read from its HTML, so a figure cannot be left out of the list), and how to write a link
 * that opens a figure with chosen settings (`?figure-id.key=value#figure-id`).
 */
import { parseHTML } from 'linkedom';
import type { FigureSpec, Param } from '../../state/figure-spec';

export interface RenderedFigure {
  /** The figure's id: its anchor and its prefix in the page address. */
  id: string;
  /** The caption's text (what to look for), or "" when the figure has none. */
  caption: string;
}

export interface RenderedLesson {
  /** Every `[data-figure]` in document order, once per id. */
  figures: RenderedFigure[];
  /** How many predict-then-reveal boxes the lesson has. */
  exercises: number;
}

/** Reads the figures and exercises out of a lesson's rendered HTML. */
export function scanRenderedLesson(html: string): RenderedLesson {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const figures: RenderedFigure[] = [];
  const seen = new Set<string>();
  for (const element of document.querySelectorAll('[data-figure]')) {
    const id = element.getAttribute('data-figure') ?? '';
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const caption = element.querySelector('.caption-text')?.textContent ?? '';
    figures.push({ id, caption: caption.replace(/\s+/g, ' ').trim() });
  }
  return { figures, exercises: document.querySelectorAll('.predict').length };
}

export interface SettingRow {
  key: string;
  label: string;
  /** The values the address accepts, in words: "0 to 5, in steps of 0.1". */
  accepts: string;
  /** The default as the address writes it. */
  default: string;
}

/** Prints a number the way the address carries it (no exponent for ordinary sizes). */
function plain(value: number): string {
  return String(value);
}

/** One row per setting of a figure spec: its key, label, accepted values and default. */
export function settingRows(spec: FigureSpec): SettingRow[] {
  return Object.entries(spec).map(([key, param]) => ({ key, label: param.label, accepts: accepts(param), default: defaultText(param) }));
}

function accepts(param: Param): string {
  switch (param.kind) {
    case 'number':
      return param.scale === 'log'
        ? `${plain(param.min)} to ${plain(param.max)} (any value in between)`
        : `${plain(param.min)} to ${plain(param.max)}, in steps of ${plain(param.step)}`;
    case 'integer':
      return `whole numbers ${plain(param.min)} to ${plain(param.max)}`;
    case 'boolean':
      return '1 (on) or 0 (off)';
    case 'choice':
      return `one of ${param.options.join(', ')}`;
  }
}

function defaultText(param: Param): string {
  if (param.kind === 'boolean') return param.default ? '1' : '0';
  return String(param.default);
}

/**
 * A setting that differs from its default, to show a link with settings: the first number or integer
 * setting moved to the end of its range farther from the default (rounded onto its grid), else the
 * first boolean flipped, else the first choice's next option. Undefined for a spec with no settings.
 */
export function exampleSetting(spec: FigureSpec): [string, string] | undefined {
  const entries = Object.entries(spec);
  for (const [key, p] of entries) {
    if (p.kind !== 'number' && p.kind !== 'integer') continue;
    const target = Math.abs(p.max - p.default) >= Math.abs(p.default - p.min) ? p.max : p.min;
    const value = p.default + (target - p.default) / 2;
    const snapped = p.kind === 'integer' ? Math.round(value) : p.scale === 'log' ? Number(value.toPrecision(2)) : snapTo(value, p.min, p.step);
    if (snapped !== p.default) return [key, plain(snapped)];
  }
  for (const [key, p] of entries) if (p.kind === 'boolean') return [key, p.default ? '0' : '1'];
  for (const [key, p] of entries) {
    if (p.kind !== 'choice') continue;
    const next = p.options[(p.options.indexOf(p.default) + 1) % p.options.length];
    if (next !== undefined && next !== p.default) return [key, next];
  }
  return undefined;
}

function snapTo(value: number, min: number, step: number): number {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step)) + 1);
  return Number((min + Math.round((value - min) / step) * step).toFixed(decimals));
}

/**
 * The address of a figure on its lesson page (`lessonPath` is a path such as "/lessons/01-x/"), with
 * settings as `figure-id.key=value` pairs when given, ending in the figure's anchor.
 */
export function figureHref(lessonPath: string, figureId: string, settings: ReadonlyArray<readonly [string, string]> = []): string {
  const query = new URLSearchParams();
  for (const [key, value] of settings) query.append(`${figureId}.${key}`, value);
  const search = query.toString();
  return `${lessonPath}${search ? `?${search}` : ''}#${encodeURIComponent(figureId)}`;
}
