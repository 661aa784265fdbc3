/**
 * A Vite plugin that points imports of d3-geo, d3-scale-chromatic, d3-delaunay, d3-time and
 * d3-time-format (Plot's, and d3-scale's) at the slim modules beside it, which re-export what
 * Downhill's charts run and stand in for the rest. Plot imports all of them from the top of
 * `Plot.plot`, so bundlers cannot drop them on their own; they were about a fifth of the shared
 * chunk every lesson page loads.
 * The slim modules' own imports of the real packages are left alone.
 *
 * d3-scale-chromatic also builds every ramp at module level (`var Blues = ramp(scheme)`), calls a
 * bundler must keep unless told they are pure; the plugin marks them so, and the ramps nobody
 * imports then drop out.
 */
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Package name → the slim module that replaces it. */
export const SLIM_MODULES = {
  'd3-geo': fileURLToPath(new URL('./d3-geo.mjs', import.meta.url)),
  'd3-scale-chromatic': fileURLToPath(new URL('./d3-scale-chromatic.mjs', import.meta.url)),
  'd3-delaunay': fileURLToPath(new URL('./d3-delaunay.mjs', import.meta.url)),
  'd3-time': fileURLToPath(new URL('./d3-time.mjs', import.meta.url)),
  'd3-time-format': fileURLToPath(new URL('./d3-time-format.mjs', import.meta.url)),
};

const CHROMATIC_DIST = /[\\/]node_modules[\\/]d3-scale-chromatic[\\/]dist[\\/][^\\/]+\.m?js$/;

/** Marks each module-level `var x = f(…)` / `var x = new …` initializer pure, so an unused one can be dropped. */
export function markModuleConstantsPure(code) {
  return code.replace(/^var ([\w$]+) = (?=new |[\w$]+\()/gm, 'var $1 = /*#__PURE__*/');
}

export function slimD3() {
  return {
    name: 'downhill-slim-d3',
    enforce: 'pre',
    resolveId(source, importer) {
      const slim = SLIM_MODULES[source];
      if (!slim || (importer && importer.startsWith(HERE))) return null;
      return slim;
    },
    transform(code, id) {
      if (!CHROMATIC_DIST.test(id)) return null;
      return { code: markModuleConstantsPure(code), map: null };
    },
  };
}
