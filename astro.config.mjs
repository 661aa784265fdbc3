// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import { rehypeKatexStrict } from './src/lib/rehype-katex-strict.mjs';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.mjs';
import { pagefindIndex } from './src/lib/pagefind-integration.mjs';
import { katexFontSubset } from './src/lib/katex-font-subset.mjs';
import { remarkHeadingIds, rehypeUniqueHeadingIds } from './src/lib/remark-heading-ids.mjs';
import { slimPlot } from './src/lib/slim-plot/plugin.mjs';

// The site may be served from a subpath (e.g. a project page); set DOWNHILL_BASE=/downhill/ to build for one.
const base = process.env.DOWNHILL_BASE ?? '/';

export default defineConfig({
  output: 'static',
  site: process.env.DOWNHILL_SITE ?? 'https://downhill.example',
  base,
  trailingSlash: 'always',
  // After every build: KaTeX's fonts are cut to the characters the formulas use, then Pagefind
  // writes the search index into the built site.
  integrations: [preact(), mdx(), katexFontSubset(), pagefindIndex()],
  markdown: {
    // Astro 7's default Markdown processor runs no remark/rehype plugins; KaTeX needs the unified one.
    processor: unified({
      // Explicit heading ids (`## Title \{#id\}`) before anything reads the headings.
      remarkPlugins: [remarkMath, remarkHeadingIds],
      // KaTeX first, so a heading with math gets its anchor label from the rendered formula.
      rehypePlugins: [rehypeKatexStrict, rehypeHeadingAnchors, rehypeUniqueHeadingIds],
    }),
  },
  devToolbar: { enabled: false },
  // Plot's map projections, unused colour ramps and Delaunay code stay out of the pages (src/lib/slim-plot).
  vite: { plugins: [slimPlot()] },
});
