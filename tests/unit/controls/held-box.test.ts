import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { holdHeights } from '../../../src/components/controls/HeldBox';

const { document } = parseHTML('<!doctype html><html><body><div class="held-box"><div><table></table></div></div></body></html>');
const box = document.querySelector('.held-box') as unknown as HTMLElement;
const content = box.firstElementChild as unknown as HTMLElement;

/** A ResizeObserver entry for the content at the given height, as the browser reports it. */
const measured = (height: number) =>
  ({ target: content, borderBoxSize: [{ inlineSize: 300, blockSize: height }], contentRect: { height } }) as unknown as ResizeObserverEntry;

describe('holdHeights', () => {
  it('leaves a box whose content measures nothing (hidden) as an ordinary block', () => {
    holdHeights([measured(0)]);
    expect(box.classList.contains('is-held')).toBe(false);
    expect(box.style.blockSize).toBe('');
  });

  it('holds the height its content measures, rounded up to a whole pixel', () => {
    holdHeights([measured(120.4)]);
    expect(box.classList.contains('is-held')).toBe(true);
    expect(box.style.blockSize).toBe('121px');
  });

  it('follows the content when it grows or shrinks (a row more or fewer)', () => {
    holdHeights([measured(150)]);
    expect(box.style.blockSize).toBe('150px');
    holdHeights([measured(90)]);
    expect(box.style.blockSize).toBe('90px');
  });
});
