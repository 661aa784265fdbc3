/**
 * The budgets `npm run bench` enforces, and the pure check that compares a report with them.
 * A failing budget fails the bench (exit code 1), never the unit tests. Do not loosen a number here
 * to make a run pass: fix the page, or let the bench say by how much it is over.
 */
import type { BenchReport, BudgetResult, EngineResult, FigureKind, PageReport } from './types.ts';
import { kb } from './sizes.ts';

export const BUDGETS = {
  /** Gzipped JavaScript on any lesson page, in KB (1000 bytes). */
  lessonJsGzipKb: 100,
  /** Gzipped bytes of everything a lesson page loads (HTML, CSS, JS, fonts, images), in KB. */
  lessonTotalGzipKb: 200,
  /** p95 frame time in ms at 4× CPU throttle, per figure kind. */
  frameP95Ms: { '2d': 17, '3d': 34 } satisfies Record<FigureKind, number>,
  /** The MSE grid for n = 100 000 may take at most this many times as long as for n = 100. */
  mseGridGrowth: 2,
  /** Lighthouse (mobile preset) minimum scores, 0–100. */
  lighthouse: { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 },
} as const;

/** Engine benchmark names the growth budget compares. */
export const MSE_GRID_SMALL = 'mse-grid-200x200-n100';
export const MSE_GRID_LARGE = 'mse-grid-200x200-n100000';

const fmt = (x: number, digits = 1) => x.toFixed(digits);

function atMost(id: string, subject: string, actual: number, limit: number, unit: string, what: string): BudgetResult {
  const pass = actual <= limit;
  const message = pass
    ? `${subject}: ${what} ${fmt(actual)} ${unit} ≤ ${fmt(limit)} ${unit}`
    : `${subject}: ${what} ${fmt(actual)} ${unit} > ${fmt(limit)} ${unit} (over by ${fmt(actual - limit)} ${unit})`;
  return { id, subject, limit, actual, unit, pass, message };
}

function atLeast(id: string, subject: string, actual: number | null, limit: number, what: string): BudgetResult {
  if (actual === null) return { id, subject, limit, actual, unit: 'points', pass: false, message: `${subject}: ${what} has no score (Lighthouse could not rate it)` };
  const pass = actual >= limit;
  const message = pass ? `${subject}: ${what} ${actual} ≥ ${limit}` : `${subject}: ${what} ${actual} < ${limit} (short by ${limit - actual})`;
  return { id, subject, limit, actual, unit: 'points', pass, message };
}

/** Size and no-JavaScript budgets of one page. */
export function pageSizeBudgets(page: PageReport): BudgetResult[] {
  const out: BudgetResult[] = [];
  const subject = page.id;
  if (page.isLesson) {
    out.push(atMost('lesson-js', subject, kb(page.sizes.js.gzip), BUDGETS.lessonJsGzipKb, 'KB', 'JavaScript (gzip)'));
    out.push(atMost('lesson-total', subject, kb(page.sizes.total.gzip), BUDGETS.lessonTotalGzipKb, 'KB', 'everything loaded (gzip)'));
  }
  if (page.figures.length === 0) {
    const js = page.sizes.js;
    const pass = js.requests === 0;
    out.push({
      id: 'no-figures-no-js',
      subject,
      limit: 0,
      actual: kb(js.gzip),
      unit: 'KB',
      pass,
      message: pass
        ? `${subject}: no figures and no JavaScript`
        : `${subject}: has no figures but loads ${js.requests} script(s), ${fmt(kb(js.gzip))} KB gzip (should be none)`,
    });
  }
  return out;
}

/** Frame-time budgets of every interaction on a page (p95 at 4× throttle, by figure kind). */
export function frameBudgets(page: PageReport): BudgetResult[] {
  if (!page.swept) {
    return page.figures.length === 0
      ? []
      : [{ id: 'frame-p95', subject: page.id, limit: BUDGETS.frameP95Ms['2d'], actual: null, unit: 'ms', pass: null, message: `${page.id}: frame times not measured (sweeps skipped)` }];
  }
  return page.interactions.map((interaction) => {
    const limit = BUDGETS.frameP95Ms[interaction.figureKind];
    const subject = `${page.id} › ${interaction.figure} › ${interaction.kind} ${JSON.stringify(interaction.control)}`;
    if (!interaction.frames) {
      return { id: 'frame-p95', subject, limit, actual: null, unit: 'ms', pass: false, message: `${subject}: no frames were measured` };
    }
    return atMost('frame-p95', subject, interaction.frames.p95, limit, 'ms', `p95 frame (${interaction.figureKind})`);
  });
}

/** Lighthouse score budgets of a lesson page; `pass: null` when Lighthouse did not run. */
export function lighthouseBudgets(page: PageReport): BudgetResult[] {
  if (!page.isLesson) return [];
  const lh = page.lighthouse;
  const limits = BUDGETS.lighthouse;
  if (!lh) {
    return [{ id: 'lighthouse', subject: page.id, limit: limits.performance, actual: null, unit: 'points', pass: null, message: `${page.id}: Lighthouse not run` }];
  }
  if (lh.error) {
    return [{ id: 'lighthouse', subject: page.id, limit: limits.performance, actual: null, unit: 'points', pass: false, message: `${page.id}: Lighthouse failed: ${lh.error}` }];
  }
  return [
    atLeast('lighthouse-performance', page.id, lh.performance, limits.performance, 'Lighthouse performance'),
    atLeast('lighthouse-accessibility', page.id, lh.accessibility, limits.accessibility, 'Lighthouse accessibility'),
    atLeast('lighthouse-best-practices', page.id, lh.bestPractices, limits.bestPractices, 'Lighthouse best practices'),
    atLeast('lighthouse-seo', page.id, lh.seo, limits.seo, 'Lighthouse SEO'),
  ];
}

/** The MSE grid's cost must not grow with the number of points. */
export function engineBudgets(engine: readonly EngineResult[]): BudgetResult[] {
  const small = engine.find((e) => e.name === MSE_GRID_SMALL);
  const large = engine.find((e) => e.name === MSE_GRID_LARGE);
  if (!small || !large) {
    return engine.length === 0
      ? [{ id: 'mse-grid-growth', subject: 'engine', limit: BUDGETS.mseGridGrowth, actual: null, unit: '×', pass: null, message: 'engine: micro-benchmarks not run' }]
      : [{ id: 'mse-grid-growth', subject: 'engine', limit: BUDGETS.mseGridGrowth, actual: null, unit: '×', pass: false, message: 'engine: the MSE grid benchmarks are missing' }];
  }
  const ratio = large.medianMs / Math.max(small.medianMs, Number.MIN_VALUE);
  const subject = 'engine';
  const pass = ratio <= BUDGETS.mseGridGrowth;
  const message = `${subject}: MSE grid n = 100 000 takes ${fmt(ratio, 2)}× as long as n = 100 (${fmt(large.medianMs, 2)} ms vs ${fmt(small.medianMs, 2)} ms; limit ${BUDGETS.mseGridGrowth}×)`;
  return [{ id: 'mse-grid-growth', subject, limit: BUDGETS.mseGridGrowth, actual: ratio, unit: '×', pass, message }];
}

/** Every budget for a report; `passed` is false when any budget failed (skipped ones do not count). */
export function checkBudgets(report: Pick<BenchReport, 'pages' | 'engine'>): { budgets: BudgetResult[]; passed: boolean } {
  const budgets = [
    ...report.pages.flatMap((page) =>
      page.error === undefined
        ? [...pageSizeBudgets(page), ...frameBudgets(page), ...lighthouseBudgets(page)]
        : [{ id: 'page-measured', subject: page.id, limit: 0, actual: null, unit: '', pass: false, message: `${page.id}: could not be measured: ${page.error}` }],
    ),
    ...engineBudgets(report.engine),
  ];
  return { budgets, passed: budgets.every((b) => b.pass !== false) };
}
