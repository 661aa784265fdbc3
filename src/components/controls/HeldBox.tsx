/**
 * A block whose content changes on every frame of a drag but rarely changes height: a training
 * log's rows, a race's table. Once laid out, the box holds its content's measured height and is
 * contained (size and layout), which makes it a relayout boundary: new numbers re-lay out the box
 * alone, not the lesson around it (a table's cells changing re-laid out the page from the root).
 * When the content's height does change (a row more, a wrapped line), the box takes the new height
 * in the same frame, before it is painted.
 *
 * The box is as wide as its container, so only a block whose width does not come from its content
 * belongs in one; in the built HTML, and until the first measurement, it is an ordinary block.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useResizeObserved } from './use-resize-observed';

/** Gives each box the height its content now measures. */
export function holdHeights(entries: readonly ResizeObserverEntry[]): void {
  for (const entry of entries) {
    const content = entry.target as HTMLElement;
    const box = content.parentElement;
    if (!box) continue;
    const height = Math.ceil(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
    // A hidden box measures 0; holding that would hide its content once shown.
    if (!(height > 0)) continue;
    if (box.dataset.heldHeight === String(height)) continue;
    box.dataset.heldHeight = String(height);
    box.style.blockSize = `${height}px`;
    box.classList.add('is-held');
  }
}

/**
 * `class` names what the box holds when the box must take over that element's block margins (see
 * controls.css). `hidden` hides the box itself: hidden content measures 0, which the box never
 * holds, so the box would keep its last height as a blank.
 */
export function HeldBox({ children, hidden, class: className }: { children: ComponentChildren; hidden?: boolean; class?: string }) {
  const contentRef = useRef<HTMLDivElement>(null);
  useResizeObserved(contentRef, holdHeights);
  return (
    <div class={className ? `held-box ${className}` : 'held-box'} hidden={hidden}>
      <div ref={contentRef}>{children}</div>
    </div>
  );
}
