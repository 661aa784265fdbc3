/**
 * Lighthouse (the npm package) on each lesson page with its default, mobile preset (a phone-sized
 * screen, simulated slow 4G and 4× CPU), driving Debian's Chromium: $CHROME_PATH, else
 * /usr/bin/chromium, started here with DESIGN.md's flags and a DevTools port. Lighthouse never
 * downloads a browser.
 *
 * Its performance score moves from run to run with the machine's load (on two busy cores, one page
 * scored 86 and 99 a minute apart), so each page is run several times, the pages taking turns, and
 * the run Lighthouse's own `computeMedianRun` picks (nearest the median first paint and time to
 * interactive) is the one reported, as Lighthouse's documentation on variability advises.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';
import type { LighthouseResult } from './types.ts';

/** Lighthouse runs per page by default; the median run is reported. */
export const LIGHTHOUSE_RUNS = 3;

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

export type Lhr = Parameters<typeof computeMedianRun>[0][number];

/** The scores of one run, and the audits that lost points. */
function summarize(lhr: Lhr): LighthouseResult {
  const failed: Array<{ category: string; id: string; title: string; display?: string }> = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const display = audit.displayValue;
      failed.push({ category, id: ref.id, title: audit.title, ...(display ? { display } : {}) });
    }
  }
  return {
    performance: toPoints(lhr.categories['performance']?.score),
    accessibility: toPoints(lhr.categories['accessibility']?.score),
    bestPractices: toPoints(lhr.categories['best-practices']?.score),
    seo: toPoints(lhr.categories['seo']?.score),
    failed,
  };
}

/**
 * One page's result from its runs: the median run's scores, with how many runs there were and the
 * lowest and highest performance score among them. Null when no run produced a result.
 */
export function medianResult(runs: readonly Lhr[]): LighthouseResult | null {
  const valid = filterToValidRuns([...runs]);
  if (!valid.length) return null;
  const median = summarize(computeMedianRun(valid));
  const scores = valid.map((lhr) => toPoints(lhr.categories['performance']?.score)).filter((v): v is number => v !== null);
  return { ...median, runs: valid.length, ...(scores.length ? { performanceRange: [Math.min(...scores), Math.max(...scores)] as const } : {}) };
}

/** Runs Lighthouse `runs` times on each URL in one browser, the pages taking turns. */
export async function runLighthouse(urls: readonly string[], runs = LIGHTHOUSE_RUNS, log: (line: string) => void = () => {}): Promise<Map<string, LighthouseResult>> {
  const { default: lighthouse } = await import('lighthouse');
  const done = new Map<string, Lhr[]>(urls.map((url) => [url, []]));
  const errors = new Map<string, string>();
  const chromium = await startChromium();
  try {
    for (let round = 1; round <= runs; round++) {
      for (const url of urls) {
        const started = Date.now();
        try {
          const run = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
          if (!run) throw new Error('Lighthouse returned no result');
          const { lhr } = run;
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          done.get(url)!.push(lhr);
        } catch (error) {
          errors.set(url, error instanceof Error ? error.message : String(error));
        }
        log(`  lighthouse ${round}/${runs} ${url} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
  } finally {
    await chromium.close();
  }
  const results = new Map<string, LighthouseResult>();
  for (const url of urls) {
    const result = medianResult(done.get(url)!);
    results.set(url, result ?? { performance: null, accessibility: null, bestPractices: null, seo: null, failed: [], error: errors.get(url) ?? 'no run produced a result' });
  }
  return results;
}
