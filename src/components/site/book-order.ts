/**
 * The book's reading order: parts in turn, each with its lessons and then its review page. Pure, so
 * its checks are unit tested; book.ts feeds it the content collections.
 */

export interface LessonRef {
  id: string;
  order: number;
  file: string;
}

export interface PartRef {
  id: string;
  part: number;
  file: string;
  /** The id of the part's first lesson; the part runs until the next part's first lesson. */
  starts: string;
}

/** One stop in the reading order. */
export type Stop = { kind: 'lesson'; id: string; number: number; part: number } | { kind: 'part'; id: string; part: number };

/** Roman numerals for part numbers (a book has few parts). */
export function roman(n: number): string {
  const table: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = Math.floor(n);
  let out = '';
  for (const [value, letters] of table) while (rest >= value) { out += letters; rest -= value; }
  return out;
}

/**
 * Gives every lesson to the part it falls in (a part starts at its first lesson and runs up to the
 * next part's), so a new lesson joins a part by its `order` alone. Checks that the parts are numbered
 * without repeats, start at existing lessons, in the same order as their numbers, and that the first
 * part starts at the first lesson; returns the stops in reading order (lessons numbered from 1).
 * Throws one error naming every problem's files.
 */
export function readingOrder(lessons: readonly LessonRef[], parts: readonly PartRef[]): Stop[] {
  const problems: string[] = [];
  const sortedLessons = [...lessons].sort((a, b) => a.order - b.order);
  const position = new Map(sortedLessons.map((lesson, i) => [lesson.id, i]));
  const sortedParts = [...parts].sort((a, b) => a.part - b.part);

  if (sortedLessons.length > 0 && sortedParts.length === 0) problems.push('content/parts holds no part; every lesson must belong to one.');
  for (let i = 0; i < sortedParts.length; i += 1) {
    const part = sortedParts[i]!;
    const start = position.get(part.starts);
    if (start === undefined) problems.push(`${part.file} starts at lesson "${part.starts}", which does not exist.`);
    if (i === 0 && start !== undefined && start !== 0) problems.push(`${part.file} is the first part but starts at "${part.starts}", not at the first lesson, ${sortedLessons[0]!.file}.`);
    if (i > 0) {
      const before = sortedParts[i - 1]!;
      if (before.part === part.part) problems.push(`${before.file} and ${part.file} are both part ${part.part}.`);
      const previousStart = position.get(before.starts);
      if (start !== undefined && previousStart !== undefined && start <= previousStart) {
        problems.push(`${part.file} (part ${part.part}) starts at or before ${before.file} (part ${before.part}); number the parts in reading order.`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`The book's parts do not fit its lessons:\n  ${problems.join('\n  ')}`);

  const stops: Stop[] = [];
  sortedParts.forEach((part, i) => {
    const from = position.get(part.starts)!;
    const to = i + 1 < sortedParts.length ? position.get(sortedParts[i + 1]!.starts)! : sortedLessons.length;
    for (let k = from; k < to; k += 1) stops.push({ kind: 'lesson', id: sortedLessons[k]!.id, number: k + 1, part: part.part });
    stops.push({ kind: 'part', id: part.id, part: part.part });
  });
  return stops;
}
