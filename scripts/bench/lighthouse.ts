/**
 * Lighthouse (the npm package) on each lesson page with its default, mobile preset (a phone-sized
 * screen, simulated slow 4G and 4× CPU), driving Debian's Chromium: $CHROME_PATH, else
 * /usr/bin/chromium, started here with DESIGN.md's flags and a DevTools port. Lighthouse never
 * downloads a browser.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';
import type { LighthouseResult } from './types.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Chromium {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts a headless Chromium with a DevTools port and resolves once it listens. */
async function startChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'downhill-lighthouse-'));
  const child = spawn(CHROMIUM_PATH, ['--headless', ...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    // Chromium's helper processes can still be writing to the profile for a moment after it exits; a
    // profile left in the temp folder is not worth failing the bench for.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // left for the system's temp cleanup
    }
  };
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port within 30 s: ${stderr.slice(-500)}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port: ${stderr.slice(-500)}`));
    });
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}

/** Turns a 0–1 category score into 0–100 (null when the category did not score). */
export function toPoints(score: number | null | undefined): number | null {
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

/** Runs Lighthouse on each URL in one browser, one page after another. */
export async function runLighthouse(urls: readonly string[], log: (line: string) => void = () => {}): Promise<Map<string, LighthouseResult>> {
  const { default: lighthouse } = await import('lighthouse');
  const results = new Map<string, LighthouseResult>();
  const chromium = await startChromium();
  try {
    for (const url of urls) {
      const started = Date.now();
      try {
        const run = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!run) throw new Error('Lighthouse returned no result');
        const { lhr } = run;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const failed: Array<{ category: string; id: string; title: string; display?: string }> = [];
        for (const category of CATEGORIES) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
            const display = audit.displayValue;
            failed.push({ category, id: ref.id, title: audit.title, ...(display ? { display } : {}) });
          }
        }
        results.set(url, {
          performance: toPoints(lhr.categories['performance']?.score),
          accessibility: toPoints(lhr.categories['accessibility']?.score),
          bestPractices: toPoints(lhr.categories['best-practices']?.score),
          seo: toPoints(lhr.categories['seo']?.score),
          failed,
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results.set(url, { performance: null, accessibility: null, bestPractices: null, seo: null, failed: [], error: message });
      }
      log(`  lighthouse ${url} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await chromium.close();
  }
  return results;
}
