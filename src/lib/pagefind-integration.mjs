// Search index for the built site. After every `astro build` (whatever --outDir), Pagefind reads the
// lesson pages and writes its index and its small search library to <outDir>/pagefind/. The search
// page (src/pages/search.astro) loads that library only when a reader searches, so no other page
// carries any of it. Everything is served from the site itself: search works offline and under a
// base path.
//
// What is indexed: only elements marked `data-pagefind-body` (each lesson's <article>), minus the
// selectors below, which repeat what is already there (KaTeX's visual copy of each formula beside its
// MathML), or are controls and links rather than text.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Parts of a lesson that are not its text. */
export const EXCLUDE_SELECTORS = [
  '.katex-html',
  'annotation',
  '.heading-anchor',
  '.toc',
  '.lesson-meta',
  '.figure-tools',
  '.plot-view',
  'button',
  'input',
  'select',
  'label',
  '[data-progress]',
];

/** @returns {import('astro').AstroIntegration} */
export function pagefindIndex() {
  return {
    name: 'downhill-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS, forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no page marked data-pagefind-body in ${site}.`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index of ${site}: ${added.page_count} HTML files read, index in ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
