// Stable section addresses: an author can give a heading an explicit id, so that rewording the
// heading does not break the links that instructors and other lessons made to it.
//
// Markdown's usual `## Residuals {#residuals}` cannot be written in MDX, where braces start a
// JavaScript expression. Escape the braces instead; MDX reads `\{` as a literal brace:
//
//   ## Residuals: how far off is the line? \{#residuals\}
//
// This remark plugin removes the ` {#residuals}` suffix from the heading's text and gives the
// heading that id (mdast `data.hProperties.id`, which becomes the <h2 id>). Astro's
// rehypeHeadingIds keeps an id that is already set, so the page, the "#" anchor next to the heading
// and the table of contents from `render(entry).headings` all use the explicit id and the clean text.
//
// An id must be lower-case letters, digits and dashes, starting with a letter; anything else fails
// the build with a message naming the file and line. Headings without a suffix keep the slug of their
// text. `rehypeUniqueHeadingIds` (below) then fails the build when two headings of one page share an
// id, which an explicit id makes possible.

const SUFFIX = /[ \t]*\{#([^}]*)\}[ \t]*$/;
const VALID_ID = /^[a-z][a-z0-9-]*$/;

/** @param {any} file @returns {string} the file an error should name. */
function fileName(file) {
  return file?.path ?? file?.history?.[0] ?? 'a Markdown file';
}

/** @param {any} node @returns {string} "file:line" for a node. */
function where(file, node) {
  const line = node?.position?.start?.line;
  return line ? `${fileName(file)}:${line}` : fileName(file);
}

/** @param {any} node @param {(node: any) => void} visit */
function eachHeading(node, visit) {
  if (node.type === 'heading') visit(node);
  for (const child of node.children ?? []) eachHeading(child, visit);
}

/**
 * Returns the explicit id written at the end of a heading's text and removes it from the text, or
 * returns undefined when the heading has none. Throws when the id is not a valid one.
 * @param {any} heading an mdast heading
 * @param {any} file the vfile, for messages
 * @returns {string | undefined}
 */
export function takeExplicitId(heading, file) {
  const last = heading.children?.at(-1);
  if (!last || last.type !== 'text') return undefined;
  const match = SUFFIX.exec(last.value);
  if (!match) return undefined;
  const id = match[1].trim().replace(/^#/, '');
  if (!VALID_ID.test(id)) {
    throw new Error(
      `${where(file, heading)}: invalid heading id "${match[1]}"; expected lower-case letters, digits and dashes starting with a letter, as in \\{#residuals\\}.`,
    );
  }
  last.value = last.value.slice(0, match.index).replace(/[ \t]+$/, '');
  if (last.value === '') heading.children.pop();
  if (heading.children.length === 0) {
    throw new Error(`${where(file, heading)}: heading has an id (#${id}) but no text.`);
  }
  return id;
}

/** @returns {(tree: any, file: any) => void} */
export function remarkHeadingIds() {
  return (tree, file) => {
    eachHeading(tree, (heading) => {
      const id = takeExplicitId(heading, file);
      if (id === undefined) return;
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}

/** @param {any} node @returns {string} */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Fails the build when two headings of one page share an id: a link to the second could never
 * arrive. Runs after the ids are assigned (after rehypeHeadingAnchors).
 * @returns {(tree: any, file: any) => void}
 */
export function rehypeUniqueHeadingIds() {
  return (tree, file) => {
    /** @type {Map<string, any>} */
    const seen = new Map();
    const problems = [];
    const visit = (node) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName) && typeof node.properties?.id === 'string') {
        const id = node.properties.id;
        const first = seen.get(id);
        if (first) {
          const line = (n) => (n.position?.start?.line ? ` (line ${n.position.start.line})` : '');
          problems.push(
            `"${textOf(first).trim()}"${line(first)} and "${textOf(node).trim()}"${line(node)} both have the id "${id}"`,
          );
        } else {
          seen.set(id, node);
        }
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    if (problems.length > 0) {
      throw new Error(
        `${fileName(file)}: two headings share an id, so a link to the second cannot arrive: ${problems.join('; ')}. Give one of them its own id with \\{#some-id\\} at the end of the heading.`,
      );
    }
  };
}
