/**
 * Every lesson, opened with random and hostile page addresses: query strings and hashes carrying huge
 * and tiny numbers, NaN, Infinity, negative counts, script strings, 10 000-character values, for
 * random keys and for every key of every figure spec in src/figures/, both bare (`?w=…`) and addressed
 * to each figure on the page (`?line-fit.w=…`).
 *
 * Whatever the address says, the page renders (one <h1>), every figure goes live with an <svg> or a
 * <canvas>, no figure readout shows "NaN", nothing in the address is executed (the scripts it carries
 * would set `window.__pwned` or open a dialog), and the guard sees no console error, page error or
 * failed request. A figure that reads the address (it sits in FigureFrame, whose <figure> has
 * id = data-figure) must also show its note saying which settings were adjusted: every address
 * below starts with a setting no figure has, so such a figure always has something to report.
 *
 * The addresses are random but seeded: ROBUSTNESS_SEED=<n> replays a run (the seed is in each test's
 * title); by default the seed is fixed so CI is reproducible.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import type { FigureSpec, Param } from '../../src/state/figure-spec.ts';
import { expect, test } from './support/guard.ts';
import { readLessons } from './support/lessons.ts';

const SEED = Number(process.env['ROBUSTNESS_SEED'] ?? 20_261_124) >>> 0;
const FIGURES_DIR = fileURLToPath(new URL('../../src/figures/', import.meta.url));
/** Longest query string the site reads (src/state/address.ts); the note is only expected for what fits. */
const READ_LIMIT = 4096;

/** A small seeded generator (mulberry32): the same seed gives the same addresses. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/** Every exported figure spec in src/figures/*.ts (anything whose entries all look like a Param). */
async function figureSpecs(): Promise<Array<{ file: string; name: string; spec: FigureSpec }>> {
  const out: Array<{ file: string; name: string; spec: FigureSpec }> = [];
  for (const file of readdirSync(FIGURES_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const module = (await import(pathToFileURL(`${FIGURES_DIR}${file}`).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isSpec(value)) out.push({ file, name, spec: value });
    }
  }
  return out;
}

function isSpec(value: unknown): value is FigureSpec {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length > 0 && entries.every((p) => p !== null && typeof p === 'object' && typeof (p as Param).label === 'string' && ['number', 'integer', 'boolean', 'choice'].includes((p as Param).kind));
}

const NUMBERS = ['1e308', '-1e308', '1e-308', '5e-324', '-0', 'NaN', '-NaN', 'Infinity', '-Infinity', '-1', '-100000', '9007199254740993', '0x10', '1_000', '1,5', '', ' ', '.', '1e', '--1'];
const SCRIPTS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "javascript:window.__pwned=1",
  "'-alert(1)-'",
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<svg onload=alert(1)>',
  '</figure><script>alert(1)</script>',
];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', '.', '..', 'a'.repeat(300), '<b>', '%zz', '💥', '\u202e'];
const HASHES = ['', '#', '#NaN', '#-1', `#${'x'.repeat(10_000)}`, '#<img src=x onerror=window.__pwned=1>', '#%E0%A4%A', '#javascript:alert(1)', '#__proto__'];

interface Address {
  /** The query string with its "?". */
  readonly search: string;
  readonly hash: string;
}

// Each family is one page load per lesson; numbers and long values share one to keep the suite's time down.
type Family = 'numbers and long values' | 'scripts' | 'random keys';

/**
 * One hostile address. `figures` are the data-figure names on the page; `keys` every key of every spec.
 * The first pair for each figure is a setting nobody has, so a figure that reads the address has
 * something to report even when the rest is cut at READ_LIMIT.
 */
function hostileAddress(family: Family, figures: readonly string[], keys: readonly string[], rand: () => number): Address {
  const params = new URLSearchParams();
  for (const figure of figures) params.append(`${figure}.no-such-setting`, pick(rand, NUMBERS));
  const targets = (key: string) => [key, ...figures.map((figure) => `${figure}.${key}`)];
  switch (family) {
    case 'numbers and long values': {
      for (const key of keys) for (const name of targets(key)) params.append(name, pick(rand, NUMBERS));
      // Then 10 000-character values, which the read limit cuts somewhere inside (or leaves unread).
      const key = keys.length > 0 ? pick(rand, keys) : 'x';
      params.append(figures.length > 0 ? `${figures[0]}.${key}` : key, '9'.repeat(10_000));
      for (const name of targets(key)) params.append(name, `${'1'.repeat(200)}e${'9'.repeat(100)}`);
      break;
    }
    case 'scripts':
      for (const key of keys) for (const name of targets(key)) params.append(name, pick(rand, SCRIPTS));
      for (const key of ODD_KEYS) params.append(key, pick(rand, SCRIPTS));
      break;
    case 'random keys': {
      const alphabet = 'abcxyz019.-_[]%$<>"\'=&#?/\\ σ∞';
      for (let i = 0; i < 30; i += 1) {
        const length = 1 + Math.floor(rand() * 12);
        let name = '';
        for (let k = 0; k < length; k += 1) name += pick(rand, [...alphabet]);
        if (rand() < 0.5 && figures.length > 0) name = `${pick(rand, figures)}.${name}`;
        params.append(name, pick(rand, [...NUMBERS, ...SCRIPTS]));
      }
      for (const key of keys) if (rand() < 0.5) params.append(pick(rand, targets(key)), pick(rand, [...NUMBERS, ...SCRIPTS]));
      for (const key of ODD_KEYS) params.append(key, pick(rand, NUMBERS));
      break;
    }
  }
  const hash = family === 'numbers and long values' ? `#${'x'.repeat(10_000)}` : pick(rand, HASHES);
  return { search: `?${params.toString()}`, hash };
}

/** data-figure names in the page's server-rendered HTML. */
async function figuresOf(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  expect(response.status(), `GET /${path}`).toBe(200);
  const html = await response.text();
  return [...new Set([...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!))];
}

/** Scrolls to each figure and waits until its island is live. */
async function hydrateFigures(page: Page): Promise<void> {
  const figures = page.locator('[data-figure]');
  for (let i = 0, count = await figures.count(); i < count; i += 1) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await expect
      .poll(() => figure.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr') ?? false), { message: `figure ${i + 1} should hydrate` })
      .toBe(false);
  }
}

const lessons = readLessons();
const FAMILIES: readonly Family[] = ['numbers and long values', 'scripts', 'random keys'];

test.describe(`hostile page addresses (seed ${SEED})`, () => {
  for (const [lessonIndex, lesson] of lessons.entries()) {
    for (const [familyIndex, family] of FAMILIES.entries()) {
      test(`${lesson.id}: ${family}`, async ({ page, request }) => {
        const specs = await figureSpecs();
        expect(specs.length, 'src/figures/ should export at least one figure spec').toBeGreaterThan(0);
        const keys = [...new Set(specs.flatMap(({ spec }) => Object.keys(spec)))];
        const figures = await figuresOf(request, lesson.path);
        const rand = random(SEED + lessonIndex * 101 + familyIndex * 7);
        const address = hostileAddress(family, figures, keys, rand);
        test.info().annotations.push({ type: 'address', description: `${lesson.path}${address.search.slice(0, 300)}${address.search.length > 300 ? '…' : ''}` });

        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });

        const response = await page.goto(lesson.path + address.search + address.hash);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('h1')).toHaveText(lesson.title);
        await hydrateFigures(page);

        for (const name of figures) {
          const figure = page.locator(`[data-figure="${name}"]`);
          await expect(figure.locator('svg, canvas').first(), `figure "${name}" should have a chart`).toBeVisible();
          // Readouts and chart labels, without the address note (which may quote "NaN" back).
          const shown = await figure.evaluate((el) => {
            const copy = el.cloneNode(true) as HTMLElement;
            for (const note of Array.from(copy.querySelectorAll('[data-testid="address-note"]'))) note.remove();
            return copy.textContent ?? '';
          });
          expect(shown, `figure "${name}" should not show NaN`).not.toMatch(/\bNaN\b/);

          const readsAddress = await figure.evaluate((el) => el.id !== '' && el.id === el.getAttribute('data-figure'));
          const firstPairFits = address.search.indexOf(`${encodeURIComponent(name)}.no-such-setting=`) < READ_LIMIT;
          if (readsAddress && firstPairFits) {
            const note = figure.getByTestId('address-note');
            await expect(note, `figure "${name}" reads the address, so it should say what it adjusted`).toBeVisible();
            await expect(note.locator('li').first()).toBeVisible();
          }
        }

        const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
        expect(pwned, 'a script string from the address ran').toBeUndefined();
        expect(dialogs, 'a script string from the address opened a dialog').toEqual([]);
      });
    }
  }
});
