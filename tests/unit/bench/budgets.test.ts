import { describe, expect, it } from 'vitest';
import { BUDGETS, MSE_GRID_LARGE, MSE_GRID_SMALL, checkBudgets, engineBudgets, frameBudgets, lighthouseBudgets, pageSizeBudgets } from '../../../scripts/bench/budgets.ts';
import { totalSizes, type ResourceKind } from '../../../scripts/bench/sizes.ts';
import type { EngineResult, InteractionResult, PageReport } from '../../../scripts/bench/types.ts';

function sizes(gzipByKind: Partial<Record<ResourceKind, number>>) {
  return totalSizes(Object.entries(gzipByKind).map(([kind, gzip]) => ({ kind: kind as ResourceKind, size: { raw: gzip * 3, gzip } })));
}

function page(overrides: Partial<PageReport> = {}): PageReport {
  return {
    id: '02-measuring-error',
    title: 'Measuring error',
    isLesson: true,
    path: 'lessons/02-measuring-error/',
    figures: [{ name: 'mse', kind: '2d' }],
    sizes: sizes({ html: 20_000, js: 60_000, css: 15_000, font: 50_000 }),
    requests: 12,
    figuresDrawnMs: 800,
    swept: true,
    interactions: [],
    problems: [],
    ...overrides,
  };
}

function sweep(p95: number | null, figureKind: '2d' | '3d' = '2d'): InteractionResult {
  return {
    figure: 'mse',
    figureKind,
    kind: figureKind === '3d' ? 'rotate' : 'slider',
    control: 'Slope',
    frames: p95 === null ? null : { frames: 40, p50: 16.7, p95, max: p95 },
    longTasks: { count: 0, totalMs: 0 },
  };
}

describe('page size budgets', () => {
  it('pass a lesson under both limits', () => {
    const results = pageSizeBudgets(page());
    expect(results.map((r) => [r.id, r.pass])).toEqual([
      ['lesson-js', true],
      ['lesson-total', true],
    ]);
  });

  it('fail JavaScript over 100 KB gzip and say by how much', () => {
    const [js] = pageSizeBudgets(page({ sizes: sizes({ js: 102_300 }) }));
    expect(js?.pass).toBe(false);
    expect(js?.actual).toBeCloseTo(102.3, 6);
    expect(js?.message).toContain('over by 2.3 KB');
  });

  it('allow exactly the limit', () => {
    const [js] = pageSizeBudgets(page({ sizes: sizes({ js: BUDGETS.lessonJsGzipKb * 1000 }) }));
    expect(js?.pass).toBe(true);
  });

  it('count fonts, CSS and HTML in the 200 KB total', () => {
    const results = pageSizeBudgets(page({ sizes: sizes({ html: 30_000, js: 90_000, css: 20_000, font: 70_000 }) }));
    const total = results.find((r) => r.id === 'lesson-total');
    expect(total?.pass).toBe(false);
    expect(total?.actual).toBeCloseTo(210, 6);
    expect(total?.message).toContain('over by 10.0 KB');
  });

  it('want no JavaScript at all on a page without figures', () => {
    const home = page({ id: 'home', isLesson: false, figures: [], sizes: sizes({ html: 9000, css: 6000 }) });
    expect(pageSizeBudgets(home)).toEqual([expect.objectContaining({ id: 'no-figures-no-js', pass: true })]);
    const leaky = page({ id: 'home', isLesson: false, figures: [], sizes: sizes({ html: 9000, js: 900 }) });
    const [result] = pageSizeBudgets(leaky);
    expect(result?.pass).toBe(false);
    expect(result?.message).toMatch(/loads 1 script/);
  });

  it('apply the no-JavaScript rule to a lesson without figures as well', () => {
    const results = pageSizeBudgets(page({ figures: [], sizes: sizes({ js: 2000 }) }));
    expect(results.find((r) => r.id === 'no-figures-no-js')?.pass).toBe(false);
  });
});

describe('frame budgets', () => {
  it('hold 2D figures to 17 ms and 3D figures to 34 ms at p95', () => {
    const results = frameBudgets(page({ interactions: [sweep(16.7), sweep(33.3), sweep(33.3, '3d'), sweep(50, '3d')] }));
    expect(results.map((r) => r.pass)).toEqual([true, false, true, false]);
    expect(results.map((r) => r.limit)).toEqual([17, 17, 34, 34]);
    expect(results[1]?.message).toContain('over by 16.3 ms');
  });

  it('fail an interaction where no frame was measured', () => {
    const [result] = frameBudgets(page({ interactions: [sweep(null)] }));
    expect(result?.pass).toBe(false);
    expect(result?.message).toMatch(/no frames/);
  });

  it('are not checked (neither pass nor fail) when sweeps were skipped', () => {
    const results = frameBudgets(page({ swept: false }));
    expect(results).toHaveLength(1);
    expect(results[0]?.pass).toBeNull();
  });
});

describe('Lighthouse budgets', () => {
  const scores = { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, failed: [] };

  it('pass at or above the limits', () => {
    expect(lighthouseBudgets(page({ lighthouse: scores })).every((r) => r.pass === true)).toBe(true);
  });

  it('fail each category below its limit and say by how much', () => {
    const results = lighthouseBudgets(page({ lighthouse: { ...scores, performance: 94, seo: 92 } }));
    expect(results.filter((r) => r.pass === false).map((r) => r.id)).toEqual(['lighthouse-performance', 'lighthouse-seo']);
    expect(results.find((r) => r.id === 'lighthouse-seo')?.message).toContain('short by 8');
  });

  it('fail a page Lighthouse could not rate, and skip one it did not run on', () => {
    expect(lighthouseBudgets(page({ lighthouse: { ...scores, performance: null } }))[0]?.pass).toBe(false);
    expect(lighthouseBudgets(page({ lighthouse: { ...scores, error: 'NO_FCP' } }))[0]?.pass).toBe(false);
    expect(lighthouseBudgets(page())[0]?.pass).toBeNull();
    expect(lighthouseBudgets(page({ isLesson: false }))).toEqual([]);
  });
});

describe('engine budget', () => {
  const result = (name: string, medianMs: number): EngineResult => ({ name, detail: '', medianMs, minMs: medianMs, runs: 10 });

  it('passes when the large grid is within 2× of the small one', () => {
    const [budget] = engineBudgets([result(MSE_GRID_SMALL, 0.3), result(MSE_GRID_LARGE, 0.55)]);
    expect(budget?.pass).toBe(true);
    expect(budget?.actual).toBeCloseTo(0.55 / 0.3, 9);
  });

  it('fails when the grid grows with n', () => {
    const [budget] = engineBudgets([result(MSE_GRID_SMALL, 0.3), result(MSE_GRID_LARGE, 30)]);
    expect(budget?.pass).toBe(false);
    expect(budget?.message).toContain('100.00×');
  });

  it('fails when a grid case is missing, and is not checked when the engine did not run', () => {
    expect(engineBudgets([result(MSE_GRID_SMALL, 0.3)])[0]?.pass).toBe(false);
    expect(engineBudgets([])[0]?.pass).toBeNull();
  });
});

describe('checkBudgets', () => {
  it('fails the run when any budget fails, but not for budgets that were not checked', () => {
    const ok = checkBudgets({ pages: [page({ lighthouse: { performance: 99, accessibility: 100, bestPractices: 100, seo: 100, failed: [] } })], engine: [] });
    expect(ok.passed).toBe(true);
    expect(ok.budgets.some((b) => b.pass === null)).toBe(true);
    const bad = checkBudgets({ pages: [page({ interactions: [sweep(40)] })], engine: [] });
    expect(bad.passed).toBe(false);
  });
});

describe('a page the bench could not load', () => {
  it('fails the run instead of passing its size budgets on zero bytes', () => {
    const broken = page({ sizes: sizes({}), error: 'page.goto: Timeout 60000ms exceeded' });
    const { budgets, passed } = checkBudgets({ pages: [broken], engine: [] });
    expect(passed).toBe(false);
    expect(budgets.map((b) => b.id)).toEqual(['page-measured', 'mse-grid-growth']);
    expect(budgets[0]?.message).toContain('Timeout');
  });
});
