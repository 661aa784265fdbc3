import { describe, expect, it } from 'vitest';
import { timedProbe } from '../../../scripts/bench/probe.ts';

describe('the machine probe', () => {
  it('does the same work every time (its checksum never changes) and reports how long it took', () => {
    const first = timedProbe();
    const second = timedProbe();
    expect(second.checksum).toBe(first.checksum);
    expect(first.checksum).toBeGreaterThan(40 * 500 * 4);
    expect(first.ms).toBeGreaterThan(0);
  });

  it('is self-contained, as the page it is sent to needs', () => {
    // Playwright sends the function's source; a name from this module inside it would be undefined there.
    const rebuilt = new Function(`return (${timedProbe.toString()})();`) as () => { ms: number; checksum: number };
    expect(rebuilt().checksum).toBe(timedProbe().checksum);
  });
});
