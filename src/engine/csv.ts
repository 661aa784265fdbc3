/**
 * Data sets in and out as CSV text: the reader's own data for a figure, and the figure's data to take
 * away. Parsing never throws; it returns either the data or every problem found, each naming its line,
 * so a figure can say exactly what to fix while it keeps its current data.
 */
import type { XY } from './datasets';

/** What a figure's data must be. */
export interface CsvShape {
  /** 'regression': x, y numbers; 'classification': x and a 0/1 label. */
  kind: 'regression' | 'classification';
  /** Most data rows accepted (a header and blank lines do not count). */
  maxRows: number;
  /** Fewest data rows a figure can use (default 2). */
  minRows?: number;
}

/** One problem with a line of the text, numbered from 1 as an editor shows it. */
export interface CsvProblem {
  line: number;
  message: string;
}

export type CsvResult = { ok: true; data: XY; rows: number; header: boolean } | { ok: false; problems: CsvProblem[] };

/** Problems listed at most; the rest are counted in one last message. */
const MAX_PROBLEMS = 8;

function isNumber(text: string): boolean {
  // Plain decimal or exponent notation only: no hex, no "Infinity", no blanks.
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text);
}

function splitRow(line: string): string[] {
  const separator = line.includes(',') ? ',' : line.includes(';') ? ';' : line.includes('\t') ? '\t' : /\s/.test(line.trim()) ? /\s+/ : ',';
  return line
    .trim()
    .split(separator)
    .map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
}

/**
 * Reads two columns (x, then y or the label) from CSV text: commas, semicolons, tabs or spaces
 * between them, an optional header line of names, blank lines and `#` comments skipped. Values must
 * be finite plain numbers; labels must be 0 or 1 and both classes must occur.
 */
export function parseDataCsv(text: string, shape: CsvShape): CsvResult {
  const problems: CsvProblem[] = [];
  let extra = 0;
  const add = (line: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message });
    else extra += 1;
  };
  const x: number[] = [];
  const y: number[] = [];
  const lines = String(text ?? '').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const second = shape.kind === 'classification' ? 'label' : 'y';
  let header = false;
  let seenData = false;
  let rows = 0;

  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const cells = splitRow(trimmed);
    if (!seenData && !header && cells.every((cell) => cell === '' || !isNumber(cell)) && cells.some((cell) => /[a-zA-Z_]/.test(cell))) {
      header = true;
      return;
    }
    seenData = true;
    rows += 1;
    if (rows > shape.maxRows) {
      if (rows === shape.maxRows + 1) add(line, `too many rows: this figure takes at most ${shape.maxRows} data rows.`);
      return;
    }
    if (cells.length < 2 || cells[1] === '') {
      add(line, cells[0] === '' ? 'missing values: expected x and ' + second + '.' : `missing value: expected ${second} after x = ${cells[0]}.`);
      return;
    }
    if (cells.length > 2 && cells.slice(2).some((cell) => cell !== '')) {
      add(line, `${cells.length} values; expected two (x, ${second}).`);
      return;
    }
    const [a, b] = cells as [string, string];
    if (a === '') return add(line, 'missing value for x.');
    if (!isNumber(a)) return add(line, `x is “${a.slice(0, 20)}”, not a number.`);
    if (!isNumber(b)) return add(line, `${second} is “${b.slice(0, 20)}”, not a number.`);
    const xv = Number(a);
    const yv = Number(b);
    if (!Number.isFinite(xv) || !Number.isFinite(yv)) return add(line, 'a value is too large to use.');
    if (shape.kind === 'classification' && yv !== 0 && yv !== 1) return add(line, `the label is ${b}; labels must be 0 or 1.`);
    x.push(xv);
    y.push(yv);
  });

  if (extra > 0) problems.push({ line: problems.at(-1)?.line ?? 1, message: `…and ${extra} more problem${extra === 1 ? '' : 's'}.` });
  if (problems.length === 0) {
    const minRows = shape.minRows ?? 2;
    const last = lines.length;
    if (x.length < minRows) problems.push({ line: last, message: `only ${x.length} data row${x.length === 1 ? '' : 's'}; this figure needs at least ${minRows}.` });
    else if (shape.kind === 'classification' && (!y.includes(0) || !y.includes(1))) {
      problems.push({ line: last, message: `every label is ${y[0]}: a classifier needs points of both classes, 0 and 1.` });
    } else if (x.every((value) => value === x[0])) {
      problems.push({ line: last, message: `every x is ${x[0]}: a line needs at least two different x values.` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: { x: Float64Array.from(x), y: Float64Array.from(y) }, rows: x.length, header };
}

/** Writes a data set as CSV with a header; numbers as JavaScript prints them, which read back exactly. */
export function dataToCsv(data: { readonly x: ArrayLike<number>; readonly y: ArrayLike<number> }, names: readonly [string, string] = ['x', 'y']): string {
  const lines = [names.join(',')];
  for (let i = 0; i < data.x.length; i += 1) lines.push(`${String(data.x[i])},${String(data.y[i])}`);
  return `${lines.join('\n')}\n`;
}
