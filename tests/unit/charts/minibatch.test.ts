import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decadeText, linearAxisMarginLeft, linearTickText, logAxisMarginLeft } from '../../../src/charts/domain';
import { lossesLayers, pathsOverlay } from '../../../src/charts/minibatch';
import { labelWidth, shapePoints } from '../../../src/charts/sketch';

const grid = { values: new Float64Array(4), width: 2, height: 2, x1: 0, x2: 1, y1: 0, y2: 1, min: 0, max: 1 };

describe('pathsOverlay', () => {
  it('draws each run clipped to the window, with a dot only when it ends inside', () => {
    const o = pathsOverlay({ grid }, [
      { name: 'a', stroke: 'red', path: [{ w: 0.1, b: 0.1 }, { w: 0.5, b: 0.5 }] },
      { name: 'b', stroke: 'blue', dash: '4 2', path: [{ w: 0.5, b: 0.5 }, { w: 5, b: 5 }] },
    ]);
    const kinds = o.shapes.map((s) => s.kind);
    // The landscape comes first, under the paths.
    expect(kinds.slice(0, 3)).toEqual(['raster', 'contours', 'rects']);
    expect(kinds.filter((n) => n === 'dots').length).toBe(1);
    expect(kinds.filter((n) => n === 'segments').length).toBe(4);
    // The run that leaves the window is cut at its edge.
    const clipped = o.shapes.filter((s) => s.kind === 'segments').flatMap((s) => (s.kind === 'segments' ? s.segments : []));
    for (const seg of clipped) for (const v of [seg.x1, seg.x2, seg.y1, seg.y2]) expect(v).toBeLessThanOrEqual(1 + 1e-9);
  });
});

describe('pathsOverlay with shown points', () => {
  it('shows of a whole run exactly what the run cut after those points shows (property)', () => {
    const coordinate = fc.oneof({ weight: 6, arbitrary: fc.double({ min: -0.5, max: 1.5, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(NaN, 1e9) });
    const run = fc.array(fc.record({ w: coordinate, b: coordinate }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(run.chain((path) => fc.tuple(fc.constant(path), fc.integer({ min: 0, max: path.length }))), ([path, k]) => {
        const drawn = (o: ReturnType<typeof pathsOverlay>) => o.shapes.slice(3).map((s) => [s.kind, shapePoints(s)]);
        const whole = pathsOverlay({ grid }, [{ name: 'a', stroke: 'red', path, shown: k }]);
        const cut = pathsOverlay({ grid }, [{ name: 'a', stroke: 'red', path: path.slice(0, k) }]);
        expect(drawn(whole)).toEqual(drawn(cut));
      }),
    );
  });
});

describe('lossesLayers', () => {
  const run = { name: 'k = 1', stroke: 'red', x: [0, 1, 2, 3, 4], loss: [5, 0, Infinity, 2, 0.25], upto: 3 };

  it('keeps only positive, finite, sensible losses for the log axis, up to the point on show', () => {
    const { overlay } = lossesLayers([run], 'epoch', 0.5);
    const line = overlay.shapes.find((s) => s.kind === 'line');
    expect(line && shapePoints(line)).toEqual([{ x: 0, y: 5 }, { x: 3, y: 2 }]);
    const label = overlay.shapes.find((s) => s.kind === 'text');
    expect(label?.kind === 'text' && [label.x, label.y, label.text]).toEqual([3, 2, 'k = 1']);
  });

  it('fits the axes to the whole runs and the optimum, in whole decades, so they hold still while the steps move', () => {
    const at = (upto: number) => lossesLayers([{ ...run, upto }], 'epoch', 0.1);
    for (const upto of [0, 2, 4]) {
      expect(at(upto).base.x?.domain).toEqual([0, 4]);
      expect(at(upto).base.y?.domain).toEqual([0.1, 10]);
      expect(at(upto).base.y?.type).toBe('log');
      expect(at(upto).baseKey).toEqual(at(0).baseKey);
    }
    // A run reshaped inside the same decades keeps the base; one reaching past them does not.
    expect(lossesLayers([{ ...run, loss: run.loss.map((l) => l * 1.5), upto: 4 }], 'epoch', 0.1).baseKey).toEqual(at(4).baseKey);
    expect(lossesLayers([{ ...run, loss: run.loss.map((l) => l * 3), upto: 4 }], 'epoch', 0.1).baseKey).not.toEqual(at(4).baseKey);
  });

  it('draws a run up to any point as exactly its plottable losses up to there (property)', () => {
    const loss = fc.oneof({ weight: 5, arbitrary: fc.double({ min: 1e-14, max: 1e7, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, 0, -1) });
    fc.assert(
      fc.property(fc.array(loss, { maxLength: 40 }), fc.integer({ min: -2, max: 45 }), (losses, upto) => {
        const x = losses.map((_, i) => i * 2);
        const expected = x.flatMap((xi, i) => (i <= upto && Number.isFinite(losses[i]!) && losses[i]! > 1e-12 && losses[i]! < 1e6 ? [{ x: xi, y: losses[i]! }] : []));
        const line = lossesLayers([{ name: 'r', stroke: 'red', x, loss: losses, upto }], 'step', null).overlay.shapes.find((s) => s.kind === 'line');
        expect(line && shapePoints(line)).toEqual(expected);
      }),
    );
  });

  it('hands the sketch the same points array for the same losses, whatever the step on show', () => {
    const points = (upto: number) => {
      const line = lossesLayers([{ ...run, upto }], 'epoch', null).overlay.shapes.find((s) => s.kind === 'line');
      return line?.kind === 'line' ? line.points : null;
    };
    expect(points(1)).not.toBeNull();
    expect(points(4)).toBe(points(1));
    // New losses are a new run: drawn from their own points.
    const copy = lossesLayers([{ ...run, loss: [...run.loss] }], 'epoch', null).overlay.shapes.find((s) => s.kind === 'line');
    expect(copy?.kind === 'line' && copy.points).not.toBe(points(1));
  });
});

describe('lossesLayers label room', () => {
  const runOf = (name: string) => ({ name, stroke: 'red', x: [0, 1], loss: [1, 0.5], upto: 1 });

  it('leaves room right of the plot for the widest label, at its offset', () => {
    const long = 'momentum, shallow';
    const { base, overlay } = lossesLayers([runOf('k = 1'), runOf(long)], 'step', null);
    const label = overlay.shapes.find((s) => s.kind === 'text' && s.text === long);
    const dx = label && label.kind === 'text' ? (label.dx ?? 0) : Number.NaN;
    expect(base.marginRight).toBeGreaterThanOrEqual(dx + labelWidth(long, overlay.fontSize ?? 12));
  });

  it('keeps the usual margin for short labels, and keys the base on the margin', () => {
    const short = lossesLayers([runOf('k = 1')], 'step', null);
    const long = lossesLayers([runOf('descent, shallow')], 'step', null);
    expect(short.base.marginRight).toBe(70);
    expect(long.base.marginRight).toBeGreaterThan(70);
    expect(long.baseKey).not.toEqual(short.baseKey);
  });
});

describe('log axis margin', () => {
  it('writes decades as the axes do', () => {
    expect([-7, -6, -3, -1, 0, 2].map(decadeText)).toEqual(['1e-7', '0.000001', '0.001', '0.1', '1', '100']);
  });

  it('holds the widest decade label on the axis, and keeps the default for short ones', () => {
    expect(logAxisMarginLeft([0.1, 10], 12)).toBe(40);
    const deep = logAxisMarginLeft([1e-6, 10], 12);
    expect(deep).toBeGreaterThanOrEqual(9 + labelWidth('0.000001', 12));
    // Only decades inside the domain are labelled: 2e-6 puts the lowest at 1e-5.
    expect(logAxisMarginLeft([2e-6, 10], 12)).toBeLessThan(deep);
    // The widest label can be inside the axis: 1e-6 is written out, 1e-8 at the end is not.
    expect(logAxisMarginLeft([1e-8, 100], 12)).toBe(deep);
    expect(logAxisMarginLeft([1e-6, 10], 12)).toBe(lossesLayers([{ name: 'a', stroke: 'red', x: [0, 1], loss: [1e-6, 10], upto: 1 }], 'step', null).base.marginLeft);
  });
});

describe('linear axis margin', () => {
  it('estimates the widest tick label of Plot’s default format', () => {
    expect(linearTickText([-4_000_000, 4_000_000])).toBe('−4,000,000');
    expect(linearTickText([0, 0.3])).toBe('0.00');
    expect(linearTickText([-4, 4])).toBe('−4');
    expect(linearTickText([Number.NaN, 1])).toBe('0');
  });

  it('keeps Plot’s default for short labels and widens for long ones', () => {
    expect(linearAxisMarginLeft([-4, 4], 12)).toBe(40);
    expect(linearAxisMarginLeft([-4_000_000, 4_000_000], 12)).toBeGreaterThanOrEqual(9 + labelWidth('−4,000,000', 12));
  });
});
