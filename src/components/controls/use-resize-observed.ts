/**
 * Watches an element's size with a ResizeObserver shared by every element handed the same
 * callback: a figure's dozens of live values cost one observer, not one each.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

type SizeCallback = (entries: readonly ResizeObserverEntry[]) => void;

const observers = new Map<SizeCallback, ResizeObserver>();

export function useResizeObserved(ref: RefObject<Element>, callback: SizeCallback): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let observer = observers.get(callback);
    if (!observer) observers.set(callback, (observer = new ResizeObserver(callback)));
    observer.observe(element);
    return () => observer.unobserve(element);
  }, []);
}
