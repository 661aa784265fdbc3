/**
 * The build cuts KaTeX's fonts to the characters the formulas draw. On a throwaway site made of real
 * KaTeX output and KaTeX's real fonts: each font keeps exactly the glyphs it had among those
 * characters, gets a new name from its new content, and every reference follows the renames.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import katex from 'katex';
import subsetFont from 'subset-font';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, formulaCharacters, rehashedName, subsetKatexFonts } from '../../../src/lib/katex-font-subset.mjs';

const fontsDir = resolve(import.meta.dirname, '../../../node_modules/katex/dist/fonts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function codepoints(woff2: Buffer): Promise<Set<number>> {
  const sfnt = await fontverter.convert(woff2, 'truetype');
  const face = new Face(new Blob(new Uint8Array(sfnt)));
  return new Set(face.collectUnicodes());
}

const FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic', 'KaTeX_AMS-Regular', 'KaTeX_Size1-Regular'];

/** A site with two pages of formulas, a page with none, KaTeX's stylesheet and four of its fonts, all hashed as Astro names them. */
function makeSite(): { dir: string; cssName: string; fontNames: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'downhill-katex-fonts-'));
  dirs.push(dir);
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'lessons/one'), { recursive: true });
  const fontNames = new Map<string, string>();
  for (const font of FONTS) {
    const name = `${font}.Ab12Cd34.woff2`;
    copyFileSync(join(fontsDir, `${font}.woff2`), join(dir, '_astro', name));
    fontNames.set(font, name);
  }
  const css = FONTS.map((font) => `@font-face{font-family:${font.replace('KaTeX_', 'KaTeX_').split('-')[0]};src:url(/_astro/${fontNames.get(font)}) format("woff2"),url(/_astro/${font}.Zz99Yy88.woff) format("woff")}`).join('');
  const cssName = 'katex.Qw12Er34.css';
  writeFileSync(join(dir, '_astro', cssName), css);
  const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/_astro/${cssName}"></head><body>${body}</body></html>`;
  writeFileSync(join(dir, 'lessons/one/index.html'), page(`<p>Prose with letters KaTeX never draws: zebra.</p>${katex.renderToString('w \\leftarrow w - \\eta\\,\\frac{\\partial L}{\\partial w}')}`));
  writeFileSync(join(dir, 'index.html'), page(katex.renderToString('\\left( \\sum_i x_i^2 \\right) \\geq 0', { displayMode: true })));
  writeFileSync(join(dir, 'about.html'), page('<p>No formulas here.</p>'));
  writeFileSync(join(dir, '_astro/island.js'), `import("/_astro/${cssName}");`);
  return { dir, cssName, fontNames };
}

describe('formula characters', () => {
  it('reads the visual copy of each formula, not the MathML beside it nor the prose', () => {
    const html = `<p>zebra</p>${katex.renderToString('\\alpha + 1')}`;
    const characters = formulaCharacters(html);
    expect(characters).toEqual(new Set(['α', '+', '1']));
  });

  it('finds nothing in a page without formulas', () => {
    expect(formulaCharacters('<p>Plain text.</p>').size).toBe(0);
  });
});

describe('content-hashed names', () => {
  it('replaces only the hash part, from the content', () => {
    const bytes = Buffer.from('some font bytes');
    expect(rehashedName('KaTeX_Main-Regular.B22Nviop.woff2', bytes)).toBe(`KaTeX_Main-Regular.${contentHash(bytes)}.woff2`);
    expect(contentHash(bytes)).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(contentHash(Buffer.from('other bytes'))).not.toBe(contentHash(bytes));
  });

  it('refuses a name without a hash', () => {
    expect(() => rehashedName('font.woff2', Buffer.from('x'))).toThrow(/no content hash/);
  });
});

describe('subsetting a built site', async () => {
  const { dir, cssName, fontNames } = makeSite();
  const drawn = new Set<string>();
  for (const page of ['lessons/one/index.html', 'index.html']) for (const c of formulaCharacters(readFileSync(join(dir, page), 'utf8'))) drawn.add(c);
  const report = await subsetKatexFonts(dir, (bytes: Buffer, text: string) => subsetFont(bytes, text, { targetFormat: 'woff2' }));
  const assets = readdirSync(join(dir, '_astro'));

  it('keeps, in each font, the glyphs it had for the drawn characters (and equation-number digits), and hardly any other', async () => {
    const wanted = new Set([...drawn, ...'()0123456789'].map((c) => c.codePointAt(0)!));
    for (const font of FONTS) {
      const original = await codepoints(readFileSync(join(fontsDir, `${font}.woff2`)));
      const name = assets.find((file) => file.startsWith(`${font}.`) && file.endsWith('.woff2'))!;
      const kept = await codepoints(readFileSync(join(dir, '_astro', name)));
      const needed = [...original].filter((cp) => wanted.has(cp));
      expect(needed.filter((cp) => !kept.has(cp)), font).toEqual([]);
      expect([...kept].filter((cp) => !original.has(cp)), font).toEqual([]);
      // HarfBuzz may keep a glyph or two that a kept glyph's layout rules reach (≤ beside ≥).
      expect(kept.size, font).toBeLessThanOrEqual(needed.length + 3);
      expect(kept.size, font).toBeLessThan(original.size / 2);
    }
    expect(report.characters).toBe(new Set([...drawn, ...'()0123456789']).size);
  });

  it('makes every font smaller and names it by its new content', () => {
    for (const font of FONTS) {
      const name = assets.find((file) => file.startsWith(`${font}.`) && file.endsWith('.woff2'))!;
      expect(name).toBe(rehashedName(fontNames.get(font)!, readFileSync(join(dir, '_astro', name))));
      expect(existsSync(join(dir, '_astro', fontNames.get(font)!))).toBe(false);
      const entry = report.fonts.find((f) => f.name === name)!;
      expect(entry.after).toBeLessThan(entry.before);
    }
  });

  it('renames the stylesheet and points it, every page and every script at the new files', () => {
    expect(existsSync(join(dir, '_astro', cssName))).toBe(false);
    const css = assets.find((file) => file.startsWith('katex.') && file.endsWith('.css'))!;
    expect(report.stylesheets).toEqual([`_astro/${css}`]);
    const cssText = readFileSync(join(dir, '_astro', css), 'utf8');
    for (const font of FONTS) {
      const name = assets.find((file) => file.startsWith(`${font}.`) && file.endsWith('.woff2'))!;
      expect(cssText).toContain(`url(/_astro/${name})`);
    }
    // The WOFF fallbacks are not cut, so their names stay.
    expect(cssText).toContain('KaTeX_Main-Regular.Zz99Yy88.woff');
    for (const page of ['lessons/one/index.html', 'index.html', 'about.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      expect(html).toContain(`href="/_astro/${css}"`);
      expect(html).not.toContain(cssName);
    }
    expect(readFileSync(join(dir, '_astro/island.js'), 'utf8')).toBe(`import("/_astro/${css}");`);
  });

  it('leaves a site without KaTeX fonts alone', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'downhill-katex-none-'));
    dirs.push(empty);
    writeFileSync(join(empty, 'index.html'), '<p>x</p>');
    expect(await subsetKatexFonts(empty, () => Promise.reject(new Error('not called')))).toEqual({ characters: 0, fonts: [], stylesheets: [] });
  });
});
