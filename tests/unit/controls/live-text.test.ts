import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { holdWidths } from '../../../src/components/controls/LiveText';

const { document } = parseHTML('<!doctype html><html><body><span class="live-text"><span>1.50</span></span></body></html>');
const box = document.querySelector('.live-text') as unknown as HTMLElement;
const text = box.firstElementChild as unknown as HTMLElement;

/** A ResizeObserver entry for the text at the given width, as the browser reports it. */
const measured = (width: number) =>
  ({ target: text, borderBoxSize: [{ inlineSize: width, blockSize: 20 }], contentRect: { width } }) as unknown as ResizeObserverEntry;

describe('holdWidths', () => {
  it('leaves text that measures nothing (hidden, not yet drawn) flowing', () => {
    holdWidths([measured(0)]);
    expect(box.classList.contains('is-held')).toBe(false);
    expect(box.style.inlineSize).toBe('');
  });

  it('holds the first width it measures, rounded up to a whole pixel', () => {
    holdWidths([measured(31.2)]);
    expect(box.classList.contains('is-held')).toBe(true);
    expect(box.style.inlineSize).toBe('32px');
  });

  it('keeps the width when the text narrows, so the layout does not twitch', () => {
    holdWidths([measured(12)]);
    expect(box.style.inlineSize).toBe('32px');
  });

  it('widens when the text outgrows the box', () => {
    holdWidths([measured(47.6)]);
    expect(box.style.inlineSize).toBe('48px');
    holdWidths([measured(40)]);
    expect(box.style.inlineSize).toBe('48px');
  });
});
