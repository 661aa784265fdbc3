/** The book's lessons in reading order, and the neighbours of one lesson. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** Returns every lesson sorted by `order` (unique: content.config.ts fails the build otherwise). */
export async function getLessons(): Promise<Lesson[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** Returns the lessons just before and after `id` in reading order (undefined at either end). */
export function neighbours(lessons: readonly Lesson[], id: string): { previous: Lesson | undefined; next: Lesson | undefined } {
  const index = lessons.findIndex((lesson) => lesson.id === id);
  return { previous: index > 0 ? lessons[index - 1] : undefined, next: index >= 0 ? lessons[index + 1] : undefined };
}

/** Returns "15 min" or "1 h 20 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
