import { describe, expect, it } from 'vitest';
import { burstTracker } from '../../../src/components/figure/settle';

describe('burstTracker', () => {
  it('a lone change is not a burst', () => {
    const burst = burstTracker(200);
    expect(burst.change(1000)).toBe(false);
    expect(burst.busy(1001)).toBe(false);
  });

  it('changes closer together than the quiet time make a burst, which ends after a quiet spell', () => {
    const burst = burstTracker(200);
    burst.change(1000);
    expect(burst.change(1016)).toBe(true);
    expect(burst.change(1033)).toBe(true);
    expect(burst.busy(1100)).toBe(true);
    expect(burst.busy(1233)).toBe(false);
    // After the quiet spell the next change starts afresh.
    expect(burst.change(1500)).toBe(false);
  });
});
