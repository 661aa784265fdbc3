import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import * as slimGeo from '../../../src/lib/slim-plot/d3-geo.mjs';
import * as slimChromatic from '../../../src/lib/slim-plot/d3-scale-chromatic.mjs';
import * as slimDelaunay from '../../../src/lib/slim-plot/d3-delaunay.mjs';
import * as slimRandom from '../../../src/lib/slim-plot/d3-random.mjs';
import * as slimShape from '../../../src/lib/slim-plot/d3-shape.mjs';
import * as plotTip from '../../../src/lib/slim-plot/plot-tip.mjs';
import * as plotMarker from '../../../src/lib/slim-plot/plot-marker.mjs';
import * as plotPointer from '../../../src/lib/slim-plot/plot-pointer.mjs';
import * as plotLegends from '../../../src/lib/slim-plot/plot-legends.mjs';
import * as plotProjection from '../../../src/lib/slim-plot/plot-projection.mjs';
import * as plotTime from '../../../src/lib/slim-plot/plot-time.mjs';
import * as plotSchemes from '../../../src/lib/slim-plot/plot-schemes.mjs';
import * as plotDiverging from '../../../src/lib/slim-plot/plot-diverging.mjs';
import * as plotGroup from '../../../src/lib/slim-plot/plot-group.mjs';
import * as slimTime from '../../../src/lib/slim-plot/d3-time.mjs';
import * as slimTimeFormat from '../../../src/lib/slim-plot/d3-time-format.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PLOT_STAND_INS, SLIM_MODULES, markModuleConstantsPure, plotStandIn, slimPlot } from '../../../src/lib/slim-plot/plugin.mjs';

type Module = Record<string, unknown>;
// The real packages come with Plot (through d3) and have no type declarations here.
const load = (name: string): Promise<Module> => import(/* @vite-ignore */ name);
const realGeo = await load('d3-geo');
const realChromatic = await load('d3-scale-chromatic');
const realDelaunay = await load('d3-delaunay');
const realRandom = await load('d3-random');
const realShape = await load('d3-shape');
const realTime = await load('d3-time');
const realTimeFormat = await load('d3-time-format');

const pairs: [string, Module, Module][] = [
  ['d3-geo', realGeo, slimGeo],
  ['d3-scale-chromatic', realChromatic, slimChromatic],
  ['d3-delaunay', realDelaunay, slimDelaunay],
  ['d3-random', realRandom, slimRandom],
  ['d3-shape', realShape, slimShape],
  ['d3-time', realTime, slimTime],
  ['d3-time-format', realTimeFormat, slimTimeFormat],
];

describe('slim d3 modules', () => {
  it.each(pairs)('%s exports every name the real package does, and nothing else', (_name, real, slim) => {
    // A missing name would break Plot's `import {…} from "d3"` at build time; a new d3 release that
    // adds one shows up here first.
    expect(Object.keys(slim).sort()).toEqual(Object.keys(real).sort());
  });

  // Only the client build goes through these modules (the server build loads Plot from
  // node_modules as it is), so a chart that reaches a stand-in shows up in the e2e tests, which
  // draw and move every figure. Here: the kept parts are the real ones.
  it('keeps the real functions Plot runs for Downhill’s charts and the schemes they draw with', () => {
    const chromatic: Module = slimChromatic;
    expect((slimGeo as Module)['geoTransform']).toBe(realGeo['geoTransform']);
    expect((slimRandom as Module)['randomLcg']).toBe(realRandom['randomLcg']);
    for (const name of ['line', 'area', 'curveLinear', 'symbol', 'symbolCircle', 'symbolTriangle']) {
      expect((slimShape as Module)[name], name).toBe(realShape[name]);
    }
    // The symbol scale's default ranges keep d3's order, with the kept symbols where d3 has them.
    const fill = slimShape.symbolsFill as unknown[];
    const realFill = realShape['symbolsFill'] as unknown[];
    expect(fill).toHaveLength(realFill.length);
    expect(fill[0]).toBe(realShape['symbolCircle']);
    expect(fill[realFill.indexOf(realShape['symbolTriangle'])]).toBe(realShape['symbolTriangle']);
    expect(slimShape.symbolsStroke as unknown[]).toHaveLength((realShape['symbolsStroke'] as unknown[]).length);
    for (const name of ['interpolateCividis', 'interpolateRdBu', 'schemeRdBu', 'interpolateTurbo', 'schemeObservable10']) {
      expect(chromatic[name], name).toBe(realChromatic[name]);
    }
  });

  it('keeps at least the colour schemes named in the charts', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const chartsDir = fileURLToPath(new URL('../../../src/charts/', import.meta.url));
    const used = new Set<string>();
    for (const file of readdirSync(chartsDir)) {
      const text = readFileSync(chartsDir + file, 'utf8');
      for (const m of text.matchAll(/scheme:\s*'([A-Za-z]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/SCHEME\s*=\s*'([A-Za-z]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const scheme of used) {
      const name = `interpolate${scheme[0]!.toUpperCase()}${scheme.slice(1)}`;
      expect(name in realChromatic, `${scheme} is a d3 scheme`).toBe(true);
      expect((slimChromatic as Module)[name], `${scheme} kept`).toBe(realChromatic[name]);
    }
  });

  it('fails loudly, naming the function and where to put it back, if a left-out part is used', () => {
    expect(() => (slimGeo.geoMercator as () => unknown)()).toThrow(/geoMercator.*src\/lib\/slim-plot/);
    expect(() => (slimGeo.geoPath as () => unknown)()).toThrow(/geoPath/);
    expect(() => (slimChromatic.interpolateViridis as (t: number) => string)(0.5)).toThrow(/interpolateViridis/);
    expect(() => (slimDelaunay.Delaunay as unknown as { from: (p: unknown[]) => unknown }).from([])).toThrow(/Delaunay/);
    expect(() => (slimTimeFormat.utcFormat as (f: string) => unknown)('%Y')).toThrow(/utcFormat/);
    expect(() => (slimRandom.randomNormal as () => unknown)()).toThrow(/randomNormal/);
    expect(() => (slimShape.curveCatmullRom as () => unknown)()).toThrow(/curveCatmullRom/);
    // A symbol is an object Plot calls `draw` on; a left-out one fails there, by name.
    expect(() => (slimShape.symbolStar as unknown as { draw: () => void }).draw()).toThrow(/symbolStar.*src\/lib\/slim-plot/);
    expect(() => (slimChromatic.schemeTableau10 as () => unknown)()).toThrow(/schemeTableau10/);
  });
});

describe('Plot stand-ins', () => {
  const plotSrc = fileURLToPath(new URL('../../../node_modules/@observablehq/plot/src/', import.meta.url));
  const real = async (file: string): Promise<Module> => import(/* @vite-ignore */ plotSrc + file);
  const standIns: Record<string, Module> = {
    'plot-tip.mjs': plotTip,
    'plot-marker.mjs': plotMarker,
    'plot-pointer.mjs': plotPointer,
    'plot-legends.mjs': plotLegends,
    'plot-projection.mjs': plotProjection,
    'plot-time.mjs': plotTime,
    'plot-schemes.mjs': plotSchemes,
    'plot-diverging.mjs': plotDiverging,
    'plot-group.mjs': plotGroup,
  };

  it('export every name of the Plot modules they replace, and nothing else', async () => {
    const expected = new Map<string, Set<string>>();
    for (const [file, standIn] of Object.entries(PLOT_STAND_INS)) {
      const name = standIn.split(/[\\/]/).pop()!;
      const names = expected.get(name) ?? new Set<string>();
      for (const key of Object.keys(await real(file))) names.add(key);
      expected.set(name, names);
    }
    expect([...expected.keys()].sort()).toEqual(Object.keys(standIns).sort());
    for (const [name, names] of expected) expect(Object.keys(standIns[name]!).sort(), name).toEqual([...names].sort());
  });

  it('fail loudly, naming the part and where to put it back', () => {
    expect(() => (plotTip.tip as () => unknown)()).toThrow(/Plot's tip mark.*PLOT_STAND_INS in src\/lib\/slim-plot\/plugin\.mjs/);
    expect(() => new (plotTip.Tip as unknown as new () => unknown)()).toThrow(/Tip mark/);
    expect(() => (plotPointer.pointer as () => unknown)()).toThrow(/pointer/);
    expect(() => (plotLegends.legendRamp as () => unknown)()).toThrow(/ramp legend/);
    expect(() => plotProjection.createProjection({ projection: 'mercator' })).toThrow(/projection support.*PLOT_STAND_INS/);
    expect(() => plotProjection.hasProjection({ projection: 'mercator' })).toThrow(/projection support/);
    expect(() => (plotTime.utcInterval as (name: string) => unknown)('day')).toThrow(/named time intervals/);
    expect(() => plotMarker.markers({}, { markerEnd: 'arrow' })).toThrow(/Plot's marker option.*PLOT_STAND_INS/);
    expect(() => (plotDiverging.createScaleDiverging as () => unknown)()).toThrow(/Plot's diverging scales.*PLOT_STAND_INS/);
    expect(() => (plotGroup.groupX as () => unknown)()).toThrow(/Plot's group transform/);
    expect(() => (plotGroup.maybeReduce as () => unknown)()).toThrow(/sort option/);
    expect(() => (plotGroup.reduceCount.reduceIndex as () => unknown)()).toThrow(/group reducers/);
  });

  it('give a mark without markers what Plot’s own markers function gives it', async () => {
    const { markers } = (await real('marker.js')) as { markers: (mark: object, options?: object) => void };
    for (const options of [undefined, {}, { marker: null }, { marker: false }, { marker: 'none' }, { markerStart: 'none', markerEnd: false }]) {
      const ours: Record<string, unknown> = {};
      const plots: Record<string, unknown> = {};
      plotMarker.markers(ours, options);
      markers(plots, options);
      expect(ours).toEqual(plots);
    }
  });

  it('answer as Plot’s own modules do for a chart without projection or dates', async () => {
    const realProjection = await real('projection.js');
    const realTime = await real('time.js');
    const { createProjection, hasProjection, projectionAspectRatio } = realProjection as Record<string, (...a: unknown[]) => unknown>;
    for (const options of [{}, { projection: null }, { projection: undefined }]) {
      expect(plotProjection.createProjection(options)).toBe(createProjection!(options, {}));
      expect(plotProjection.hasProjection(options)).toBe(hasProjection!(options));
      expect(plotProjection.projectionAspectRatio(options.projection)).toBe(projectionAspectRatio!(options.projection));
    }
    // A numeric interval (what a band scale's interval option makes) does not generalise in either.
    const numeric = { floor: Math.floor, offset: (x: number, k = 1) => x + k, range: () => [] };
    expect(plotTime.generalizeTimeInterval(numeric, 2)).toBe((realTime['generalizeTimeInterval'] as (...a: unknown[]) => unknown)(numeric, 2));
    expect(typeof plotTime.intervalDuration).toBe('symbol');
  });

  it('give Plot’s own colours for the schemes Downhill keeps, and classify every scheme as Plot does', async () => {
    const realSchemes = (await real('scales/schemes.js')) as Record<string, (...a: unknown[]) => unknown>;
    for (const scheme of ['cividis', 'CIVIDIS', 'RdBu', 'burd', 'turbo']) {
      const ours = plotSchemes.quantitativeScheme(scheme) as (t: number) => string;
      const theirs = realSchemes['quantitativeScheme']!(scheme) as (t: number) => string;
      for (const t of [0, 0.2, 0.5, 0.93, 1]) expect(ours(t), `${scheme}(${t})`).toBe(theirs(t));
    }
    for (const scheme of ['observable10', 'rdbu', 'burd', 'turbo', 'cividis']) {
      for (let n = 1; n <= 14; n += 1) {
        expect(plotSchemes.ordinalRange(scheme, n), `${scheme} × ${n}`).toEqual(realSchemes['ordinalRange']!(scheme, n));
      }
    }
    expect(plotSchemes.maybeBooleanRange([true, false, null], 'rdbu')).toEqual(realSchemes['maybeBooleanRange']!([true, false, null], 'rdbu'));
    expect(plotSchemes.maybeBooleanRange([true, 'x'], 'rdbu')).toBeUndefined();
    const names = ['accent', 'tableau10', 'observable10', 'rdbu', 'BuYlRd', 'spectral', 'blues', 'viridis', 'cividis', 'sinebow', 'nonsense', null, undefined];
    for (const name of names) {
      expect(plotSchemes.isCategoricalScheme(name), `categorical ${name}`).toBe(realSchemes['isCategoricalScheme']!(name));
      expect(plotSchemes.isDivergingScheme(name), `diverging ${name}`).toBe(realSchemes['isDivergingScheme']!(name));
    }
  });

  it('fail by name for a scheme left out, and as Plot does for one that does not exist', () => {
    expect(() => plotSchemes.quantitativeScheme('viridis')).toThrow(/viridis colour scheme is left out.*plot-schemes\.mjs/);
    expect(() => plotSchemes.ordinalRange('tableau10', 3)).toThrow(/tableau10 colour scheme is left out/);
    expect(() => plotSchemes.maybeBooleanRange([true, false])).toThrow(/greys colour scheme is left out/);
    expect(() => plotSchemes.ordinalScheme('nonsense')).toThrow(/unknown ordinal scheme: nonsense/);
    expect(() => plotSchemes.quantitativeScheme('nonsense')).toThrow(/unknown quantitative scheme: nonsense/);
  });

  it('replace exactly those files when Plot imports them, from any folder of its sources', () => {
    const plotFile = plotSrc + 'plot.js';
    expect(plotStandIn('./marks/tip.js', plotFile)).toBe(PLOT_STAND_INS['marks/tip.js']);
    expect(plotStandIn('./interactions/pointer.js', plotFile)).toBe(PLOT_STAND_INS['interactions/pointer.js']);
    expect(plotStandIn('../interactions/pointer.js', plotSrc + 'marks/crosshair.js')).toBe(PLOT_STAND_INS['interactions/pointer.js']);
    expect(plotStandIn('./legends/ramp.js', plotSrc + 'legends.js')).toBe(PLOT_STAND_INS['legends/ramp.js']);
    expect(plotStandIn('./marks/text.js', plotFile)).toBeNull();
    expect(plotStandIn('./legends.js', plotFile)).toBeNull();
    expect(plotStandIn('./projection.js', plotFile)).toBe(PLOT_STAND_INS['projection.js']);
    expect(plotStandIn('../time.js', plotSrc + 'marks/axis.js')).toBe(PLOT_STAND_INS['time.js']);
    expect(plotStandIn('./schemes.js', plotSrc + 'scales/ordinal.js')).toBe(PLOT_STAND_INS['scales/schemes.js']);
    expect(plotStandIn('./scales/schemes.js', plotSrc + 'scales.js')).toBe(PLOT_STAND_INS['scales/schemes.js']);
    // The same relative path outside Plot is someone else's file.
    expect(plotStandIn('./marks/tip.js', fileURLToPath(new URL('../../../src/charts/x.ts', import.meta.url)))).toBeNull();
  });
});

describe('slimPlot plugin', () => {
  const plugin = slimPlot() as { resolveId: (source: string, importer?: string) => string | null };
  const plotFile = fileURLToPath(new URL('../../../node_modules/@observablehq/plot/src/plot.js', import.meta.url));

  it('points imports of the slimmed packages at the slim modules', () => {
    for (const [pkg, file] of Object.entries(SLIM_MODULES)) {
      expect(plugin.resolveId(pkg, plotFile)).toBe(file);
    }
  });

  it('leaves the slim modules’ own imports of the real packages, and every other import, alone', () => {
    expect(plugin.resolveId('d3-geo', SLIM_MODULES['d3-geo'])).toBeNull();
    expect(plugin.resolveId('d3-scale', plotFile)).toBeNull();
    expect(plugin.resolveId('d3-geo-projection', plotFile)).toBeNull();
  });
});

describe('markModuleConstantsPure on d3-random', () => {
  it('marks every generator built at module level, so the ones Plot does not import drop out', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('d3-random'), 'utf8');
    const generators = source.match(/^var [\w$]+ = \(function /gm) ?? [];
    expect(generators.length).toBeGreaterThan(10);
    const marked: string = markModuleConstantsPure(source);
    expect(marked.match(/= \/\*#__PURE__\*\/\(function /g)?.length).toBe(generators.length);
    expect(marked.replaceAll('/*#__PURE__*/', '')).toBe(source);
  });
});

describe('markModuleConstantsPure on d3-scale-chromatic', () => {
  const file = createRequire(import.meta.url).resolve('d3-scale-chromatic');
  const source = readFileSync(file, 'utf8');
  const marked: string = markModuleConstantsPure(source);

  it('marks every module-level constant built by a call, and changes nothing else', () => {
    const built = source.match(/^var [\w$]+ = (?:new |[\w$]+\(|\(function\b)/gm) ?? [];
    expect(built.length).toBeGreaterThan(50);
    const lines = marked.split('\n').filter((line) => line.startsWith('var '));
    expect(lines.filter((line) => /^var [\w$]+ = \/\*#__PURE__\*\//.test(line))).toHaveLength(built.length);
    expect(marked.replaceAll('/*#__PURE__*/', '')).toBe(source);
  });

  it('marks the calls that build a one-line constant’s arguments too, so an unused 256-colour ramp drops out', () => {
    const viridis = marked.split('\n').find((line) => line.startsWith('var viridis = '));
    expect(viridis).toMatch(/^var viridis = \/\*#__PURE__\*\/[\w$]+\(\/\*#__PURE__\*\/[\w$]+\("[0-9a-f]{1536}"\)\);$/);
    const cubehelix = marked.split('\n').find((line) => line.startsWith('var cubehelix = '));
    expect(cubehelix?.match(/\/\*#__PURE__\*\//g)).toHaveLength(3);
    // Every call on such a line is marked: none is left bare after an opening bracket or a comma.
    for (const line of marked.split('\n').filter((l) => /^var [\w$]+ = \/\*#__PURE__\*\/[\w$]+\(/.test(l))) {
      expect(line, line.slice(0, 60)).not.toMatch(/[(,]\s*[\w$]+\(/);
    }
  });

  it('leaves a marked multi-line initializer’s body alone (d3-random builds generators in IIFEs)', () => {
    const random = readFileSync(createRequire(import.meta.url).resolve('d3-random'), 'utf8');
    expect(markModuleConstantsPure(random).replaceAll('/*#__PURE__*/', '')).toBe(random);
    const sample = 'var a = f(g(1), h(2));\nvar b = (function () { return k(3); })();\n  x(y(4));';
    expect(markModuleConstantsPure(sample)).toBe('var a = /*#__PURE__*/f(/*#__PURE__*/g(1), /*#__PURE__*/h(2));\nvar b = /*#__PURE__*/(function () { return k(3); })();\n  x(y(4));');
  });

  it('still gives the same schemes when run', async () => {
    // The marked module, run from a temporary file with its imports pointed at the installed packages.
    const { writeFileSync, rmSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const require = createRequire(file);
    const runnable = marked.replace(/from ['"](d3-[a-z-]+)['"]/g, (_m: string, pkg: string) => `from '${pathToFileURL(require.resolve(pkg)).href}'`);
    const dir = mkdtempSync(join(tmpdir(), 'slim-plot-'));
    const copy = join(dir, 'marked.mjs');
    writeFileSync(copy, runnable);
    try {
      const markedModule = (await import(/* @vite-ignore */ copy)) as Module;
      for (const name of ['interpolateViridis', 'interpolateCividis', 'interpolateRdBu', 'interpolateBlues']) {
        const a = realChromatic[name] as (t: number) => string;
        const b = markedModule[name] as (t: number) => string;
        for (const t of [0, 0.13, 0.5, 0.77, 1]) expect(b(t), `${name}(${t})`).toBe(a(t));
      }
      expect(markedModule['schemeRdBu']).toEqual(realChromatic['schemeRdBu']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
