/**
 * The bench's printed tables and its JSON file. Formatting is pure (a report in, text out).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { kb } from './sizes.ts';
import type { BenchReport, BudgetResult, InteractionResult, PageReport } from './types.ts';

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align: string): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number) => (align[i] === 'r' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const line = (r: readonly string[]) => r.map((t, i) => cell(t, i)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const n1 = (x: number) => x.toFixed(1);
const ms = (x: number | null | undefined) => (x === null || x === undefined ? '–' : Math.round(x).toString());

function worstP95(page: PageReport, kind: '2d' | '3d'): string {
  const values = page.interactions.filter((i) => i.figureKind === kind && i.frames).map((i) => i.frames!.p95);
  return values.length ? n1(Math.max(...values)) : '–';
}

function scores(page: PageReport): string {
  const lh = page.lighthouse;
  if (!page.isLesson) return '';
  if (!lh) return 'not run';
  if (lh.error) return 'error';
  const s = (v: number | null) => (v === null ? '?' : String(v));
  return `${s(lh.performance)}/${s(lh.accessibility)}/${s(lh.bestPractices)}/${s(lh.seo)}`;
}

/**
 * One row per page: sizes (KB = 1000 bytes, gzip level 9), requests, figure time, worst p95s, the
 * machine probe before its sweeps, Lighthouse.
 */
export function pagesTable(pages: readonly PageReport[]): string {
  return table(
    ['page', 'figs', 'JS gz', 'JS raw', 'CSS gz', 'font gz', 'all gz', 'req', 'drawn ms', 'p95 2D', 'p95 3D', 'probe ms', 'LH p/a/bp/seo'],
    pages.map((p) => [
      p.id,
      String(p.figures.length),
      n1(kb(p.sizes.js.gzip)),
      n1(kb(p.sizes.js.raw)),
      n1(kb(p.sizes.css.gzip)),
      n1(kb(p.sizes.font.gzip)),
      n1(kb(p.sizes.total.gzip)),
      String(p.requests),
      ms(p.figuresDrawnMs),
      worstP95(p, '2d'),
      worstP95(p, '3d'),
      p.probeMs === undefined || p.probeMs === null ? '–' : n1(p.probeMs),
      scores(p),
    ]),
    'lrrrrrrrrrrrl',
  );
}

/** One row per interaction: frame times and long tasks. */
export function interactionsTable(pages: readonly PageReport[]): string {
  // Sweeps run more than once (--sweep-runs): the row is the median run; the last column lists all.
  const repeated = pages.some((p) => p.interactions.some((i) => i.runs !== undefined));
  const rows = pages.flatMap((p) =>
    p.interactions.map((i) => [
      `${p.id.slice(0, 2)} ${i.figure}`,
      i.figureKind,
      i.kind,
      i.control.length > 28 ? `${i.control.slice(0, 27)}…` : i.control,
      i.frames ? String(i.frames.frames) : '0',
      i.frames ? n1(i.frames.p50) : '–',
      i.frames ? n1(i.frames.p95) : '–',
      i.frames ? n1(i.frames.max) : '–',
      String(i.longTasks.count),
      String(i.longTasks.totalMs),
      i.work ? n1(i.work.styleMs + i.work.layoutMs) : '–',
      i.work ? n1(i.work.taskMs) : '–',
      i.jumpMs === undefined || i.jumpMs === null ? '–' : n1(i.jumpMs),
      ...(repeated ? [(i.runs ?? []).map((r) => (r.p95 === null ? '–' : n1(r.p95))).join(' ')] : []),
    ]),
  );
  if (rows.length === 0) return '(no figures with interactions)';
  const head = ['figure', 'kind', 'sweep', 'control', 'frames', 'p50 ms', 'p95 ms', 'max ms', 'long', 'long ms', 'style+layout', 'busy ms/f', 'jump ms'];
  return repeated ? table([...head, 'p95 of each run'], rows, 'lllllrrrrrrrrl') : table(head, rows, 'lllllrrrrrrrr');
}

export function engineTable(report: Pick<BenchReport, 'engine'>): string {
  if (report.engine.length === 0) return '(engine micro-benchmarks not run)';
  return table(
    ['engine case', 'median ms', 'min ms', 'runs', 'what'],
    report.engine.map((e) => [e.name, e.medianMs.toFixed(2), e.minMs.toFixed(2), String(e.runs), e.detail]),
    'lrrrl',
  );
}

export function budgetLines(budgets: readonly BudgetResult[]): string {
  const failed = budgets.filter((b) => b.pass === false);
  const skipped = budgets.filter((b) => b.pass === null);
  const passed = budgets.filter((b) => b.pass === true);
  const lines = [`budgets: ${passed.length} passed, ${failed.length} failed, ${skipped.length} not checked`];
  for (const b of failed) lines.push(`  FAIL ${b.message}`);
  for (const b of skipped) lines.push(`  skip ${b.message}`);
  return lines.join('\n');
}

/** Lighthouse audits that cost points, for pages below a score budget. */
export function lighthouseNotes(pages: readonly PageReport[]): string {
  const lines: string[] = [];
  for (const page of pages) {
    const lh = page.lighthouse;
    if (!lh) continue;
    if (lh.error) lines.push(`${page.id}: Lighthouse error: ${lh.error}`);
    if (lh.runs && lh.runs > 1 && lh.performanceRange && (lh.performance ?? 0) < 95) {
      lines.push(`${page.id}: performance ${lh.performance} is the median of ${lh.runs} runs, which scored ${lh.performanceRange[0]} to ${lh.performanceRange[1]}`);
    }
    const shown = lh.failed.filter((f) => f.category !== 'performance' || (lh.performance ?? 0) < 95);
    for (const f of shown) lines.push(`${page.id}: [${f.category}] ${f.title}${f.display ? ` (${f.display})` : ''}`);
  }
  return lines.join('\n');
}

/** The floor (floor.ts) as one line above the frame table. */
export function floorLine(floor: InteractionResult | null | undefined, throttle: number): string {
  const what = `Floor (a bare page with one slider and its number, ${throttle}× throttle):`;
  if (!floor?.frames) return `${what} not measured`;
  const f = floor.frames;
  const busy = floor.work ? `; busy ${n1(floor.work.taskMs)} ms per frame` : '';
  return `${what} p50 ${n1(f.p50)} ms, p95 ${n1(f.p95)} ms, max ${n1(f.max)} ms${busy}`;
}

export function formatReport(report: BenchReport): string {
  const sections = [
    `Pages (KB = 1000 bytes; gzip level 9; CPU throttled ${report.environment.cpuThrottle}×; viewport ${report.environment.viewport.width}×${report.environment.viewport.height})`,
    pagesTable(report.pages),
    '',
    `Frame times while sweeping (rAF intervals at ${report.environment.cpuThrottle}× throttle; budget p95 ≤ 17 ms for 2D, ≤ 34 ms for 3D; style+layout and busy are main-thread ms per frame)` +
      (report.environment.sweepRuns ? `; each sweep ran ${report.environment.sweepRuns} times on a fresh page, and a row is the run with the median p95` : ''),
    floorLine(report.environment.floor, report.environment.cpuThrottle),
    interactionsTable(report.pages),
    '',
    'Engine micro-benchmarks (Node, no throttle)',
    engineTable(report),
  ];
  const notes = lighthouseNotes(report.pages);
  if (notes) sections.push('', 'Lighthouse audits losing points', notes);
  const problems = report.pages.flatMap((p) => p.problems.map((text) => `${p.id}: ${text}`));
  if (problems.length) sections.push('', 'Problems seen on pages', ...problems.slice(0, 30));
  sections.push('', budgetLines(report.budgets), '', `bench: ${report.passed ? 'PASS' : 'FAIL'} in ${(report.durationMs / 1000).toFixed(0)} s`);
  return sections.join('\n');
}

export function writeJson(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
