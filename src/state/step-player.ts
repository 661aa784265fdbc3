/**
 * Run/pause for figures that replay a precomputed run step by step. The figure keeps the step in
 * its own state (so the address and the scrubber own it); the player only moves it on a timer.
 * With prefers-reduced-motion the button never starts a timer: each press is one stride forward.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface StepPlayerOptions {
  /** The step now shown. */
  step: number;
  /** The last step there is to show. */
  last: number;
  /** Moves the figure to a step. */
  setStep(step: number): void;
  /** Steps advanced per animation tick (default 1). */
  stride?: number;
  /** Ticks per second while playing (default 30). */
  rate?: number;
}

export interface StepPlayer {
  playing: boolean;
  /** Starts or pauses; at the end it starts again from step 0; with reduced motion it takes one stride. */
  toggle(): void;
  /** The button's words: "Run", "Pause" or, with reduced motion, "Run N steps". */
  label: string;
  reducedMotion: boolean;
}

/** Where one tick of the player lands, and whether playing should stop there. */
export function nextPlayStep(step: number, last: number, stride: number): { step: number; done: boolean } {
  const next = Math.min(last, Math.max(0, Math.floor(step)) + Math.max(1, Math.floor(stride)));
  return { step: next, done: next >= last };
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function useStepPlayer({ step, last, setStep, stride = 1, rate = 30 }: StepPlayerOptions): StepPlayer {
  const [playing, setPlaying] = useState(false);
  const [reducedMotion, setReducedMotion] = useState(false);
  // The timer reads the latest step and setter without restarting on every tick.
  const latest = useRef({ step, last, setStep, stride });
  latest.current = { step, last, setStep, stride };

  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => {
      setReducedMotion(query.matches);
      if (query.matches) setPlaying(false);
    };
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { step: now, last: end, setStep: move, stride: by } = latest.current;
      const tick = nextPlayStep(now, end, by);
      move(tick.step);
      if (tick.done) setPlaying(false);
    }, 1000 / Math.max(1, rate));
    return () => clearInterval(timer);
  }, [playing, rate]);

  const toggle = () => {
    if (prefersReducedMotion()) {
      setStep(nextPlayStep(step, last, Math.max(stride, 1) * 10).step);
      return;
    }
    if (playing) return setPlaying(false);
    if (step >= last) setStep(0);
    setPlaying(true);
  };

  const label = reducedMotion ? `Run ${Math.max(stride, 1) * 10} steps` : playing ? 'Pause' : 'Run';
  return { playing, toggle, label, reducedMotion };
}
