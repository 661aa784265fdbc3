import { describe, expect, test } from 'vitest';
import {
  gaussianClasses,
  linearData,
  linearDataEvenlySpaced,
  SOURCE_000_DATA,
  SOURCE_000_OUTLIERS,
  SOURCE_000_REGULARIZATION_DATA,
  SOURCE_002_DATA,
  SOURCE_003_DATA,
  SOURCE_004_TWO_MODE,
  sourceLogisticOneMode,
  sourceLogisticTwoMode,
  withPoints,
  type XY,
} from '../../../src/engine/index';
import { expectClose, fixture } from './support/close';

type Sets = Record<string, { x: number[]; y: number[] }>;
const sets = fixture<Sets>('datasets.json');

function expectSame(actual: XY, key: string): void {
  const expected = sets[key]!;
  expectClose(actual.x, expected.x, `${key}.x`, 1e-14, 1e-15);
  expectClose(actual.y, expected.y, `${key}.y`, 1e-14, 1e-14);
}

describe('the presets reproduce the sources’ data sets', () => {
  test('linearData(SOURCE_000_DATA) is 000’s seed-42 data, x bit for bit', () => {
    const data = linearData(SOURCE_000_DATA);
    expect(Array.from(data.x)).toEqual(sets['source000']!.x);
    expectSame(data, 'source000');
  });

  test('linearData(SOURCE_003_DATA) is 003’s seed-42 data', () => {
    expectSame(linearData(SOURCE_003_DATA), 'source003');
  });

  test('linearDataEvenlySpaced(SOURCE_002_DATA) is 002’s construction with linspace x and seed 0', () => {
    const data = linearDataEvenlySpaced(SOURCE_002_DATA);
    expect(Array.from(data.x)).toEqual(sets['source002']!.x);
    expectSame(data, 'source002');
  });

  test('000’s regularization data are the reseeded 80 points followed by the four outliers', () => {
    expectSame(withPoints(linearData(SOURCE_000_REGULARIZATION_DATA), SOURCE_000_OUTLIERS), 'source000Regularization');
  });

  test('the one-mode and two-mode logistic presets are 004’s seed-0 classes with labels 1 then 0', () => {
    expectSame(sourceLogisticOneMode(), 'source004OneMode');
    expectSame(sourceLogisticTwoMode(), 'source004TwoMode');
    expectSame(gaussianClasses(SOURCE_004_TWO_MODE), 'source004TwoMode');
  });
});
