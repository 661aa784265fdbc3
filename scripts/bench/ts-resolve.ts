/**
 * Lets Node (22.18+, which runs TypeScript by stripping types) load the engine's sources directly:
 * the engine imports its files without an extension ('./random'), as bundlers allow, and this hook
 * tries '<specifier>.ts' and '<specifier>/index.ts' when Node's own resolution finds nothing.
 */
import { registerHooks } from 'node:module';

let registered = false;

export function allowExtensionlessTsImports(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        const relative = specifier.startsWith('./') || specifier.startsWith('../');
        const fromTs = context.parentURL?.endsWith('.ts') ?? false;
        if (!relative || !fromTs || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
        for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
          try {
            return nextResolve(candidate, context);
          } catch {
            // try the next form
          }
        }
        throw error;
      }
    },
  });
}
