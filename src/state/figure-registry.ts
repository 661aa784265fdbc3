/**
 * Which spec each figure id uses, as seen while the server renders islands. `useFigureState` records
 * every figure it serves with an id (on the server only), so a build-time page can list every
 * figure of the book with its settings without a hand-kept list: the instructors' page renders each
 * lesson, reads the figure ids from the HTML, and looks their specs up here.
 */
import type { FigureSpec } from './figure-spec';

const specs = new Map<string, FigureSpec>();

/** Remembers that figure `id` holds its state with `spec`. */
export function recordFigureSpec(id: string, spec: FigureSpec): void {
  specs.set(id, spec);
}

/** The spec of figure `id`, if a server render has seen it. */
export function figureSpecFor(id: string): FigureSpec | undefined {
  return specs.get(id);
}
