/**
 * Plot numbers each clip path and marker it draws from a counter shared by the whole page
 * (`plot-clip-17`, `plot-marker-4`), so the same chart drawn twice differs in those ids and in
 * every `url(#…)` that points at them. Edited into the mounted chart (morph.ts), that changed an
 * id on every frame of a drag, and the browser re-resolved the clip for every element using it:
 * style, layout and paint of whole marks for a chart that had not otherwise changed.
 *
 * Renaming them by kind and position within the chart, under a prefix unique to the view, makes
 * two drawings of the same chart identical, and keeps two charts on a page from sharing an id.
 */
const PLOT_ID = /^plot-([a-z]+)-\d+$/;

/**
 * The elements that can point at a Plot id: clipped marks, lines with markers, pattern fills
 * (Plot's style.js, marker.js, waffle.js) and local links. Visiting only these, rather than every
 * element and attribute of the chart, took the renaming from the largest script cost of a slider
 * frame (lesson 2) to a small one.
 */
const REFERRERS = '[clip-path], [marker-start], [marker-mid], [marker-end], [mask], [filter], [fill^="url("], [stroke^="url("], [href^="#"]';
const REFERRING_ATTRIBUTES = ['clip-path', 'marker-start', 'marker-mid', 'marker-end', 'mask', 'filter', 'fill', 'stroke', 'href'];

export function stabiliseIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  const withIds = [...(root.id ? [root] : []), ...Array.from(root.querySelectorAll('[id]'))];
  for (const el of withIds) {
    const kind = PLOT_ID.exec(el.id)?.[1];
    if (kind === undefined) continue;
    const n = counts.get(kind) ?? 0;
    counts.set(kind, n + 1);
    const id = `${prefix}-${kind}-${n}`;
    renamed.set(el.id, id);
    el.id = id;
  }
  if (renamed.size === 0) return;
  for (const el of [...(root.matches(REFERRERS) ? [root] : []), ...Array.from(root.querySelectorAll(REFERRERS))]) {
    for (const name of REFERRING_ATTRIBUTES) {
      const old = el.getAttribute(name);
      if (old === null || !old.includes('#')) continue;
      const value = old
        .replace(/url\(#([^)]+)\)/g, (all, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : all))
        .replace(/^#(.+)$/, (all, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : all));
      if (value !== old) el.setAttribute(name, value);
    }
  }
}
