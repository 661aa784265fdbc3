/**
 * A value that is costly to compute (lesson 11's 2 000-step run), computed on the main thread when
 * the reader changes one thing, and in a Web Worker while the reader drags a slider through many
 * values: a drag then keeps its frames, and the figure follows a frame or two behind.
 *
 * The rule is by pace, not by kind of input. A change that comes more than `rapidMs` after the one
 * before it (a key press, a click, a link opened, the first frame of a drag) is computed at once,
 * so the figure never shows a stale state after a single change; a change that follows another
 * within `rapidMs` goes to the worker, and so does any change made while the reader holds a
 * slider down with a pointer (`dragging`), however long after the last: a drag that pauses, or
 * crosses the few values of a whole-number slider slowly, is still a drag. One request is in
 * flight at a time and only the newest waiting one is sent next, so a fast drag skips values
 * instead of queueing them; each result that comes back is shown while a newer one is computed,
 * as long as it is not older than what is shown.
 *
 * Without Worker (the server build, an old browser) or when the worker fails, everything is
 * computed at once, as before.
 */

/** What the page posts to the worker, and what comes back. */
export interface OffThreadRequest<A> {
  key: string;
  input: A;
}
export type OffThreadReply<R> = { key: string; value: R } | { key: string; error: string };

/** The part of a Worker the queue uses (a fake one in the unit tests). */
export interface OffThreadPort<A, R> {
  postMessage(message: OffThreadRequest<A>): void;
  onmessage: ((event: { data: OffThreadReply<R> }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface OffThreadValue<R> {
  value: R;
  /** The key of the input `value` was computed from. */
  key: string;
  /** True while `value` is for an older input than the newest asked for. */
  pending: boolean;
}

/** Changes closer together than this are a drag (or a held key) and go to the worker. */
export const RAPID_MS = 120;

export class OffThreadQueue<A, R> {
  private shown: { key: string; value: R } | null = null;
  private wanted: OffThreadRequest<A> | null = null;
  private inFlight: string | null = null;
  private lastChangeAt = -Infinity;
  private port: OffThreadPort<A, R> | null = null;
  private broken = false;

  constructor(
    private readonly compute: (input: A) => R,
    /** Starts the worker; null where there is none (server, or no Worker). */
    private readonly spawn: (() => OffThreadPort<A, R>) | null,
    /** Called when a result from the worker changes what `request` returns. */
    public onChange: () => void = () => {},
    private readonly rapidMs = RAPID_MS,
  ) {}

  /** The value to show for `key` now: computed at once, kept, or the last one while the worker works. */
  request(key: string, input: A, now: number, dragging = false): OffThreadValue<R> {
    const changed = this.wanted === null || this.wanted.key !== key;
    const rapid = changed && (dragging || now - this.lastChangeAt < this.rapidMs);
    if (changed) this.lastChangeAt = now;
    this.wanted = { key, input };
    if (this.shown?.key === key) return { ...this.shown, pending: false };
    // A render with nothing new (the worker's last answer arriving, another slider) waits on.
    const lone = changed && !rapid;
    if (this.shown === null || lone || (!this.port && !this.ensurePort())) {
      this.shown = { key, value: this.compute(input) };
      return { ...this.shown, pending: false };
    }
    this.pump();
    return { ...this.shown, pending: true };
  }

  /** Stops the worker (the island is gone). */
  dispose(): void {
    this.port?.terminate();
    this.port = null;
    this.inFlight = null;
  }

  private ensurePort(): boolean {
    if (this.port) return true;
    if (this.broken || !this.spawn) return false;
    try {
      const port = this.spawn();
      port.onmessage = (event) => this.receive(event.data);
      port.onerror = () => this.fail();
      this.port = port;
      return true;
    } catch {
      this.broken = true;
      return false;
    }
  }

  private pump(): void {
    const wanted = this.wanted;
    if (!this.port || this.inFlight !== null || !wanted || wanted.key === this.shown?.key) return;
    this.inFlight = wanted.key;
    this.port.postMessage(wanted);
  }

  private receive(reply: OffThreadReply<R>): void {
    this.inFlight = null;
    if ('error' in reply) {
      this.fail();
      return;
    }
    // A result older than the newest is still shown (the figure follows the drag), unless what is
    // shown already is the newest.
    if (this.shown?.key !== this.wanted?.key) {
      this.shown = { key: reply.key, value: reply.value };
      this.onChange();
    }
    this.pump();
  }

  /** The worker could not do it: from now on, compute on the main thread. */
  private fail(): void {
    this.broken = true;
    this.dispose();
    const wanted = this.wanted;
    if (wanted && this.shown?.key !== wanted.key) {
      this.shown = { key: wanted.key, value: this.compute(wanted.input) };
      this.onChange();
    }
  }
}

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/** A number for an object, the same for as long as it lives: a key part for data without a name (a pasted data set). */
export function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++lastIdentity));
  return id;
}

/** Typed arrays' buffers in a result's top level, to hand over to the page rather than copy. */
export function transferables(value: unknown): ArrayBuffer[] {
  if (value === null || typeof value !== 'object') return [];
  const out: ArrayBuffer[] = [];
  for (const part of Object.values(value)) {
    if (ArrayBuffer.isView(part) && part.buffer instanceof ArrayBuffer && !out.includes(part.buffer)) out.push(part.buffer);
  }
  return out;
}

/** The worker's side: answers each request with `compute(input)`, or the error it threw. */
export function serveOffThread<A, R>(compute: (input: A) => R, scope: { onmessage: unknown; postMessage: (message: unknown, transfer?: Transferable[]) => void }): void {
  scope.onmessage = (event: { data: OffThreadRequest<A> }) => {
    const { key, input } = event.data;
    let reply: OffThreadReply<R>;
    try {
      reply = { key, value: compute(input) };
    } catch (error) {
      reply = { key, error: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply, 'value' in reply ? transferables(reply.value) : []);
  };
}
