/**
 * The lessons the e2e tests expect, read from content/lessons/*.mdx: the file name gives
 * the page (/lessons/<name>/, relative to the site base), the front matter gives `title`
 * and `order`. Only those two scalar fields are read, so a tiny parser suffices.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export interface LessonEntry {
  /** File name without .mdx, e.g. "01-a-line-through-noisy-points". */
  id: string;
  title: string;
  order: number;
  /** Path relative to the site base, e.g. "lessons/01-a-line-through-noisy-points/". */
  path: string;
  file: string;
}

export const LESSONS_DIR = fileURLToPath(new URL('../../../content/lessons/', import.meta.url));

/** Reads one top-level scalar (`key: value`) from YAML front matter; quotes are honoured. */
function scalar(frontMatter: string, key: string, file: string): string {
  const match = new RegExp(`^${key}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(frontMatter);
  const value = match?.[1];
  if (!value) throw new Error(`${file}: front matter has no "${key}:" line`);
  const raw = value.replace(/[ \t]+#.*$/, '');
  if (raw.startsWith('"')) return JSON.parse(raw) as string;
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/** Every lesson under content/lessons, sorted by `order`. */
export function readLessons(dir = LESSONS_DIR): LessonEntry[] {
  const files = readdirSync(dir)
    .filter((name: string) => name.endsWith('.mdx'))
    .sort();
  const lessons = files.map((name: string): LessonEntry => {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (frontMatter === undefined) throw new Error(`${file}: no front matter block`);
    const order = Number(scalar(frontMatter, 'order', file));
    if (!Number.isFinite(order)) throw new Error(`${file}: order is not a number`);
    const id = name.replace(/\.mdx$/, '');
    return { id, title: scalar(frontMatter, 'title', file), order, path: `lessons/${id}/`, file };
  });
  return lessons.sort((a: LessonEntry, b: LessonEntry) => a.order - b.order);
}

export interface PartEntry {
  /** File name without .mdx, e.g. "1-fitting-a-line". */
  id: string;
  title: string;
  /** Path relative to the site base, e.g. "parts/1-fitting-a-line/". */
  path: string;
  /** The id of its first lesson (front matter `starts`). */
  starts: string;
}

export const PARTS_DIR = fileURLToPath(new URL('../../../content/parts/', import.meta.url));

/** Every part's review page under content/parts, sorted by file name (which starts with the part number). */
export function readParts(dir = PARTS_DIR): PartEntry[] {
  return readdirSync(dir)
    .filter((name: string) => name.endsWith('.mdx'))
    .sort()
    .map((name: string): PartEntry => {
      const file = join(dir, name);
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
      if (frontMatter === undefined) throw new Error(`${file}: no front matter block`);
      const id = name.replace(/\.mdx$/, '');
      return { id, title: scalar(frontMatter, 'title', file), path: `parts/${id}/`, starts: scalar(frontMatter, 'starts', file) };
    });
}
