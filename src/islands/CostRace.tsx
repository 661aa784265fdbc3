/**
 * Lesson 7: the closed form against descent, timed in the reader's own browser for growing numbers
 * of features. Nothing runs until the reader presses Measure; each size is timed in its own task so
 * the page stays responsive. The engine's operation counts sit beside the times.
 */
import { useRef, useState } from 'preact/hooks';
import { raceOptions } from '../charts/predicted-actual';
import { Button } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { CONVENTIONS } from '../engine/conventions';
import { fitOperationCounts, multiFeatureData } from '../engine/multi-feature';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { squaredErrorObjective } from '../engine/objective';
import { RACE, raceFigure as spec } from '../figures/many-features';
import { formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'cost-race';

interface Row {
  d: number;
  closedForm: number;
  descent: number;
}

/** Median of a few timings of fn, in ms. */
function time(fn: () => void, repeats = 3): number {
  const t: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!;
}

export default function CostRace({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const cancelled = useRef(false);

  const measure = () => {
    setBusy(true);
    setRows([]);
    cancelled.current = false;
    const done: Row[] = [];
    const next = (i: number) => {
      if (cancelled.current || i >= RACE.ds.length) {
        setBusy(false);
        return;
      }
      const d = RACE.ds[i]!;
      const data = multiFeatureData({ n: RACE.n, weights: Array.from({ length: d }, (_, j) => ((j % 5) - 2) / 2), intercept: 1, noise: 1, seed: d });
      const closedForm = time(() => leastSquares(data));
      const descent = time(() => gradientDescent(squaredErrorObjective(data, CONVENTIONS.textbook), { learningRate: 0.05, steps: v.steps }), 1);
      done.push({ d, closedForm, descent });
      setRows([...done]);
      setTimeout(() => next(i + 1), 0);
    };
    setTimeout(() => next(0), 0);
  };

  const largest = RACE.ds.at(-1)!;
  const counts = fitOperationCounts(RACE.n, largest, v.steps);
  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="cost-race">
      <div class="figure-body">
        <div class="figure-chart">
          <PlotView
            aspect={{ wide: 0.55, narrow: 0.8 }}
            label="Time to fit, closed form against descent, for growing numbers of features"
            description={
              rows.length === 0
                ? 'Nothing measured yet: press Measure.'
                : rows.map((r) => `d = ${r.d}: closed form ${formatSignificant(r.closedForm, 2)} ms, descent ${formatSignificant(r.descent, 2)} ms`).join('; ')
            }
            build={() => raceOptions(rows.length > 0 ? rows : [{ d: RACE.ds[0]!, closedForm: Number.NaN, descent: Number.NaN }])}
            baseKey={[rows]}
          />
          <HeldBox>
            <table class="training-log" data-testid="race-table">
              <caption>
                n = {RACE.n} rows; descent runs {v.steps} steps
              </caption>
              <thead>
                <tr>
                  <th scope="col">d</th>
                  <th scope="col">closed form (ms)</th>
                  <th scope="col">descent (ms)</th>
                  <th scope="col">operations, closed form : descent</th>
                </tr>
              </thead>
              <tbody>
                {RACE.ds.map((d) => {
                  const r = rows.find((row) => row.d === d);
                  const c = fitOperationCounts(RACE.n, d, v.steps);
                  return (
                    <tr key={d}>
                      <td>{d}</td>
                      <td>{r ? formatSignificant(r.closedForm, 2) : '–'}</td>
                      <td>{r ? formatSignificant(r.descent, 2) : '–'}</td>
                      <td>1 : {formatSignificant(c.descent / c.closedForm, 2)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <Slider id="race-steps" label={spec.steps.label} min={spec.steps.min} max={spec.steps.max} step={10} value={v.steps} onInput={(x) => state.set('steps', x)} />
          <Button primary disabled={busy} onClick={measure}>
            {busy ? 'Measuring…' : 'Measure in this browser'}
          </Button>
          <p class="control-note" aria-live="polite" data-testid="race-status">
            {busy ? `Measured ${rows.length} of ${RACE.ds.length} sizes…` : rows.length > 0 ? 'Done. Times are from this browser and vary from run to run.' : ''}
          </p>
          <HeldBox class="held-control-note">
            <p class="control-note">
              At d = {largest} the engine counts {formatSignificant(counts.closedForm, 2)} operations for the closed form and{' '}
              {formatSignificant(counts.descent, 2)} for {v.steps} steps of descent.
            </p>
          </HeldBox>
        </div>
      </div>
    </FigureFrame>
  );
}
