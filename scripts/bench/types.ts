/**
 * The shape of a benchmark report (bench-results/*.json). Everything the bench measures lands here;
 * budgets.ts judges it and report.ts prints it.
 */
import type { FrameSummary } from './stats.ts';
import type { SizeTotals } from './sizes.ts';

/** '3d' for a figure with a 3D surface (.surface-view) or a data-figure name containing "3d" or "surface"; '2d' otherwise. */
export type FigureKind = '2d' | '3d';

export interface FigureInfo {
  /** The figure's data-figure name. */
  readonly name: string;
  readonly kind: FigureKind;
}

export type InteractionKind = 'slider' | 'animate' | 'rotate';

export interface InteractionResult {
  readonly figure: string;
  readonly figureKind: FigureKind;
  readonly kind: InteractionKind;
  /** The slider's label, the button's text, or "drag" for a rotation. */
  readonly control: string;
  /** Frame intervals (requestAnimationFrame to requestAnimationFrame) while it ran; null when none were seen. */
  readonly frames: FrameSummary | null;
  readonly longTasks: { readonly count: number; readonly totalMs: number };
  /** The page's main-thread time per frame while it ran, by kind; absent where it was not read. */
  readonly work?: WorkPerFrame | null;
  /**
   * Sliders only: the longest frame after one End or Home key press, from a settled figure, to the
   * far end of the range (sweeps.ts, timeJump); null when no frame was seen. No budget reads it.
   */
  readonly jumpMs?: number | null;
  /**
   * With --sweep-runs above 1: every run's p95 and busy time, in the order run; the rest of this
   * result is the run with the median p95 (stats.ts, medianRun).
   */
  readonly runs?: ReadonlyArray<{ readonly p95: number | null; readonly busyMs: number | null }>;
}

/**
 * Main-thread milliseconds per frame (at the bench's throttle), from Chromium's own counters
 * (Performance.getMetrics): unlike frame times, which come in whole display refreshes, these show
 * a change of a millisecond, so two builds can be compared on the same sweep.
 */
export interface WorkPerFrame {
  /** Style recalculation. */
  readonly styleMs: number;
  /** Layout. */
  readonly layoutMs: number;
  /**
   * Every main-thread task: JavaScript, style, layout, paint, compositing, garbage collection.
   * (Chromium's own script counter is not given: it leaves out microtasks, where Preact renders.)
   */
  readonly taskMs: number;
}

export interface LighthouseResult {
  /** Category scores from 0 to 100, or null when the category did not score. */
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  readonly seo: number | null;
  /** Audits that lost points, per category, so a failing score says why. */
  readonly failed: ReadonlyArray<{ readonly category: string; readonly id: string; readonly title: string; readonly display?: string }>;
  /** Set when Lighthouse could not run on the page. */
  readonly error?: string;
  /** How many runs the scores are the median of. */
  readonly runs?: number;
  /** The lowest and highest performance score among those runs. */
  readonly performanceRange?: readonly [number, number];
}

export interface PageReport {
  /** "home" or the lesson's file name. */
  readonly id: string;
  readonly title: string;
  readonly isLesson: boolean;
  /** Path relative to the site base. */
  readonly path: string;
  readonly figures: readonly FigureInfo[];
  readonly sizes: SizeTotals;
  /** Every request the page made while it loaded, was scrolled through, settled and was swept. */
  readonly requests: number;
  /** From navigation until every figure had a chart and a live island, scrolling to each in turn; null without figures. */
  readonly figuresDrawnMs: number | null;
  /** False when this run skipped the interaction sweeps (then frame budgets are not checked). */
  readonly swept: boolean;
  /** A fixed piece of JavaScript timed on the page just before its sweeps (probe.ts), in ms; null when not swept. */
  readonly probeMs?: number | null;
  readonly interactions: readonly InteractionResult[];
  lighthouse?: LighthouseResult;
  /** Set when the page could not be loaded and measured at all (its other numbers are then empty). */
  readonly error?: string;
  /** Problems the bench saw on the page (console errors, failed requests, a figure that never went live). */
  readonly problems: readonly string[];
}

export interface EngineResult {
  readonly name: string;
  /** What was timed, in words. */
  readonly detail: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

export interface BudgetResult {
  readonly id: string;
  /** What the budget is about: a page, a figure's interaction, or the engine. */
  readonly subject: string;
  /** The limit and the measured value, in `unit`. */
  readonly limit: number;
  readonly actual: number | null;
  readonly unit: string;
  /** null: not checked in this run (e.g. Lighthouse skipped). */
  readonly pass: boolean | null;
  /** One sentence: what was measured against what, and by how much it is over when it fails. */
  readonly message: string;
}

export interface BenchReport {
  readonly startedAt: string;
  durationMs: number;
  readonly environment: {
    readonly node: string;
    readonly chromium: string;
    readonly cpus: number;
    readonly cpuThrottle: number;
    readonly viewport: { readonly width: number; readonly height: number };
    readonly gzipLevel: number;
    /** The slider sweep on a bare page (floor.ts): what any sweep costs on this machine; null when not run. */
    readonly floor?: InteractionResult | null;
    /** How many times each page's sweeps ran, on a freshly opened page each time (absent: once). */
    readonly sweepRuns?: number;
  };
  readonly pages: PageReport[];
  readonly engine: EngineResult[];
  budgets: BudgetResult[];
  passed: boolean;
}
