/**
 * Text that changes on every frame of a drag: a slider's value, a readout's number.
 *
 * Once the page has laid the text out, its box is held at that width (widening when the text
 * outgrows it, never narrowing) and given size and layout containment, which makes it a relayout
 * boundary: a new value then re-lays out this box alone. Without it every new value re-laid out
 * the page from the document root, about 5 ms of each frame at 4x CPU throttle on lesson 1.
 *
 * Before the first measurement (and in the built HTML) the text flows like any other inline text,
 * and the held box is exactly as wide and as tall as that text was, so nothing moves.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useResizeObserved } from './use-resize-observed';

/** Widens each box whose text has grown past the width it holds. */
export function holdWidths(entries: readonly ResizeObserverEntry[]): void {
  for (const entry of entries) {
    const text = entry.target as HTMLElement;
    const box = text.parentElement;
    if (!box) continue;
    const width = Math.ceil(entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    // A hidden or not yet rendered text measures 0; holding that would squash it.
    if (!(width > 0)) continue;
    const held = Number(box.dataset.heldWidth ?? '0');
    if (width <= held) continue;
    box.dataset.heldWidth = String(width);
    box.style.inlineSize = `${width}px`;
    box.classList.add('is-held');
  }
}

export function LiveText({ children }: { children: ComponentChildren }) {
  const textRef = useRef<HTMLSpanElement>(null);
  useResizeObserved(textRef, holdWidths);
  return (
    <span class="live-text">
      <span ref={textRef}>{children}</span>
    </span>
  );
}
