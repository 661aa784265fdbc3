import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { identityOf, OffThreadQueue, RAPID_MS, serveOffThread, transferables, type OffThreadPort, type OffThreadReply, type OffThreadRequest } from '../../../src/state/off-thread';

/** A worker that answers when told to, counting what it was asked. */
class FakePort implements OffThreadPort<number, string> {
  posted: OffThreadRequest<number>[] = [];
  onmessage: ((event: { data: OffThreadReply<string> }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  constructor(private readonly compute: (n: number) => string) {}
  postMessage(message: OffThreadRequest<number>): void {
    this.posted.push(message);
  }
  /** Answers the oldest request not yet answered. */
  answer(): void {
    const next = this.posted.shift();
    if (!next) throw new Error('nothing to answer');
    this.onmessage?.({ data: { key: next.key, value: this.compute(next.input) } });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const label = (n: number) => `value ${n}`;

function setUp() {
  const counted = { main: 0 };
  let port: FakePort | null = null;
  let changes = 0;
  const queue = new OffThreadQueue<number, string>(
    (n) => {
      counted.main += 1;
      return label(n);
    },
    () => (port = new FakePort(label)),
    () => (changes += 1),
  );
  return { queue, counted, port: () => port, changes: () => changes };
}

describe('OffThreadQueue', () => {
  it('computes a lone change at once, on the main thread, and starts no worker', () => {
    const { queue, counted, port } = setUp();
    expect(queue.request('1', 1, 0)).toEqual({ key: '1', value: 'value 1', pending: false });
    expect(queue.request('2', 2, 1000)).toEqual({ key: '2', value: 'value 2', pending: false });
    expect(counted.main).toBe(2);
    expect(port()).toBeNull();
  });

  it('keeps a value while its key holds: re-renders compute nothing', () => {
    const { queue, counted } = setUp();
    queue.request('1', 1, 0);
    for (let t = 1; t < 10; t++) expect(queue.request('1', 1, t).value).toBe('value 1');
    expect(counted.main).toBe(1);
  });

  it('sends changes in quick succession to the worker, one in flight, the newest next', () => {
    const { queue, counted, port, changes } = setUp();
    queue.request('0', 0, 0);
    queue.request('1', 1, 1000); // lone: at once
    expect(counted.main).toBe(2);
    // A drag: one change a frame.
    expect(queue.request('2', 2, 1016)).toEqual({ key: '1', value: 'value 1', pending: true });
    queue.request('3', 3, 1033);
    queue.request('4', 4, 1050);
    expect(port()!.posted.map((m) => m.key)).toEqual(['2']);
    port()!.answer();
    // The answer for 2 is shown while 4, the newest, is computed; 3 is skipped.
    expect(changes()).toBe(1);
    expect(queue.request('4', 4, 1060)).toEqual({ key: '2', value: 'value 2', pending: true });
    expect(port()!.posted.map((m) => m.key)).toEqual(['4']);
    port()!.answer();
    expect(queue.request('4', 4, 1070)).toEqual({ key: '4', value: 'value 4', pending: false });
    expect(counted.main).toBe(2);
  });

  it('sends a change made while a slider is held to the worker, however long after the last', () => {
    const { queue, counted, port } = setUp();
    queue.request('0', 0, 0);
    // A slow drag across a whole-number slider: a new value every half second, the pointer held.
    expect(queue.request('1', 1, 500, true)).toEqual({ key: '0', value: 'value 0', pending: true });
    expect(port()!.posted.map((m) => m.key)).toEqual(['1']);
    port()!.answer();
    expect(queue.request('2', 2, 1000 + 5 * RAPID_MS, true).pending).toBe(true);
    port()!.answer();
    expect(queue.request('2', 2, 2000, true)).toEqual({ key: '2', value: 'value 2', pending: false });
    expect(counted.main).toBe(1);
    // Released, the same pace is a run of lone changes again.
    expect(queue.request('3', 3, 3000)).toEqual({ key: '3', value: 'value 3', pending: false });
    expect(counted.main).toBe(2);
  });

  it('a re-render while the worker works does not compute on the main thread', () => {
    const { queue, counted, port } = setUp();
    queue.request('0', 0, 0);
    queue.request('1', 1, 10);
    // Long after the last change, the same key renders again (another slider's frame).
    expect(queue.request('1', 1, 5000).pending).toBe(true);
    expect(counted.main).toBe(1);
    port()!.answer();
    expect(queue.request('1', 1, 5001)).toEqual({ key: '1', value: 'value 1', pending: false });
  });

  it('drops an old answer when what is shown is already the newest', () => {
    const { queue, port, changes } = setUp();
    queue.request('0', 0, 0);
    queue.request('1', 1, 10); // to the worker
    queue.request('0', 0, 20); // back where it was: shown already
    port()!.answer();
    expect(changes()).toBe(0);
    expect(queue.request('0', 0, 30)).toEqual({ key: '0', value: 'value 0', pending: false });
  });

  it('a lone change while the worker works is computed at once, and the late answer does not replace it', () => {
    const { queue, port, changes } = setUp();
    queue.request('0', 0, 0);
    queue.request('1', 1, 10); // to the worker
    expect(queue.request('7', 7, 1000)).toEqual({ key: '7', value: 'value 7', pending: false });
    port()!.answer();
    expect(changes()).toBe(0);
    expect(queue.request('7', 7, 1001).value).toBe('value 7');
  });

  it('computes on the main thread from the moment the worker fails', () => {
    const { queue, counted, port, changes } = setUp();
    queue.request('0', 0, 0);
    queue.request('1', 1, 10);
    port()!.onerror?.(new Event('error'));
    expect(changes()).toBe(1);
    expect(port()!.terminated).toBe(true);
    expect(queue.request('1', 1, 11)).toEqual({ key: '1', value: 'value 1', pending: false });
    expect(queue.request('2', 2, 12)).toEqual({ key: '2', value: 'value 2', pending: false });
    expect(counted.main).toBe(3);
  });

  it('treats an error the worker reports like a failed worker', () => {
    const { queue, port } = setUp();
    queue.request('0', 0, 0);
    queue.request('1', 1, 10);
    port()!.onmessage?.({ data: { key: '1', error: 'no' } });
    expect(queue.request('1', 1, 11)).toEqual({ key: '1', value: 'value 1', pending: false });
  });

  it('without a worker (the server build) computes everything at once', () => {
    const queue = new OffThreadQueue<number, string>(label, null);
    queue.request('0', 0, 0);
    expect(queue.request('1', 1, 1)).toEqual({ key: '1', value: 'value 1', pending: false });
  });

  it('property: after any drag, once the worker has answered everything, the newest key is shown', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 * RAPID_MS }), fc.boolean()), { minLength: 1, maxLength: 40 }), (events) => {
        const { queue, port } = setUp();
        queue.request('0', 0, 0);
        let t = 1000;
        let last = 0;
        for (const [value, gap, answerNow] of events) {
          t += gap;
          last = value;
          const shown = queue.request(String(value), value, t);
          // Whatever is shown is a value computed for the key it carries.
          expect(shown.value).toBe(label(Number(shown.key)));
          if (answerNow && port()?.posted.length) port()!.answer();
        }
        while (port()?.posted.length) port()!.answer();
        expect(queue.request(String(last), last, t + 1)).toEqual({ key: String(last), value: label(last), pending: false });
      }),
    );
  });
});

describe('serveOffThread', () => {
  it('answers with the value, handing over typed arrays, or with the error thrown', () => {
    const sent: { message: unknown; transfer: Transferable[] | undefined }[] = [];
    const scope = { onmessage: null as unknown, postMessage: (message: unknown, transfer?: Transferable[]) => sent.push({ message, transfer }) };
    serveOffThread((n: number) => {
      if (n < 0) throw new RangeError('negative');
      return { squares: Float64Array.from([n, n * n]), n };
    }, scope);
    const receive = scope.onmessage as (event: { data: OffThreadRequest<number> }) => void;
    receive({ data: { key: 'a', input: 3 } });
    receive({ data: { key: 'b', input: -1 } });
    expect(sent[0]!.message).toEqual({ key: 'a', value: { squares: Float64Array.from([3, 9]), n: 3 } });
    expect(sent[0]!.transfer).toHaveLength(1);
    expect(sent[1]!.message).toEqual({ key: 'b', error: 'negative' });
  });

  it('transferables lists each top-level typed array buffer once', () => {
    const a = new Float64Array(4);
    expect(transferables({ a, b: a.subarray(1), c: [1, 2], d: 3 })).toEqual([a.buffer]);
    expect(transferables(null)).toEqual([]);
    expect(transferables(5)).toEqual([]);
  });
});

describe('identityOf', () => {
  it('gives one number per object, the same each time it is asked', () => {
    const a = { x: [1] };
    const b = { x: [1] };
    expect(identityOf(a)).toBe(identityOf(a));
    expect(identityOf(a)).not.toBe(identityOf(b));
  });
});
