/**
 * The whole book for the pages that show it: lessons and parts from the content collections, put in
 * reading order (book-order.ts checks they fit) with links and labels ready for navigation.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingOrder, roman } from './book-order';
import { getLessons, type Lesson } from './lessons';
import { lessonHref, partHref } from './paths';

export type Part = CollectionEntry<'parts'>;

/** A place in the book as navigation shows it. */
export interface BookLink {
  href: string;
  /** "Lesson 4" or "Part I in review". */
  label: string;
  title: string;
}

export interface BookPart {
  part: Part;
  /** "Part II". */
  name: string;
  lessons: Array<{ lesson: Lesson; number: number }>;
  /** The review page. */
  review: BookLink;
}

export interface Book {
  parts: BookPart[];
  lessons: Lesson[];
  /** Every page in reading order. */
  sequence: Array<BookLink & { id: string; kind: 'lesson' | 'part' }>;
  /** The part a lesson belongs to. */
  partOf(lessonId: string): BookPart;
  /** The pages before and after one in reading order. */
  around(id: string): { previous: BookLink | undefined; next: BookLink | undefined };
}

export async function getBook(): Promise<Book> {
  const lessons = await getLessons();
  const parts = (await getCollection('parts')).sort((a, b) => a.data.part - b.data.part);
  const stops = readingOrder(
    lessons.map((l) => ({ id: l.id, order: l.data.order, file: l.filePath ?? l.id })),
    parts.map((p) => ({ id: p.id, part: p.data.part, file: p.filePath ?? p.id, starts: p.data.starts.id })),
  );
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const bookParts: BookPart[] = parts.map((part) => ({
    part,
    name: `Part ${roman(part.data.part)}`,
    lessons: stops.flatMap((stop) => (stop.kind === 'lesson' && stop.part === part.data.part ? [{ lesson: lessonById.get(stop.id)!, number: stop.number }] : [])),
    review: { href: partHref(part.id), label: `Part ${roman(part.data.part)} in review`, title: part.data.title },
  }));
  const sequence = stops.map((stop) => {
    if (stop.kind === 'lesson') {
      const lesson = lessonById.get(stop.id)!;
      return { id: stop.id, kind: 'lesson' as const, href: lessonHref(stop.id), label: `Lesson ${stop.number}`, title: lesson.data.title };
    }
    const review = bookParts.find((p) => p.part.id === stop.id)!.review;
    return { id: stop.id, kind: 'part' as const, ...review };
  });
  return {
    parts: bookParts,
    lessons,
    sequence,
    partOf: (lessonId) => {
      const found = bookParts.find((p) => p.lessons.some((l) => l.lesson.id === lessonId));
      if (!found) throw new Error(`Lesson "${lessonId}" belongs to no part.`);
      return found;
    },
    around: (id) => {
      const i = sequence.findIndex((s) => s.id === id);
      const pick = (j: number) => (i >= 0 && j >= 0 && j < sequence.length ? sequence[j] : undefined);
      const strip = (s: BookLink | undefined) => (s ? { href: s.href, label: s.label, title: s.title } : undefined);
      return { previous: strip(pick(i - 1)), next: strip(pick(i + 1)) };
    },
  };
}
