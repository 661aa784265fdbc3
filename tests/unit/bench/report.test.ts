import { describe, expect, it } from 'vitest';
import { floorLine, formatReport } from '../../../scripts/bench/report.ts';
import type { BenchReport } from '../../../scripts/bench/types.ts';

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
