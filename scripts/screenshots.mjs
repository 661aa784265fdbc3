#!/usr/bin/env node
// Screenshots of pages of a running site, at several sizes, in the light and the dark theme.
//
//   npx astro build && npx astro preview --port 4400 &   (then stop it with its PID when done)
//   node scripts/screenshots.mjs [options] <path or URL>...
//
//   node scripts/screenshots.mjs / /lessons/01-a-line-through-noisy-points/
//   node scripts/screenshots.mjs --full --sizes 360x800 --themes dark /lessons/01-a-line-through-noisy-points/
//
// Options:
//   --base URL        prefix for paths that are not full URLs (default http://localhost:4400)
//   --out DIR         where the PNGs go (default screenshots/, which git ignores)
//   --sizes WxH,...   viewport sizes (default 360x800,1280x900)
//   --themes a,b      light and/or dark (default light,dark)
//   --full            the whole page in one tall image, not just the first screen
//   --screens N       N successive screens, scrolling one viewport each time (files end -s1, -s2, …)
//   --scroll SEL      scroll the element matching SEL to the top of the screen first (e.g. "#residuals")
//   --wait MS         extra wait after load, for islands to settle (default 300)
//
// Files are named <page>-<width>x<height>-<theme>[-full|-sN].png. Viewports under 700px wide emulate
// a touch screen (hover: none, pointer: coarse); motion is reduced so pictures do not depend on
// timing. The run fails if a page answers with an error status, logs a console error, or scrolls
// sideways (is wider than its viewport).
//
// Uses the Chromium at $CHROMIUM_PATH or /usr/bin/chromium (see scripts/ensure-chromium.mjs); never
// downloads one.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const options = { base: 'http://localhost:4400', out: 'screenshots', sizes: '360x800,1280x900', themes: 'light,dark', full: false, screens: 1, scroll: '', wait: 300 };
const targets = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--full') options.full = true;
  else if (arg === '--help' || arg === '-h') {
    console.log('usage: node scripts/screenshots.mjs [--base URL] [--out DIR] [--sizes 360x800,1280x900] [--themes light,dark] [--full] [--screens N] [--scroll SEL] [--wait MS] <path or URL>...');
    process.exit(0);
  } else if (arg.startsWith('--')) {
    const key = arg.slice(2);
    if (!(key in options) || i + 1 >= args.length) throw new Error(`unknown option or missing value: ${arg}`);
    options[key] = key === 'wait' || key === 'screens' ? Number(args[++i]) : args[++i];
  } else targets.push(arg);
}
if (targets.length === 0) targets.push('/');

const sizes = options.sizes.split(',').map((size) => {
  const match = /^(\d+)x(\d+)$/.exec(size.trim());
  if (!match) throw new Error(`invalid size; expected WIDTHxHEIGHT: ${size}`);
  return { width: Number(match[1]), height: Number(match[2]) };
});
const themes = options.themes.split(',').map((theme) => theme.trim());
for (const theme of themes) if (theme !== 'light' && theme !== 'dark') throw new Error(`invalid theme; expected light or dark: ${theme}`);

const outDir = resolve(options.out);
mkdirSync(outDir, { recursive: true });

/** "/lessons/01-a-line/" → "lessons-01-a-line"; "/" → "home". */
function nameOf(target) {
  const path = new URL(target, options.base).pathname.replace(/^\/+|\/+$/g, '');
  return path === '' ? 'home' : path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const problems = [];
try {
  for (const target of targets) {
    const url = new URL(target, options.base).href;
    for (const theme of themes) {
      for (const size of sizes) {
        // Reduced motion: smooth scrolling and transitions would make the pictures depend on timing.
        const context = await browser.newContext({ viewport: size, colorScheme: theme, reducedMotion: 'reduce', deviceScaleFactor: 1, hasTouch: size.width < 700 });
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: theme });
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${url} (${theme} ${size.width}px): console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${url} (${theme} ${size.width}px): ${error.message}`));
        const response = await page.goto(url, { waitUntil: 'networkidle' });
        if (!response || !response.ok()) problems.push(`${url}: HTTP ${response?.status() ?? 'no response'}`);
        await page.evaluate(() => document.fonts.ready);
        if (options.scroll) {
          const found = await page.evaluate((selector) => {
            const el = document.querySelector(selector);
            el?.scrollIntoView({ block: 'start', behavior: 'instant' });
            return el !== null;
          }, options.scroll);
          if (!found) console.warn(`${url}: nothing matches --scroll ${options.scroll}; showing the top of the page`);
        }
        await page.waitForTimeout(options.wait);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${url} (${theme} ${size.width}px): the page scrolls sideways by ${overflow}px`);
        const stem = join(outDir, `${nameOf(target)}-${size.width}x${size.height}-${theme}${options.full ? '-full' : ''}`);
        if (options.screens > 1 && !options.full) {
          for (let screen = 1; screen <= options.screens; screen += 1) {
            if (screen > 1) {
              const moved = await page.evaluate(() => {
                const before = scrollY;
                scrollBy({ top: innerHeight, behavior: 'instant' });
                return scrollY !== before;
              });
              if (!moved) break;
              await page.waitForTimeout(options.wait);
            }
            await page.screenshot({ path: `${stem}-s${screen}.png` });
            console.log(`${stem}-s${screen}.png`);
          }
        } else {
          // A whole-page picture is taken without scrolling, so lesson text that skips layout off
          // screen (prose.css) would come out blank: it is laid out for the picture. A style rather
          // than the class, which the lesson's own script may still add after this point.
          if (options.full) await page.addStyleTag({ content: '.skip-offscreen > *, .skip-offscreen > astro-island > * { content-visibility: visible !important; }' });
          await page.screenshot({ path: `${stem}.png`, fullPage: options.full });
          console.log(`${stem}.png`);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
