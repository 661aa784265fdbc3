// KaTeX's fonts cut down to the characters the site's formulas use. KaTeX ships whole fonts
// (Main-Regular alone is 26 KB of WOFF2) and a lesson page loads four to six of them: about a
// quarter of everything the page weighs. All formulas here are rendered at build time, so after
// the build we know every character any formula can show; each font keeps only those glyphs.
//
// A subset font gets a new content-hashed name, and so does the stylesheet that names it, with
// every page that links that stylesheet edited to match: a browser that cached the old, larger
// files under their immutable names never meets a changed file under an old name.
//
// Only the WOFF2 files are cut. The stylesheet's WOFF and TTF fallbacks stay whole; no browser
// that reads WOFF2 ever asks for them.
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** Characters KaTeX's stylesheet itself may draw (equation numbers), whatever the formulas hold. */
const STYLESHEET_CHARACTERS = '()0123456789';

/** KaTeX's font files under the build's asset folder, e.g. `KaTeX_Main-Regular.B22Nviop.woff2`. */
const KATEX_WOFF2 = /^KaTeX_[A-Za-z0-9-]+\.[A-Za-z0-9_-]+\.woff2$/;

/** Files whose text may name an asset: pages, stylesheets, scripts, feeds. */
const TEXT_FILE = /\.(html|css|js|mjs|xml|json|txt|webmanifest)$/;

/** Every file under `dir`, as paths. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The characters KaTeX draws in one page: the text of each formula's visual copy (`.katex-html`).
 * The MathML copy beside it is read by assistive technology, never drawn in KaTeX's fonts.
 */
export function formulaCharacters(html) {
  const { document } = parseHTML(html);
  const characters = new Set();
  for (const formula of document.querySelectorAll('.katex-html')) for (const character of formula.textContent ?? '') characters.add(character);
  return characters;
}

/** Astro's style of content hash for a file name: 8 URL-safe base64 characters. */
export function contentHash(bytes) {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
}

/** `name.OLDHASH.ext` renamed for new content: `name.NEWHASH.ext`. */
export function rehashedName(fileName, bytes) {
  const parts = fileName.split('.');
  if (parts.length < 3) throw new Error(`${fileName} has no content hash to replace`);
  parts[parts.length - 2] = contentHash(bytes);
  return parts.join('.');
}

/**
 * Cuts every KaTeX WOFF2 under `siteDir` down to the characters of the site's formulas, renames the
 * fonts and their stylesheets by their new content and rewrites every reference. Returns what it did.
 * `subset(bytes, text)` makes the WOFF2 subset (subset-font in the build; replaceable in a test).
 */
export async function subsetKatexFonts(siteDir, subset) {
  const files = await filesUnder(siteDir);
  const fonts = files.filter((file) => KATEX_WOFF2.test(basename(file)));
  if (fonts.length === 0) return { characters: 0, fonts: [], stylesheets: [] };

  const characters = new Set(STYLESHEET_CHARACTERS);
  for (const file of files.filter((f) => f.endsWith('.html'))) for (const c of formulaCharacters(await readFile(file, 'utf8'))) characters.add(c);
  const text = [...characters].sort().join('');

  /** Old file name → new file name, for every file this step replaces. */
  const renamed = new Map();
  const fontReport = [];
  for (const file of fonts) {
    const before = await readFile(file);
    const after = await subset(before, text);
    const name = rehashedName(basename(file), after);
    await writeFile(join(dirname(file), name), after);
    await rm(file);
    renamed.set(basename(file), name);
    fontReport.push({ name, before: before.length, after: after.length });
  }

  // The stylesheets that name a font change, so they are renamed too, before the pages are edited.
  const stylesheets = [];
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const css = await readFile(file, 'utf8');
    const edited = replaceNames(css, renamed);
    if (edited === css) continue;
    const name = rehashedName(basename(file), edited);
    await writeFile(join(dirname(file), name), edited);
    if (name !== basename(file)) await rm(file);
    renamed.set(basename(file), name);
    stylesheets.push(relative(siteDir, join(dirname(file), name)));
  }

  for (const file of files.filter((f) => TEXT_FILE.test(f) && !f.endsWith('.css'))) {
    let body;
    try {
      body = await readFile(file, 'utf8');
    } catch {
      continue; // a stylesheet renamed above
    }
    const edited = replaceNames(body, renamed);
    if (edited !== body) await writeFile(file, edited);
  }
  return { characters: characters.size, fonts: fontReport, stylesheets };
}

/** `text` with each old asset name replaced by its new one, matched as a whole file name. */
function replaceNames(text, renamed) {
  let out = text;
  for (const [from, to] of renamed) out = out.replace(new RegExp(`(?<![A-Za-z0-9_.-])${escapeRegExp(from)}(?![A-Za-z0-9_-])`, 'g'), to);
  return out;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** @returns {import('astro').AstroIntegration} */
export function katexFontSubset() {
  return {
    name: 'downhill-katex-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { default: subsetFont } = await import('subset-font');
        const site = fileURLToPath(dir);
        const done = await subsetKatexFonts(site, (bytes, text) => subsetFont(bytes, text, { targetFormat: 'woff2' }));
        const before = done.fonts.reduce((sum, f) => sum + f.before, 0);
        const after = done.fonts.reduce((sum, f) => sum + f.after, 0);
        logger.info(`KaTeX fonts cut to the ${done.characters} characters the formulas use: ${done.fonts.length} WOFF2 files, ${(before / 1000).toFixed(1)} KB → ${(after / 1000).toFixed(1)} KB`);
      },
    },
  };
}
