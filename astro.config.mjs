// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import { rehypeKatexStrict } from './src/lib/rehype-katex-strict.mjs';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.mjs';

// The site may be served from a subpath (e.g. a project page); set DOWNHILL_BASE=/downhill/ to build for one.
const base = process.env.DOWNHILL_BASE ?? '/';

export default defineConfig({
  output: 'static',
  site: process.env.DOWNHILL_SITE ?? 'https://downhill.example',
  base,
  trailingSlash: 'always',
  integrations: [preact(), mdx()],
  markdown: {
    // Astro 7's default Markdown processor runs no remark/rehype plugins; KaTeX needs the unified one.
    processor: unified({
      remarkPlugins: [remarkMath],
      // KaTeX first, so a heading with math gets its anchor label from the rendered formula.
      rehypePlugins: [rehypeKatexStrict, rehypeHeadingAnchors],
    }),
  },
  devToolbar: { enabled: false },
});
