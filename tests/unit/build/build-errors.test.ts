/**
 * An author's mistake must stop the build with a message that says where it is. These tests build
 * a throwaway copy of the site with one broken lesson and read what the build says.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];

/** A copy of the site whose only lesson is `lesson`, built once; returns the exit code and output. */
function buildWith(lesson: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'downhill-build-'));
  dirs.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (const file of readdirSync(join(dir, 'content/lessons'))) rmSync(join(dir, 'content/lessons', file));
  writeFileSync(join(dir, 'content/lessons/01-broken.mdx'), lesson);
  // The copy's one lesson makes a one-part book.
  for (const file of readdirSync(join(dir, 'content/parts'))) rmSync(join(dir, 'content/parts', file));
  writeFileSync(join(dir, 'content/parts/1-only.mdx'), '---\npart: 1\ntitle: The only part\nsummary: A one-lesson book made by a test, to see what the build says.\nstarts: 01-broken\nminutes: 1\n---\n\nThe takeaways.\n');
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const frontMatter = (fields: string) => `---\n${fields}\n---\n`;
const good = {
  title: 'title: A broken lesson',
  order: 'order: 1',
  summary: 'summary: A lesson that exists only to check what the build says about mistakes.',
  objectives: 'objectives:\n  - Notice the error message',
  minutes: 'minutes: 5',
};

describe('the build names the lesson an author broke', () => {
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('fails on a formula KaTeX cannot parse, naming the file and line', () => {
    const lesson = `${frontMatter(Object.values(good).join('\n'))}\n## Section\n\nFine $x^2$ and broken $\\frac{1}{$ here.\n`;
    const { status, output } = buildWith(lesson);
    expect(status).not.toBe(0);
    expect(output).toMatch(/KaTeX could not render/);
    expect(output).toMatch(/01-broken\.mdx:\d+/);
  }, 130_000);

  it('fails on a front-matter field of the wrong type, naming the file and the field', () => {
    const lesson = `${frontMatter(Object.values({ ...good, minutes: 'minutes: fifteen' }).join('\n'))}\nText.\n`;
    const { status, output } = buildWith(lesson);
    expect(status).not.toBe(0);
    expect(output).toMatch(/01-broken/);
    expect(output).toMatch(/minutes/);
  }, 130_000);

  it('fails on a missing required field', () => {
    const { title: _omitted, ...rest } = good;
    const { status, output } = buildWith(`${frontMatter(Object.values(rest).join('\n'))}\nText.\n`);
    expect(status).not.toBe(0);
    expect(output).toMatch(/01-broken/);
    expect(output).toMatch(/title/);
  }, 130_000);

  it('succeeds on a correct lesson, so the failures above are about the mistakes', () => {
    const { status, output } = buildWith(`${frontMatter(Object.values(good).join('\n'))}\n## Section\n\nFine $x^2$.\n`);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  }, 130_000);
});

// Keeps the copy honest: the real lessons directory must exist where the copy expects it.
readFileSync(join(root, 'content/lessons/01-a-line-through-noisy-points.mdx'), 'utf8');
