// Two small things every lesson's HTML needs for readers, done at build time so no JavaScript ships:
//
// 1. Every h2–h4 gets a "#" link to itself, so a reader can copy the address of a section.
// 2. Display math and tables, which scroll sideways when wider than the column (prose.css), get
//    tabindex="0" so keyboard users can focus them and scroll them with the arrow keys (WCAG 2.1.1;
//    axe's scrollable-region-focusable). Astro's own code blocks carry tabindex="0" for the same reason.
//
// Section links:
//   <h2>Residuals</h2>
// becomes
//   <div class="heading-wrapper level-h2">
//     <h2 id="residuals">Residuals</h2>
//     <a class="heading-anchor" href="#residuals"><span aria-hidden="true">#</span><span class="sr-only">Link to this section: Residuals</span></a>
//   </div>
//
// The link is a sibling of the heading, not a child, so the heading's text (what screen readers
// announce and what Astro puts in the table of contents) stays exactly the heading's own words.
// Ids come from Astro's own rehypeHeadingIds, run here first: Astro runs it again after all user
// plugins and keeps ids that are already set, so the anchors, the page and `render(entry).headings`
// always agree. The look (hidden until hover or focus) is in src/styles/prose.css.
import { rehypeHeadingIds } from '@astrojs/markdown-remark';

const LEVELS = new Set(['h2', 'h3', 'h4']);

/** @param {any} node @returns {string} the text a reader sees, skipping aria-hidden parts and KaTeX's TeX source. */
function visibleText(node) {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    const hidden = node.properties?.ariaHidden;
    if (hidden === true || hidden === 'true' || node.tagName === 'annotation') return '';
  }
  return (node.children ?? []).map(visibleText).join('');
}

/** @param {string} id @param {string} text @param {string} level */
function wrap(heading, id, text, level) {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper', `level-${level}`] },
    children: [
      heading,
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}` },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to this section: ${text}` }] },
        ],
      },
    ],
  };
}

/** @param {any} node @returns {boolean} whether the node is a box that scrolls sideways when too wide. */
function isScrollBox(node) {
  if (node.type !== 'element') return false;
  if (node.tagName === 'table') return true;
  const className = node.properties?.className;
  return Array.isArray(className) && className.includes('katex-display');
}

/** @param {any} parent */
function addAnchors(parent) {
  const children = parent.children;
  if (!Array.isArray(children)) return;
  for (let i = 0; i < children.length; i += 1) {
    const node = children[i];
    if (node.type === 'element' && LEVELS.has(node.tagName) && typeof node.properties?.id === 'string' && node.properties.id !== '') {
      const text = visibleText(node).replace(/\s+/g, ' ').trim();
      children[i] = wrap(node, node.properties.id, text, node.tagName);
    } else if (isScrollBox(node)) {
      node.properties = { ...node.properties, tabIndex: 0 };
    } else {
      addAnchors(node);
    }
  }
}

/** @returns {(tree: any, file: any) => void} */
export function rehypeHeadingAnchors() {
  const assignIds = rehypeHeadingIds();
  return (tree, file) => {
    assignIds(tree, file);
    addAnchors(tree);
  };
}
