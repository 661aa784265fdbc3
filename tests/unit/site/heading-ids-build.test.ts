/**
 * A real build of a lesson whose two headings share an id fails and names the lesson; the same lesson
 * with distinct ids builds, and its page and table of contents use the explicit id.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];

function buildWith(lesson: string): { status: number | null; output: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'downhill-ids-'));
  dirs.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  for (const file of readdirSync(join(dir, 'content/lessons'))) rmSync(join(dir, 'content/lessons', file));
  writeFileSync(join(dir, 'content/lessons/01-ids.mdx'), lesson);
  // The copy's one lesson makes a one-part book.
  for (const file of readdirSync(join(dir, 'content/parts'))) rmSync(join(dir, 'content/parts', file));
  writeFileSync(join(dir, 'content/parts/1-only.mdx'), '---\npart: 1\ntitle: The only part\nsummary: A one-lesson book made by a test, to see what the build says.\nstarts: 01-ids\nminutes: 1\n---\n\nThe takeaways.\n');
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}

const front = `---
title: Heading ids
order: 1
summary: A lesson that exists only to check what the build does with explicit heading ids.
objectives:
  - Notice the error message
minutes: 5
---
`;

describe('explicit heading ids in a real build', () => {
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('fails when two headings of a lesson share an id, naming the file', () => {
    const { status, output } = buildWith(`${front}\n## Residuals \\{#residuals\\}\n\nOne.\n\n## Residuals again \\{#residuals\\}\n\nTwo.\n`);
    expect(status).not.toBe(0);
    expect(output).toMatch(/01-ids\.mdx: two headings share an id/);
  }, 130_000);

  it('builds distinct explicit ids into the page and its table of contents', () => {
    const { status, output, dir } = buildWith(`${front}\n## Residuals: how far off? \\{#residuals\\}\n\nOne.\n\n## Fit \\{#fit\\}\n\nTwo.\n`);
    expect(status, output).toBe(0);
    const html = readFileSync(join(dir, 'dist/lessons/01-ids/index.html'), 'utf8');
    expect(html).toContain('<h2 id="residuals">Residuals: how far off?</h2>');
    expect(html).toMatch(/<a href="#residuals"[^>]*>Residuals: how far off\?<\/a>/);
    expect(html).not.toContain('\\{#');
    expect(html).not.toContain('{#residuals}');
  }, 130_000);
});
