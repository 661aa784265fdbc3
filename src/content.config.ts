import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The lessons' glob loader, plus checks across lessons that a per-file schema cannot make. The build
 * fails with a message naming the files when two lessons share an `order` or a `title`, when a
 * prerequisite names no lesson, or when a prerequisite comes at or after the lesson that needs it.
 */
function lessonLoader(): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: './content/lessons' });
  return {
    ...inner,
    name: 'downhill-lessons',
    load: async (context) => {
      await inner.load(context);
      const problems: string[] = [];
      const entries = [...context.store.values()];
      const file = (entry: (typeof entries)[number]) => entry.filePath ?? entry.id;
      const byId = new Map(entries.map((entry) => [entry.id, entry]));

      for (const key of ['order', 'title'] as const) {
        const seen = new Map<unknown, (typeof entries)[number]>();
        for (const entry of entries) {
          const value = entry.data[key];
          const first = seen.get(value);
          if (first) problems.push(`${file(first)} and ${file(entry)} both have ${key}: ${JSON.stringify(value)}; every lesson needs its own.`);
          else seen.set(value, entry);
        }
      }

      for (const entry of entries) {
        const prerequisites = (entry.data['prerequisites'] ?? []) as Array<string | { id: string }>;
        for (const prerequisite of prerequisites) {
          const id = typeof prerequisite === 'string' ? prerequisite : prerequisite.id;
          const needed = byId.get(id);
          if (!needed) {
            problems.push(`${file(entry)} lists prerequisite "${id}", but no lesson has that id (ids: ${[...byId.keys()].join(', ')}).`);
          } else if ((needed.data['order'] as number) >= (entry.data['order'] as number)) {
            problems.push(
              `${file(entry)} (order ${String(entry.data['order'])}) lists prerequisite ${file(needed)} (order ${String(needed.data['order'])}), which does not come before it.`,
            );
          }
        }
      }

      if (problems.length > 0) throw new Error(`Lessons do not fit together:\n  ${problems.join('\n  ')}`);
    },
  };
}

/** Front matter every lesson must carry. The build fails, naming the file, when a field is missing or wrong. */
const lessons = defineCollection({
  loader: lessonLoader(),
  schema: z.object({
    /** Shown as the page heading, in the page title and on the home page; unique across lessons. */
    title: z.string().min(3),
    /** Position in the book: lessons are read in ascending order, and no two share one. */
    order: z.number().int().positive(),
    /** One or two sentences for the home page and the page description. */
    summary: z.string().min(20).max(300),
    /** What the reader can do after the lesson; each starts with a verb. */
    objectives: z.array(z.string().min(5)).min(1),
    /** Lessons to read first, by id (file name without extension); each must come earlier in the book. */
    prerequisites: z.array(reference('lessons')).default([]),
    /** Honest reading-and-playing time, in minutes. */
    minutes: z.number().int().min(1).max(180),
  }),
});

/**
 * The book's parts: each starts at a lesson and runs to the next part's first lesson, and has a review
 * page (content/parts/*.mdx, shown at /parts/<id>/) read after its last lesson. src/components/site/
 * book-order.ts fails the build when the parts do not fit the lessons.
 */
const parts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/parts' }),
  schema: z.object({
    /** The part's number, from 1; parts are read in this order and no two share one. */
    part: z.number().int().positive(),
    /** The part's name, e.g. "Fitting a line"; the review page is titled "Part I in review: <title>". */
    title: z.string().min(3),
    /** One or two sentences for the contents and the page description. */
    summary: z.string().min(20).max(300),
    /** The id of the part's first lesson; the part holds every lesson up to the next part's first. */
    starts: reference('lessons'),
    /** Reading time of the review page, in minutes. */
    minutes: z.number().int().min(1).max(60),
  }),
});

export const collections = { lessons, parts };
