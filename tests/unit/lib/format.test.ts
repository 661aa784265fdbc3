import { describe, expect, it } from 'vitest';
import { formatFixed, formatNumber, formatSignificant } from '../../../src/lib/format';

describe('formatNumber', () => {
  it('uses as many decimals as the precision asks for, and a true minus sign', () => {
    expect(formatNumber(1.23456, 0.01)).toBe('1.23');
    expect(formatNumber(-2.5, 0.1)).toBe('−2.5');
    expect(formatFixed(3, 3)).toBe('3.000');
  });
  it('never shows a signed zero', () => {
    expect(formatFixed(-0.0001, 2)).toBe('0.00');
  });
  it('names the values a diverging run produces instead of printing NaN', () => {
    expect(formatNumber(Number.NaN)).toBe('undefined');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });
  it('switches to powers of ten for huge and tiny values', () => {
    expect(formatFixed(1.5e12, 2)).toBe('1.50 × 10¹²');
    expect(formatSignificant(-3e-7, 3)).toBe('−3.00 × 10⁻⁷');
    expect(formatSignificant(0.0123, 2)).toBe('0.012');
  });
});
