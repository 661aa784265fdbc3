/**
 * The island's side of `OffThreadQueue` (src/state/off-thread.ts): the value for `key`, computed at
 * once after a lone change and by the worker `spawn` starts while a slider is dragged (changes in
 * quick succession, or any change while a pointer holds a slider down). `spawn` must construct the
 * Worker from a `new URL` of the worker's file relative to `import.meta.url`, written out in the
 * island (see DecisionBoundaryExplorer), for the bundler to find and build the worker. Keys name
 * inputs: equal keys must mean equal inputs.
 */
import { useEffect, useReducer, useRef } from 'preact/hooks';
import { OffThreadQueue, type OffThreadPort, type OffThreadValue } from './off-thread';
import { sliderHeld } from './slider-held';

export function useOffThread<A, R>(key: string, input: A, compute: (input: A) => R, spawn: () => Worker): OffThreadValue<R> {
  const [, changed] = useReducer((n: number) => n + 1, 0);
  const queue = useRef<OffThreadQueue<A, R> | null>(null);
  if (!queue.current) {
    const start = typeof Worker === 'undefined' ? null : () => spawn() as unknown as OffThreadPort<A, R>;
    queue.current = new OffThreadQueue(compute, start);
  }
  queue.current.onChange = () => changed(0);
  useEffect(() => () => queue.current?.dispose(), []);
  return queue.current.request(key, input, performance.now(), sliderHeld());
}
