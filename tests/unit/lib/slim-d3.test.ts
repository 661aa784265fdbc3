import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import * as slimGeo from '../../../src/lib/slim-d3/d3-geo.mjs';
import * as slimChromatic from '../../../src/lib/slim-d3/d3-scale-chromatic.mjs';
import * as slimDelaunay from '../../../src/lib/slim-d3/d3-delaunay.mjs';
import * as slimTime from '../../../src/lib/slim-d3/d3-time.mjs';
import * as slimTimeFormat from '../../../src/lib/slim-d3/d3-time-format.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SLIM_MODULES, markModuleConstantsPure, slimD3 } from '../../../src/lib/slim-d3/plugin.mjs';

type Module = Record<string, unknown>;
// The real packages come with Plot (through d3) and have no type declarations here.
const load = (name: string): Promise<Module> => import(/* @vite-ignore */ name);
const realGeo = await load('d3-geo');
const realChromatic = await load('d3-scale-chromatic');
const realDelaunay = await load('d3-delaunay');
const realTime = await load('d3-time');
const realTimeFormat = await load('d3-time-format');

const pairs: [string, Module, Module][] = [
  ['d3-geo', realGeo, slimGeo],
  ['d3-scale-chromatic', realChromatic, slimChromatic],
  ['d3-delaunay', realDelaunay, slimDelaunay],
  ['d3-time', realTime, slimTime],
  ['d3-time-format', realTimeFormat, slimTimeFormat],
];

describe('slim d3 modules', () => {
  it.each(pairs)('%s exports every name the real package does, and nothing else', (_name, real, slim) => {
    // A missing name would break Plot's `import {…} from "d3"` at build time; a new d3 release that
    // adds one shows up here first.
    expect(Object.keys(slim).sort()).toEqual(Object.keys(real).sort());
  });

  it('keeps the real functions Plot runs for x/y charts and the schemes Downhill draws with', () => {
    const geo: Module = slimGeo;
    const chromatic: Module = slimChromatic;
    for (const name of ['geoPath', 'geoTransform', 'geoStream']) {
      expect(geo[name], name).toBe(realGeo[name]);
    }
    for (const name of ['interpolateCividis', 'interpolateRdBu', 'schemeRdBu', 'interpolateTurbo', 'schemeObservable10', 'schemeTableau10']) {
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
    expect(() => (slimGeo.geoMercator as () => unknown)()).toThrow(/geoMercator.*src\/lib\/slim-d3/);
    expect(() => (slimChromatic.interpolateViridis as (t: number) => string)(0.5)).toThrow(/interpolateViridis/);
    expect(() => (slimDelaunay.Delaunay as unknown as { from: (p: unknown[]) => unknown }).from([])).toThrow(/Delaunay/);
    expect(() => (slimTimeFormat.utcFormat as (f: string) => unknown)('%Y')).toThrow(/utcFormat/);
  });
});

describe('slimD3 plugin', () => {
  const plugin = slimD3() as { resolveId: (source: string, importer?: string) => string | null };
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

describe('markModuleConstantsPure on d3-scale-chromatic', () => {
  const file = createRequire(import.meta.url).resolve('d3-scale-chromatic');
  const source = readFileSync(file, 'utf8');
  const marked: string = markModuleConstantsPure(source);

  it('marks every module-level constant built by a call, and changes nothing else', () => {
    const built = source.match(/^var [\w$]+ = (?:new |[\w$]+\()/gm) ?? [];
    expect(built.length).toBeGreaterThan(50);
    expect(marked.match(/\/\*#__PURE__\*\//g)?.length).toBe(built.length);
    expect(marked.replaceAll('/*#__PURE__*/', '')).toBe(source);
  });

  it('still gives the same schemes when run', async () => {
    // The marked module, run from a temporary file with its imports pointed at the installed packages.
    const { writeFileSync, rmSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const require = createRequire(file);
    const runnable = marked.replace(/from ['"](d3-[a-z-]+)['"]/g, (_m: string, pkg: string) => `from '${pathToFileURL(require.resolve(pkg)).href}'`);
    const dir = mkdtempSync(join(tmpdir(), 'slim-d3-'));
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
