import { describe, expect, it } from 'vitest';
import { UNMAPPED, bytesBySource, decodeMappings, decodeVlq, packageOf } from '../../../scripts/bench/bundle-sources.ts';

describe('decodeVlq', () => {
  it('decodes the source-map base64 VLQ examples', () => {
    expect(decodeVlq('A')).toEqual([0]);
    expect(decodeVlq('C')).toEqual([1]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('AAgBC')).toEqual([0, 0, 16, 1]);
    expect(decodeVlq('2H')).toEqual([123]);
  });

  it('rejects text that is not VLQ', () => {
    expect(() => decodeVlq('A!')).toThrow(/invalid base64 VLQ character/);
    expect(() => decodeVlq('g')).toThrow(/truncated/);
  });
});

describe('decodeMappings', () => {
  it('makes columns absolute per line and source indices absolute across lines', () => {
    const lines = decodeMappings('AAAA,KCAA;ADAA,E');
    expect(lines).toEqual([
      [
        { column: 0, source: 0 },
        { column: 5, source: 1 },
      ],
      [
        { column: 0, source: 0 },
        { column: 2, source: null },
      ],
    ]);
  });
});

describe('bytesBySource', () => {
  it('gives each segment the text up to the next one', () => {
    // Line 0 is "aaaaabbb" with segments at column 0 (source 0) and 5 (source 1); line 1 is "cc", all source 0.
    const totals = bytesBySource('aaaaabbb\ncc', { sources: ['node_modules/a/x.js', 'src/b.ts'], mappings: 'AAAA,KCAA;ADAA' });
    expect(totals.get('node_modules/a/x.js')).toBe(5 + 2);
    expect(totals.get('src/b.ts')).toBe(3);
    expect(totals.get(UNMAPPED)).toBe(1); // the newline
    const sum = [...totals.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBe('aaaaabbb\ncc'.length);
  });

  it('counts text before a line’s first segment as unmapped', () => {
    const totals = bytesBySource('xxab', { sources: ['s.js'], mappings: 'EAAA' });
    expect(totals.get(UNMAPPED)).toBe(2);
    expect(totals.get('s.js')).toBe(2);
  });
});

describe('packageOf', () => {
  it('folds a path into its package or project folder', () => {
    expect(packageOf('../../node_modules/@observablehq/plot/src/marks/dot.js')).toBe('@observablehq/plot');
    expect(packageOf('../node_modules/d3-geo/src/path/index.js')).toBe('d3-geo');
    expect(packageOf('../../../home/reader/downhill/src/engine/grid.ts')).toBe('src/engine');
  });
});
