/**
 * A Vite plugin that keeps the parts of Plot and d3 that Downhill's charts never run out of the
 * pages. Plot imports them from the top of `Plot.plot`, so bundlers cannot drop them on their own;
 * they were about a fifth of the shared chunk every lesson page loads.
 *
 * - Imports of d3-geo, d3-scale-chromatic, d3-delaunay, d3-random, d3-shape, d3-time and d3-time-format
 *   (Plot's, and d3-scale's) go to the slim modules beside it, which re-export what the charts run
 *   and stand in for the rest. The slim modules' own imports of the real packages are left alone.
 * - Plot's own tip mark, line markers, pointer interaction, legends, projections, time intervals,
 *   diverging scales, group transform (with its reducers)
 *   and colour scheme tables (PLOT_STAND_INS) are swapped for stand-ins.
 * - d3-scale-chromatic builds every ramp at module level (`var Blues = ramp(scheme)`), and
 *   d3-random every generator (`var normal = (function …)(source)`): calls a bundler must keep unless
 *   told they are pure. The plugin marks them so, and the ones nobody imports drop out.
 */
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Package name → the slim module that replaces it. */
export const SLIM_MODULES = {
  'd3-geo': fileURLToPath(new URL('./d3-geo.mjs', import.meta.url)),
  'd3-scale-chromatic': fileURLToPath(new URL('./d3-scale-chromatic.mjs', import.meta.url)),
  'd3-delaunay': fileURLToPath(new URL('./d3-delaunay.mjs', import.meta.url)),
  'd3-random': fileURLToPath(new URL('./d3-random.mjs', import.meta.url)),
  'd3-shape': fileURLToPath(new URL('./d3-shape.mjs', import.meta.url)),
  'd3-time': fileURLToPath(new URL('./d3-time.mjs', import.meta.url)),
  'd3-time-format': fileURLToPath(new URL('./d3-time-format.mjs', import.meta.url)),
};

/** Plot source file (relative to its src/ folder) → the stand-in that replaces it. */
export const PLOT_STAND_INS = {
  'marks/tip.js': fileURLToPath(new URL('./plot-tip.mjs', import.meta.url)),
  'marker.js': fileURLToPath(new URL('./plot-marker.mjs', import.meta.url)),
  'interactions/pointer.js': fileURLToPath(new URL('./plot-pointer.mjs', import.meta.url)),
  'legends/ramp.js': fileURLToPath(new URL('./plot-legends.mjs', import.meta.url)),
  'legends/swatches.js': fileURLToPath(new URL('./plot-legends.mjs', import.meta.url)),
  'projection.js': fileURLToPath(new URL('./plot-projection.mjs', import.meta.url)),
  'time.js': fileURLToPath(new URL('./plot-time.mjs', import.meta.url)),
  'scales/schemes.js': fileURLToPath(new URL('./plot-schemes.mjs', import.meta.url)),
  'scales/diverging.js': fileURLToPath(new URL('./plot-diverging.mjs', import.meta.url)),
  'transforms/group.js': fileURLToPath(new URL('./plot-group.mjs', import.meta.url)),
};

const PLOT_SRC = `${sep}node_modules${sep}@observablehq${sep}plot${sep}src${sep}`;
const PURE_CONSTANTS_DIST = /[\\/]node_modules[\\/]d3-(?:scale-chromatic|random)[\\/]dist[\\/][^\\/]+\.m?js$/;

/**
 * Marks each module-level `var x = f(…)`, `var x = new …` or `var x = (function …)(…)` initializer
 * pure, so an unused one can be dropped; and, in a one-line `var x = f(…)`, the calls among its
 * arguments (`ramp(colors("…"))`, how the 256-colour ramps are built; `cubehelix(…)` pairs), since a
 * mark covers one call and not the calls that make its arguments.
 */
export function markModuleConstantsPure(code) {
  return code
    .replace(/^var ([\w$]+) = (?=new |[\w$]+\(|\(function\b)/gm, 'var $1 = /*#__PURE__*/')
    .replace(/^var [\w$]+ = \/\*#__PURE__\*\/[\w$]+\(.*$/gm, (line) => line.replace(/(?<=[(,]\s*)(?=[\w$]+\()/g, '/*#__PURE__*/'));
}

/** The stand-in for a relative import inside Plot's sources, or null. */
export function plotStandIn(source, importer) {
  if (!importer || !source.startsWith('.')) return null;
  const at = importer.lastIndexOf(PLOT_SRC);
  if (at < 0) return null;
  const root = importer.slice(0, at + PLOT_SRC.length);
  const target = resolve(dirname(importer), source);
  if (!target.startsWith(root)) return null;
  return PLOT_STAND_INS[target.slice(root.length).split(sep).join('/')] ?? null;
}

export function slimPlot() {
  return {
    name: 'downhill-slim-plot',
    enforce: 'pre',
    resolveId(source, importer) {
      const standIn = plotStandIn(source, importer);
      if (standIn) return standIn;
      const slim = SLIM_MODULES[source];
      if (!slim || (importer && importer.startsWith(HERE))) return null;
      return slim;
    },
    transform(code, id) {
      if (!PURE_CONSTANTS_DIST.test(id.split('?')[0])) return null;
      return { code: markModuleConstantsPure(code), map: null };
    },
  };
}
