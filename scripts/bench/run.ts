/**
 * `npm run bench`: builds the site, serves it, measures every page in Debian's Chromium, sweeps every
 * figure at 4× CPU throttle, times the engine, runs Lighthouse on every lesson, checks the budgets,
 * prints tables and writes bench-results/bench-<time>.json (and bench-results/latest.json).
 * Exits 1 when a budget fails, 2 when the bench itself could not run.
 *
 *   node scripts/bench/run.ts [--dist DIR] [--port N] [--no-build] [--pages TEXT]
 *                             [--no-pages] [--no-sweeps] [--no-lighthouse] [--lighthouse-runs N]
 *                             [--sweep-runs N] [--no-engine] [--out FILE]
 *
 * --dist/--port default to $BENCH_DIST_DIR (else <tmp>/downhill-bench-dist) and $BENCH_PORT (else 4399):
 * the bench never touches dist/ or the default preview port. --pages keeps pages whose id contains TEXT.
 * --lighthouse-runs (default 3) is how many times Lighthouse runs on each lesson; the median run counts.
 * --sweep-runs (default 1) is how many times each page's sweeps run, each on a freshly opened page;
 * the run with the median p95 counts, and the report lists every run's p95 and busy time.
 */
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { CPU_THROTTLE, VIEWPORT, launchChromium } from './browser.ts';
import { checkBudgets } from './budgets.ts';
import { runEngineBenchmarks } from './engine.ts';
import { measureFloor } from './floor.ts';
import { LIGHTHOUSE_RUNS, runLighthouse } from './lighthouse.ts';
import { loadPage } from './page-metrics.ts';
import { measureProbe } from './probe.ts';
import { formatReport, writeJson } from './report.ts';
import { GZIP_LEVEL, totalSizes } from './sizes.ts';
import { ROOT, buildSite, serveSite, sitePages, type Server, type SitePage } from './site.ts';
import { combineRuns } from './stats.ts';
import { sweepFigure } from './sweeps.ts';
import type { BenchReport, FigureInfo, InteractionResult, PageReport } from './types.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env['BENCH_DIST_DIR'] ?? join(tmpdir(), 'downhill-bench-dist') },
    port: { type: 'string', default: process.env['BENCH_PORT'] ?? '4399' },
    'no-build': { type: 'boolean', default: false },
    pages: { type: 'string' },
    'no-pages': { type: 'boolean', default: false },
    'no-sweeps': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: String(LIGHTHOUSE_RUNS) },
    'sweep-runs': { type: 'string', default: '1' },
    'no-engine': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const started = Date.now();
const log = (line: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

function unmeasured(sitePage: SitePage, error: string): PageReport {
  return {
    id: sitePage.id,
    title: sitePage.title,
    isLesson: sitePage.isLesson,
    path: sitePage.path,
    figures: [],
    sizes: totalSizes([]),
    requests: 0,
    figuresDrawnMs: null,
    swept: false,
    interactions: [],
    problems: [`could not be measured: ${error}`],
    error,
  };
}

/** How many times each page's sweeps run (--sweep-runs); checked in main. */
const sweepRuns = Number(args['sweep-runs']);

async function measurePages(browser: Browser, server: Server): Promise<PageReport[]> {
  const pages = sitePages().filter((p) => !args.pages || p.id.includes(args.pages));
  const reports: PageReport[] = [];
  for (const sitePage of pages) {
    let load: Awaited<ReturnType<typeof loadPage>>;
    try {
      load = await loadPage(browser, server.origin, sitePage);
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`${sitePage.id}: could not be measured: ${message}`);
      reports.push(unmeasured(sitePage, message));
      continue;
    }
    const sweepProblems: string[] = [];
    const sweepAll = async (page: Page, figures: readonly FigureInfo[]): Promise<InteractionResult[]> => {
      const results: InteractionResult[] = [];
      for (const figure of figures) {
        try {
          results.push(...(await sweepFigure(page, figure)));
        } catch (error) {
          const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
          sweepProblems.push(`sweeping figure "${figure.name}" failed: ${message}`);
          // Recorded as an interaction without frames, which fails its frame budget.
          results.push({ figure: figure.name, figureKind: figure.kind, kind: 'slider', control: '(sweep failed)', frames: null, longTasks: { count: 0, totalMs: 0 } });
        }
      }
      return results;
    };
    let interactions: InteractionResult[] = [];
    let probeMs: number | null = null;
    if (!args['no-sweeps']) {
      probeMs = await measureProbe(load.page);
      const runs = [await sweepAll(load.page, load.figures)];
      // Each further run on a page opened afresh, cold as the first: the same sweeps, in the same order.
      for (let r = 1; r < sweepRuns; r++) {
        const again = await loadPage(browser, server.origin, sitePage);
        try {
          runs.push(await sweepAll(again.page, again.figures));
          // A console error or failed request in any run is a problem of the page.
          sweepProblems.push(...again.problems);
        } finally {
          await again.context.close();
        }
      }
      interactions = sweepRuns === 1 ? runs[0]! : combineRuns(runs);
    }
    await load.page.waitForLoadState('networkidle').catch(() => undefined);
    const { sizes, requests } = await load.collect();
    await load.context.close();
    reports.push({
      id: sitePage.id,
      title: sitePage.title,
      isLesson: sitePage.isLesson,
      path: sitePage.path,
      figures: load.figures,
      sizes,
      requests,
      figuresDrawnMs: load.figuresDrawnMs,
      swept: !args['no-sweeps'],
      probeMs,
      interactions,
      // load.problems keeps filling while the page is open, so it holds what the sweeps provoked too.
      problems: [...new Set([...load.problems, ...sweepProblems])],
    });
    log(`${sitePage.id}: ${load.figures.length} figure(s), ${interactions.length} sweep(s)`);
  }
  return reports;
}

async function main(): Promise<number> {
  const dist = args.dist;
  const port = Number(args.port);
  const wantPages = !args['no-pages'];
  const wantLighthouse = wantPages && !args['no-lighthouse'];
  const lighthouseRuns = Number(args['lighthouse-runs']);
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error(`--lighthouse-runs must be a whole number of at least 1, not "${args['lighthouse-runs']}"`);
  if (!Number.isInteger(sweepRuns) || sweepRuns < 1) throw new Error(`--sweep-runs must be a whole number of at least 1, not "${args['sweep-runs']}"`);
  let chromiumVersion = 'not started';
  let pages: PageReport[] = [];
  let floor: InteractionResult | null = null;

  if (wantPages) {
    if (!args['no-build']) {
      log(`building the site into ${dist}`);
      await buildSite(dist);
    }
    const server = await serveSite(dist, port);
    log(`serving ${dist} at ${server.origin}`);
    try {
      const browser = await launchChromium();
      chromiumVersion = browser.version();
      try {
        if (!args['no-sweeps']) {
          floor = await measureFloor(browser);
          log('floor: swept a bare page with one slider');
        }
        pages = await measurePages(browser, server);
      } finally {
        await browser.close();
      }
      if (wantLighthouse) {
        const lessons = pages.filter((p) => p.isLesson);
        log(`Lighthouse on ${lessons.length} lesson page(s), ${lighthouseRuns} run(s) each`);
        const results = await runLighthouse(
          lessons.map((p) => server.origin + p.path),
          lighthouseRuns,
          log,
        );
        for (const page of lessons) {
          const result = results.get(server.origin + page.path);
          if (result) page.lighthouse = result;
        }
      }
    } finally {
      await server.close();
    }
  }

  const engine = args['no-engine'] ? [] : (log('engine micro-benchmarks'), await runEngineBenchmarks());

  const report: BenchReport = {
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    environment: {
      node: process.version,
      chromium: chromiumVersion,
      cpus: cpus().length,
      cpuThrottle: CPU_THROTTLE,
      viewport: VIEWPORT,
      gzipLevel: GZIP_LEVEL,
      floor,
      ...(sweepRuns > 1 ? { sweepRuns } : {}),
    },
    pages,
    engine,
    budgets: [],
    passed: false,
  };
  const { budgets, passed } = checkBudgets(report);
  report.budgets = budgets;
  report.passed = passed;
  report.durationMs = Date.now() - started;

  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const out = args.out ?? join(ROOT, 'bench-results', `bench-${stamp}.json`);
  writeJson(out, report);
  writeJson(join(ROOT, 'bench-results', 'latest.json'), report);
  console.log(formatReport(report));
  console.log(`report: ${out} (also bench-results/latest.json)`);
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
