import { describe, expect, it } from 'vitest';
import { floorLine, formatReport, interactionsTable, pagesTable } from '../../../scripts/bench/report.ts';
import { workPerFrame } from '../../../scripts/bench/sweeps.ts';
import type { BenchReport, PageReport } from '../../../scripts/bench/types.ts';

const floor = { figure: 'floor', figureKind: '2d' as const, kind: 'slider' as const, control: 'Value', frames: { frames: 41, p50: 16.7, p95: 33.3, max: 50 }, longTasks: { count: 0, totalMs: 0 } };

describe('the floor line', () => {
  it('gives the bare page’s frame times, or says it was not measured', () => {
    expect(floorLine(floor, 4)).toBe('Floor (a bare page with one slider and its number, 4× throttle): p50 16.7 ms, p95 33.3 ms, max 50.0 ms');
    expect(floorLine(null, 4)).toMatch(/not measured$/);
    expect(floorLine({ ...floor, frames: null }, 4)).toMatch(/not measured$/);
  });

  it('is printed above the frame table', () => {
    const report: BenchReport = {
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 1000,
      environment: { node: 'v20', chromium: '1', cpus: 2, cpuThrottle: 4, viewport: { width: 1280, height: 900 }, gzipLevel: 9, floor },
      pages: [],
      engine: [],
      budgets: [],
      passed: true,
    };
    const text = formatReport(report);
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Frame times while sweeping'));
    expect(lines[header + 1]).toBe(floorLine(floor, 4));
  });
});

describe('main-thread work per frame', () => {
  it('is the growth of Chromium’s counters (seconds) over the sweep, in milliseconds per frame', () => {
    const before = { ScriptDuration: 1, RecalcStyleDuration: 0.5, LayoutDuration: 0.25, TaskDuration: 3 };
    const after = { ScriptDuration: 1.2, RecalcStyleDuration: 0.54, LayoutDuration: 0.33, TaskDuration: 3.6 };
    const work = workPerFrame(before, after, 40)!;
    expect(Object.keys(work).sort()).toEqual(['layoutMs', 'styleMs', 'taskMs']);
    expect(work.styleMs).toBeCloseTo(1, 9);
    expect(work.layoutMs).toBeCloseTo(2, 9);
    expect(work.taskMs).toBeCloseTo(15, 9);
  });

  it('is absent when a reading is missing, a counter is unknown, or no frame was seen', () => {
    const counters = { ScriptDuration: 1, RecalcStyleDuration: 1, LayoutDuration: 1, TaskDuration: 1 };
    expect(workPerFrame(null, counters, 40)).toBeNull();
    expect(workPerFrame(counters, { ...counters, TaskDuration: undefined as unknown as number }, 40)).toBeNull();
    expect(workPerFrame(counters, counters, 0)).toBeNull();
  });

  it('is printed in the frame table, with a dash where it was not read', () => {
    const page = { id: '01-a-line', title: 'A line', isLesson: true, path: '/lessons/01-a-line/', figures: [], sizes: null, requests: 0, figuresDrawnMs: 0, swept: true, problems: [] };
    const read = { ...floor, figure: 'line-fit', control: 'Your slope w', work: { styleMs: 1, layoutMs: 2.5, taskMs: 14.5 } };
    const rows = interactionsTable([{ ...page, interactions: [read, { ...read, control: 'Samples', work: null }] } as unknown as PageReport]).split('\n');
    expect(rows[0]).toMatch(/ long ms +style\+layout +busy ms\/f +jump ms$/);
    expect(rows.find((r) => r.includes('Your slope w'))).toMatch(/ 0 +3\.5 +14\.5 +–$/);
    expect(rows.find((r) => r.includes('Samples'))).toMatch(/ 0 +– +– +–$/);
  });

  it('lists every run\'s p95 in a last column when sweeps ran more than once, and only then', () => {
    const page = { id: '01-a-line', title: 'A line', isLesson: true, path: '/lessons/01-a-line/', figures: [], sizes: null, requests: 0, figuresDrawnMs: 0, swept: true, problems: [] };
    const read = { ...floor, figure: 'line-fit', control: 'Your slope w', runs: [{ p95: 33.4, busyMs: 15 }, { p95: 16.7, busyMs: 12 }, { p95: null, busyMs: null }] };
    const rows = interactionsTable([{ ...page, interactions: [read] } as unknown as PageReport]).split('\n');
    expect(rows[0]).toMatch(/ jump ms +p95 of each run$/);
    expect(rows.find((r) => r.includes('Your slope w'))).toMatch(/ 33\.4 16\.7 –$/);
    const once = interactionsTable([{ ...page, interactions: [{ ...read, runs: undefined }] } as unknown as PageReport]).split('\n');
    expect(once[0]).toMatch(/ jump ms$/);
  });

  it('prints a slider’s jump, the longest frame after one End or Home press, and a dash where none was timed', () => {
    const page = { id: '01-a-line', title: 'A line', isLesson: true, path: '/lessons/01-a-line/', figures: [], sizes: null, requests: 0, figuresDrawnMs: 0, swept: true, problems: [] };
    const slider = { ...floor, figure: 'line-fit', control: 'Your slope w', jumpMs: 66.65 };
    const rows = interactionsTable([{ ...page, interactions: [slider, { ...slider, control: 'Samples', jumpMs: null }] } as unknown as PageReport]).split('\n');
    expect(rows.find((r) => r.includes('Your slope w'))).toMatch(/ – +– +66\.7$/);
    expect(rows.find((r) => r.includes('Samples'))).toMatch(/ – +– +–$/);
  });

  it('adds the floor’s busy time to its line when it was read', () => {
    expect(floorLine({ ...floor, work: { styleMs: 0.2, layoutMs: 1.5, taskMs: 8.25 } }, 4)).toMatch(/max 50\.0 ms; busy 8\.3 ms per frame$/);
  });
});

describe('the pages table', () => {
  const page = { id: '01-a-line', title: 'A line', isLesson: true, path: '/lessons/01-a-line/', figures: [], requests: 3, figuresDrawnMs: 120, swept: true, interactions: [], problems: [] };
  const sizes = { raw: 2000, gzip: 1000, requests: 1 };
  const sized = { ...page, sizes: { total: sizes, html: sizes, js: sizes, css: sizes, font: sizes, image: sizes, other: sizes } };

  it('gives each page’s machine probe in ms, or a dash when the page was not swept', () => {
    const lines = pagesTable([{ ...sized, probeMs: 52.345 } as unknown as PageReport, { ...sized, id: 'home', probeMs: null } as unknown as PageReport]).split('\n');
    const header = lines[0]!.split(/\s{2,}/);
    const column = header.indexOf('probe ms');
    expect(column).toBeGreaterThan(header.indexOf('p95 3D'));
    expect(lines[2]!.split(/\s{2,}/)[column]).toBe('52.3');
    expect(lines[3]!.split(/\s{2,}/)[column]).toBe('–');
  });
});
