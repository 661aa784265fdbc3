import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataToCsv, parseDataCsv, type CsvShape } from '../../../src/engine/csv';

const regression: CsvShape = { kind: 'regression', maxRows: 100 };
const classification: CsvShape = { kind: 'classification', maxRows: 100 };

function problems(text: string, shape: CsvShape = regression) {
  const result = parseDataCsv(text, shape);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('parseDataCsv', () => {
  it('reads x,y rows with or without a header, blank lines and comments', () => {
    const result = parseDataCsv('# my data\nhours,score\n1,2.5\n\n2, 3e1\r\n-0.5,.25\n', regression);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header).toBe(true);
    expect(Array.from(result.data.x)).toEqual([1, 2, -0.5]);
    expect(Array.from(result.data.y)).toEqual([2.5, 30, 0.25]);
    const bare = parseDataCsv('1 2\n3\t4\n5;6', regression);
    expect(bare.ok && Array.from(bare.data.y)).toEqual([2, 4, 6]);
  });

  it('names the line and the problem: missing value, non-number, extra column, bad label', () => {
    expect(problems('x,y\n1,2\n3,\n4,5')).toEqual([{ line: 3, message: 'missing value: expected y after x = 3.' }]);
    expect(problems('1,2\n2,abc\n3,4')[0]).toEqual({ line: 2, message: 'y is “abc”, not a number.' });
    expect(problems('1,2\nNaN,2\n3,4')[0]!.message).toBe('x is “NaN”, not a number.');
    expect(problems('1,2\n2,Infinity')[0]!.line).toBe(2);
    expect(problems('1,2\n2,3,4')[0]).toEqual({ line: 2, message: '3 values; expected two (x, y).' });
    expect(problems('1,0\n2,2\n3,1', classification)[0]).toEqual({ line: 2, message: 'the label is 2; labels must be 0 or 1.' });
    expect(problems('1,1e999')[0]!.message).toBe('a value is too large to use.');
  });

  it('refuses one class only, too few rows, one x value, and too many rows, saying the limit', () => {
    expect(problems('1,1\n2,1\n3,1', classification)[0]!.message).toMatch(/both classes/);
    expect(problems('x,y\n1,2')[0]!.message).toMatch(/at least 2/);
    expect(problems('')[0]!.message).toMatch(/only 0 data rows/);
    expect(problems('2,1\n2,3')[0]!.message).toMatch(/two different x/);
    const many = Array.from({ length: 105 }, (_, i) => `${i},${i}`).join('\n');
    expect(problems(many)).toEqual([{ line: 101, message: 'too many rows: this figure takes at most 100 data rows.' }]);
  });

  it('lists a bounded number of problems', () => {
    const bad = Array.from({ length: 50 }, () => 'a,b').join('\n');
    const found = problems(`1,2\n${bad}`);
    expect(found.length).toBe(9);
    expect(found.at(-1)!.message).toMatch(/and 42 more problems/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseDataCsv(text, regression);
        if (result.ok) {
          expect(result.data.x.length).toBe(result.data.y.length);
          expect(Array.from(result.data.x).every(Number.isFinite)).toBe(true);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('reads back exactly what dataToCsv writes', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, finite), { minLength: 2, maxLength: 50 }), (pairs) => {
        fc.pre(pairs.some(([a]) => a !== pairs[0]![0]));
        const data = { x: pairs.map((p) => p[0]), y: pairs.map((p) => p[1]) };
        const result = parseDataCsv(dataToCsv(data), regression);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // −0 is written as 0, the one value that does not come back bit for bit.
        const plain = (v: number) => (v === 0 ? 0 : v);
        expect(Array.from(result.data.x, plain)).toEqual(data.x.map(plain));
        expect(Array.from(result.data.y, plain)).toEqual(data.y.map(plain));
      }),
    );
  });
});
