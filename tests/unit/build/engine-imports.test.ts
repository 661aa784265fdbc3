/**
 * Code that ships to the browser imports each engine module directly, never the barrel
 * (src/engine/index.ts). Through the barrel every island "imports" every engine module, so the
 * bundler put the whole engine in the chunk that every lesson page loads; direct imports let each
 * page carry only what its figures run (about 8 KB gzip less on every page when this changed).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHIPPED = ['src/islands', 'src/charts', 'src/components', 'src/state', 'src/figures', 'src/lib', 'src/lessons', 'src/pages', 'src/layouts', 'content'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx?|mjs|astro|mdx)$/.test(name) ? [path] : [];
  });
}

/** Import specifiers in `source` that name the engine's barrel rather than one of its modules. */
function barrelImports(source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*\(?\s*['"]((?:\.\.?\/)*(?:[\w-]+\/)*engine(?:\/index(?:\.ts)?)?)['"]/g)].map((m) => m[1]!);
}

describe('engine imports', () => {
  it('recognises barrel imports and leaves module imports alone', () => {
    expect(barrelImports(`import { a } from '../engine';`)).toEqual(['../engine']);
    expect(barrelImports(`import { a } from "../../engine/index";`)).toEqual(['../../engine/index']);
    expect(barrelImports(`const m = await import('../engine/index.ts');`)).toEqual(['../engine/index.ts']);
    expect(barrelImports(`import { a } from '../engine/descent';\nimport b from './engine-room';`)).toEqual([]);
  });

  it('no code shipped to readers imports the barrel', () => {
    const offenders = SHIPPED.flatMap((dir) => files(join(ROOT, dir)))
      .flatMap((file) => barrelImports(readFileSync(file, 'utf8')).map((spec) => `${relative(ROOT, file)}: ${spec}`));
    expect(offenders, 'import from the engine module itself, e.g. ../engine/descent').toEqual([]);
  });
});
