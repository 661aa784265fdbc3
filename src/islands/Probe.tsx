import { useSignal } from '@preact/signals';
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';

export default function Probe() {
  const w = useSignal(1);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = Plot.plot({ marks: [Plot.line([[0, 0], [1, w.value]])] });
    el.replaceChildren(chart);
  }, [w.value]);
  return (
    <div>
      <input type="range" min={0} max={3} step={0.1} value={w.value} onInput={(e) => (w.value = +e.currentTarget.value)} />
      <div ref={ref} />
    </div>
  );
}
