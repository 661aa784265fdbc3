import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { stabiliseIds } from '../../../src/components/figure/stable-ids';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** A chart with clipped marks and an arrow marker, drawn by Plot as the figures draw theirs. */
function chart(w: number): Element {
  return Plot.plot({
    document,
    width: 300,
    height: 200,
    x: { domain: [0, 1] },
    y: { domain: [0, 1] },
    marks: [
      Plot.line([{ x: 0, y: 0 }, { x: 1, y: w }], { x: 'x', y: 'y', clip: true }),
      Plot.dot([{ x: 0.5, y: w }], { x: 'x', y: 'y', clip: true }),
      Plot.line([{ x: 0, y: 1 }, { x: 1, y: 0 }], { x: 'x', y: 'y', markerEnd: 'arrow' }),
    ],
  }) as unknown as Element;
}

describe('stabiliseIds', () => {
  it('makes two drawings of the same chart identical, though Plot numbers their ids apart', () => {
    const a = chart(0.5);
    const b = chart(0.5);
    expect(a.outerHTML).not.toBe(b.outerHTML);
    stabiliseIds(a, 'v1');
    stabiliseIds(b, 'v1');
    expect(a.outerHTML).toBe(b.outerHTML);
  });

  it('renames every Plot id under the prefix and keeps every reference pointing at its element', () => {
    const c = chart(0.3);
    stabiliseIds(c, 'v2');
    const ids = Array.from(c.querySelectorAll('[id]'), (el) => el.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^v2-[a-z]+-\d+$/);
    const refs = [...c.outerHTML.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids, `url(#${ref}) points at an element`).toContain(ref);
  });

  it('gives two views on one page different ids', () => {
    const a = chart(0.2);
    const b = chart(0.2);
    stabiliseIds(a, 'left');
    stabiliseIds(b, 'right');
    const idsA = Array.from(a.querySelectorAll('[id]'), (el) => el.id);
    const idsB = Array.from(b.querySelectorAll('[id]'), (el) => el.id);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
  });
});
