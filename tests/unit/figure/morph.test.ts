import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { morph, sameKind } from '../../../src/components/figure/morph';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** A node as text with its attributes sorted: attribute order means nothing to the browser. */
function canonical(node: Node): string {
  if (node.nodeType !== 1) return node.nodeValue ?? '';
  const el = node as Element;
  const attrs = Array.from(el.attributes, (a) => `${a.name}="${a.value}"`).sort().join(' ');
  return `<${el.tagName.toLowerCase()} ${attrs}>${Array.from(el.childNodes, canonical).join('')}</>`;
}

function svg(markup: string): Element {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host.firstElementChild!;
}

describe('morph', () => {
  it('edits attributes and text in place, keeping the elements', () => {
    const live = svg('<svg width="10"><g fill="red"><path d="M0,0L1,1"></path></g><text>a</text></svg>');
    const path = live.querySelector('path');
    const next = svg('<svg width="20" class="c"><g><path d="M0,0L2,2"></path></g><text>b</text></svg>');
    const expected = canonical(next);
    morph(live, next);
    expect(canonical(live)).toBe(expected);
    expect(live.querySelector('path')).toBe(path);
  });

  it('adds, removes and replaces children where the structures part', () => {
    const live = svg('<svg><circle r="1"></circle><circle r="2"></circle><rect></rect></svg>');
    const first = live.querySelector('circle');
    const next = svg('<svg><circle r="3"></circle><path d="M1,1"></path></svg>');
    const expected = canonical(next);
    morph(live, next);
    expect(canonical(live)).toBe(expected);
    expect(live.querySelector('circle')).toBe(first);
  });

  it('tells elements of one tag from other tags and from text', () => {
    expect(sameKind(svg('<g></g>'), svg('<g a="1"></g>'))).toBe(true);
    expect(sameKind(svg('<g></g>'), svg('<path></path>'))).toBe(false);
    expect(sameKind(svg('<g></g>'), document.createTextNode('g'))).toBe(false);
  });

  it('always ends with the markup it was given, whatever the two trees', () => {
    const tags = ['g', 'path', 'circle', 'text'] as const;
    type Tree = { tag: (typeof tags)[number]; attrs: Record<string, string>; kids: Tree[] } | string;
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.stringMatching(/^[a-z0-9 ]{1,4}$/),
        fc.record({
          tag: fc.constantFrom(...tags),
          attrs: fc.dictionary(fc.constantFrom('d', 'fill', 'r', 'class', 'clip-path'), fc.stringMatching(/^[a-z0-9]{0,3}$/), { maxKeys: 3 }),
          kids: fc.array(tie('node'), { maxLength: 4 }),
        }),
      ),
    })).node;
    const render = (t: Tree): string =>
      typeof t === 'string' ? t : `<${t.tag}${Object.entries(t.attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}>${t.kids.map(render).join('')}</${t.tag}>`;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.array(tree, { maxLength: 5 }), (a, b) => {
        const live = svg(`<svg>${a.map(render).join('')}</svg>`);
        const next = svg(`<svg>${b.map(render).join('')}</svg>`);
        const expected = canonical(next);
        morph(live, next);
        expect(canonical(live)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
