import { describe, expect, it } from 'vitest';
import { medianResult, type Lhr } from '../../../scripts/bench/lighthouse.ts';
import { lighthouseNotes } from '../../../scripts/bench/report.ts';
import type { PageReport } from '../../../scripts/bench/types.ts';

/** A Lighthouse result with only what the median and the summary read. */
function run(performance: number, fcp: number, interactive: number): Lhr {
  const category = (score: number, auditRefs: unknown[] = []) => ({ score, auditRefs });
  return {
    categories: {
      performance: category(performance, [{ id: 'total-blocking-time', weight: 30 }]),
      accessibility: category(1),
      'best-practices': category(1),
      seo: category(1),
    },
    audits: {
      'first-contentful-paint': { numericValue: fcp },
      interactive: { numericValue: interactive },
      'total-blocking-time': { score: performance, title: 'Total Blocking Time', displayValue: `${Math.round((1 - performance) * 1000)} ms` },
    },
  } as unknown as Lhr;
}

describe('the median of several Lighthouse runs', () => {
  it('reports the run nearest the median first paint and time to interactive, with the spread of scores', () => {
    const result = medianResult([run(0.86, 1200, 4000), run(0.99, 1500, 2500), run(0.95, 1400, 3000)]);
    expect(result?.performance).toBe(95);
    expect(result?.runs).toBe(3);
    expect(result?.performanceRange).toEqual([86, 99]);
    expect(result?.accessibility).toBe(100);
    expect(result?.failed).toEqual([{ category: 'performance', id: 'total-blocking-time', title: 'Total Blocking Time', display: '50 ms' }]);
  });

  it('leaves out runs without a first paint or time to interactive', () => {
    const result = medianResult([run(0.5, Number.NaN, 4000), run(0.97, 1300, 2800)]);
    expect(result?.runs).toBe(1);
    expect(result?.performance).toBe(97);
  });

  it('has no result when no run produced one', () => {
    expect(medianResult([])).toBeNull();
    expect(medianResult([run(0.9, Number.NaN, Number.NaN)])).toBeNull();
  });

  it('says in the notes when a low score is a median, and of what', () => {
    const page = {
      id: '10-cross-entropy',
      isLesson: true,
      lighthouse: { performance: 91, accessibility: 100, bestPractices: 100, seo: 100, failed: [], runs: 3, performanceRange: [86, 99] },
    } as unknown as PageReport;
    expect(lighthouseNotes([page])).toContain('10-cross-entropy: performance 91 is the median of 3 runs, which scored 86 to 99');
  });
});
