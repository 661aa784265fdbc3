/**
 * What the instructors' page lists: figures and questions read from a lesson's HTML, each figure's
 * settings in words, and example links that every figure of the book accepts without adjustment.
 */
import { describe, expect, it } from 'vitest';
import { exampleSetting, figureHref, scanRenderedLesson, settingRows } from '../../../src/components/site/inventory';
import { decodeFigureState } from '../../../src/state/figure-codec';
import { defineFigure, defaultValues, type FigureSpec } from '../../../src/state/figure-spec';

/** Every figure spec exported by src/figures/*.ts (found, not listed, so new figures are covered). */
const modules = import.meta.glob('../../../src/figures/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const isSpec = (value: unknown): value is FigureSpec =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.values(value).every((p) => typeof p === 'object' && p !== null && typeof (p as { kind?: unknown }).kind === 'string' && 'label' in p);
const specs = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isSpec(value))
    .map(([name, value]) => ({ name: `${file.split('/').at(-1)}:${name}`, spec: value as FigureSpec })),
);

describe('scanRenderedLesson', () => {
  it('finds each figure once, in order, with its caption, and counts the predict boxes', () => {
    const html = `
      <astro-island><figure class="figure-wide" id="line-fit" data-figure="line-fit"><svg></svg>
        <figcaption><p class="caption-text">Drag the
          handles.</p></figcaption></figure></astro-island>
      <aside class="predict"><p>Q1</p></aside>
      <figure data-figure="sigmoid"></figure>
      <aside class="predict"><p>Q2</p></aside>
      <figure data-figure="line-fit"></figure>`;
    expect(scanRenderedLesson(html)).toEqual({
      figures: [
        { id: 'line-fit', caption: 'Drag the handles.' },
        { id: 'sigmoid', caption: '' },
      ],
      exercises: 2,
    });
  });

  it('finds nothing in a lesson without figures', () => {
    expect(scanRenderedLesson('<p>Only text.</p>')).toEqual({ figures: [], exercises: 0 });
  });
});

describe('settingRows', () => {
  it('says in words what each kind of setting accepts', () => {
    const spec = defineFigure({
      w: { kind: 'number', label: 'Slope', min: -5, max: 5, step: 0.05, default: 0 },
      lr: { kind: 'number', label: 'Rate', min: 0.01, max: 10, step: 0.01, default: 0.5, scale: 'log' },
      n: { kind: 'integer', label: 'Samples', min: 2, max: 500, default: 100 },
      best: { kind: 'boolean', label: 'Best line', default: false },
      data: { kind: 'choice', label: 'Data', options: ['one-mode', 'two-mode'], default: 'one-mode' },
    });
    expect(settingRows(spec)).toEqual([
      { key: 'w', label: 'Slope', accepts: '-5 to 5, in steps of 0.05', default: '0' },
      { key: 'lr', label: 'Rate', accepts: '0.01 to 10 (any value in between)', default: '0.5' },
      { key: 'n', label: 'Samples', accepts: 'whole numbers 2 to 500', default: '100' },
      { key: 'best', label: 'Best line', accepts: '1 (on) or 0 (off)', default: '0' },
      { key: 'data', label: 'Data', accepts: 'one of one-mode, two-mode', default: 'one-mode' },
    ]);
  });
});

describe('exampleSetting', () => {
  it('finds the figure specs of the book', () => {
    expect(specs.length).toBeGreaterThan(0);
  });

  for (const { name, spec } of specs) {
    it(`gives ${name} an example its codec accepts unchanged and that differs from the default`, () => {
      const example = exampleSetting(spec);
      expect(example).toBeDefined();
      const [key, value] = example!;
      const decoded = decodeFigureState(spec, [[key, value]]);
      expect(decoded.adjustments).toEqual([]);
      const defaults = defaultValues(spec) as Record<string, unknown>;
      expect((decoded.values as Record<string, unknown>)[key]).not.toEqual(defaults[key]);
    });
  }

  it('flips a boolean when a figure has no numbers, and is undefined for an empty spec', () => {
    expect(exampleSetting(defineFigure({ on: { kind: 'boolean', label: 'On', default: true } }))).toEqual(['on', '0']);
    expect(exampleSetting({})).toBeUndefined();
  });
});

describe('figureHref', () => {
  it('writes settings as figure-id.key=value before the figure’s anchor', () => {
    expect(figureHref('/downhill/lessons/01-x/', 'line-fit', [['noise', '0'], ['w', '1.5']])).toBe(
      '/downhill/lessons/01-x/?line-fit.noise=0&line-fit.w=1.5#line-fit',
    );
    expect(figureHref('/lessons/01-x/', 'line-fit')).toBe('/lessons/01-x/#line-fit');
  });
});
