import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Front matter every lesson must carry. The build fails, naming the file, when a field is missing or wrong. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: z.object({
    /** Shown as the page heading and in the table of contents. */
    title: z.string().min(3),
    /** Position in the book: lessons are read in ascending order, and no two share one. */
    order: z.number().int().positive(),
    /** One or two sentences for the home page and the page description. */
    summary: z.string().min(20).max(300),
    /** What the reader can do after the lesson; each starts with a verb. */
    objectives: z.array(z.string().min(5)).min(1),
    /** Lessons to read first, by id (file name without extension). */
    prerequisites: z.array(reference('lessons')).default([]),
    /** Honest reading-and-playing time, in minutes. */
    minutes: z.number().int().min(1).max(180),
  }),
});

export const collections = { lessons };
