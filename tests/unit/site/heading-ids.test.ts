/**
 * Explicit heading ids (`## Title \{#id\}` in MDX): the id is set, the suffix leaves the text, Astro's
 * table of contents gets both, and mistakes (a bad id, two headings with one id) stop with a message
 * naming the file.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors } from '../../../src/lib/rehype-heading-anchors.mjs';
import { rehypeUniqueHeadingIds, remarkHeadingIds } from '../../../src/lib/remark-heading-ids.mjs';

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Runs MDX through the plugins as astro.config.mjs orders them, then Astro's own heading pass. */
async function run(mdx: string): Promise<{ tree: any; headings: Heading[] }> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkHeadingIds)
    .use(remarkRehype)
    .use(rehypeHeadingAnchors)
    .use(rehypeUniqueHeadingIds)
    .use(rehypeHeadingIds);
  const file = new VFile({ path: '/site/content/lessons/07-example.mdx', value: mdx });
  const tree = await processor.run(processor.parse(file), file);
  return { tree, headings: (file.data as { astro?: { headings?: Heading[] } }).astro?.headings ?? [] };
}

function headingElements(tree: any): Array<{ tag: string; id: string; text: string }> {
  const out: Array<{ tag: string; id: string; text: string }> = [];
  const text = (node: any): string => (node.type === 'text' ? node.value : (node.children ?? []).map(text).join(''));
  const visit = (node: any) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) out.push({ tag: node.tagName, id: node.properties.id, text: text(node) });
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

describe('remarkHeadingIds', () => {
  it('gives a heading the escaped explicit id and removes it from the text and the table of contents', async () => {
    const { tree, headings } = await run('## Residuals: how far off is the line? \\{#residuals\\}\n\nText.\n');
    expect(headingElements(tree)).toEqual([{ tag: 'h2', id: 'residuals', text: 'Residuals: how far off is the line?' }]);
    expect(headings).toEqual([{ depth: 2, slug: 'residuals', text: 'Residuals: how far off is the line?' }]);
  });

  it('keeps the slug of the text for a heading without an id', async () => {
    const { headings } = await run('## Why the truth stays out of reach\n');
    expect(headings).toEqual([{ depth: 2, slug: 'why-the-truth-stays-out-of-reach', text: 'Why the truth stays out of reach' }]);
  });

  it('works after emphasis and code in the heading, and at any level', async () => {
    const { tree } = await run('## The *gradient* of `mse` \\{#gradient\\}\n\n### A step \\{#step-1\\}\n');
    expect(headingElements(tree)).toEqual([
      { tag: 'h2', id: 'gradient', text: 'The gradient of mse' },
      { tag: 'h3', id: 'step-1', text: 'A step' },
    ]);
  });

  it('keeps the anchor link pointing at the explicit id', async () => {
    const { tree } = await run('## Residuals \\{#residuals\\}\n');
    const wrapper = tree.children.find((n: any) => n.type === 'element' && n.tagName === 'div');
    const anchor = wrapper.children.find((n: any) => n.tagName === 'a');
    expect(anchor.properties.href).toBe('#residuals');
  });

  it('rejects an id that is not lower-case letters, digits and dashes, naming the file and line', async () => {
    await expect(run('Intro.\n\n## Residuals \\{#Residuals Here\\}\n')).rejects.toThrow(/07-example\.mdx:3: invalid heading id "Residuals Here"/);
  });

  it('rejects an id with no heading text', async () => {
    await expect(run('## \\{#empty\\}\n')).rejects.toThrow(/heading has an id \(#empty\) but no text/);
  });
});

describe('rehypeUniqueHeadingIds', () => {
  it('fails when two explicit ids are the same, naming the file and both headings', async () => {
    await expect(run('## Residuals \\{#residuals\\}\n\n## Errors again \\{#residuals\\}\n')).rejects.toThrow(
      /07-example\.mdx: two headings share an id.*"Residuals" \(line 1\) and "Errors again" \(line 3\) both have the id "residuals"/,
    );
  });

  it('fails when an explicit id takes the slug of another heading', async () => {
    await expect(run('## Residuals\n\n## Measuring the gaps \\{#residuals\\}\n')).rejects.toThrow(/both have the id "residuals"/);
  });

  it('accepts repeated heading texts, which get distinct slugs', async () => {
    const { headings } = await run('## Example\n\n## Example\n');
    expect(headings.map((h) => h.slug)).toEqual(['example', 'example-1']);
  });
});
