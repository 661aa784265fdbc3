/**
 * Lesson 12: one problem, three batch sizes. Batch size 1, the reader's k and the whole data set run
 * for the same number of epochs with the same schedule and shuffling seed; their paths share the
 * contour map and their losses share one chart, against epochs (passes over the data) or steps.
 */
import { useMemo, useRef } from 'preact/hooks';
import { landscapeBaseKey, lossLandscapeBase, type WB } from '../charts/loss-landscape';
import { lossesLayers, pathsOverlay } from '../charts/minibatch';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import '../components/figure/chart-pair.css';
import { CONVENTIONS } from '../engine/conventions';
import { leastSquares } from '../engine/closed-form';
import { squaredErrorGrid, squaredErrorStats } from '../engine/grid';
import { squaredErrorLoss } from '../engine/linear';
import { DESCENT_WINDOW } from '../figures/descent';
import { MINIBATCH_EPOCHS, minibatchFigure as spec, type ScheduleName } from '../figures/minibatch';
import { formatFixed, formatSignificant } from '../lib/format';
import { MINIBATCH_DATA, minibatchRun } from '../lessons/minibatch-run';
import { useStepPlayer } from '../state/step-player';
import { useFigureState } from '../state/use-figure-state';
import { derivedOnce, useKept } from '../state/kept-values';
import type { StochasticHistory } from '../engine/stochastic';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'minibatch';
const N = MINIBATCH_DATA.x.length;
const GRID = squaredErrorGrid(squaredErrorStats(MINIBATCH_DATA.x, MINIBATCH_DATA.y), { ...DESCENT_WINDOW, width: 70, height: 70 }, CONVENTIONS.textbook);
const BEST = leastSquares(MINIBATCH_DATA);
const OPTIMUM = squaredErrorLoss(MINIBATCH_DATA, BEST, CONVENTIONS.textbook);
const SCHEDULE_NAMES: Record<ScheduleName, string> = { constant: 'Constant', step: 'Halve every 10 epochs', 'inverse-time': '1/t decay' };
const STYLES = [
  { stroke: 'var(--c-bad)', dash: '1 2' },
  { stroke: 'var(--c-model)', dash: '6 3' },
  { stroke: 'var(--c-data)' },
] as const;

export default function MinibatchExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const sizes = [1, v.batch, N];
  // A run is made again only when its own settings change: dragging k remakes one run; the runs with batch size 1 and n stay.
  const runs = useKept(
    sizes.map((b) => `${b} ${v.lr} ${v.schedule} ${v.seed}`),
    (_, i) => minibatchRun(sizes[i]!, v.lr, v.schedule, v.seed),
  );
  const e = v.epoch;
  const player = useStepPlayer({ step: e, last: MINIBATCH_EPOCHS, setStep: (s) => state.set('epoch', s) });

  // Each run's whole path and losses, made once per run: the charts show the first upto + 1 points of them.
  const paths = useRef(new WeakMap<StochasticHistory, WB[]>());
  const xs = useRef({ steps: new WeakMap<StochasticHistory, number[]>(), epochs: new WeakMap<StochasticHistory, number[]>() });
  const shown = runs.map((run, i) => {
    const path = derivedOnce(paths.current, run, (r) => r.params.map((p) => ({ w: p.w[0]!, b: p.b })));
    const upto = Math.min(run.stepsTaken, e * run.stepsPerEpoch);
    return { name: `k = ${sizes[i]}`, ...STYLES[i]!, run, upto, path, shown: upto + 1, now: path[upto]!, loss: run.lossAt[upto]! };
  });
  // The whole runs against epochs or steps; the chart shows each up to where it is now.
  const wholeRuns = runs.map((run, i) => {
    const x = v['by-steps']
      ? derivedOnce(xs.current.steps, run, (r) => r.lossAt.map((_, k) => k))
      : derivedOnce(xs.current.epochs, run, (r) => r.lossAt.map((_, k) => k / r.stepsPerEpoch));
    return { name: `k = ${sizes[i]}`, ...STYLES[i]!, x, loss: run.lossAt };
  });
  const losses = lossesLayers(
    wholeRuns.map((run, i) => ({ ...run, upto: shown[i]!.upto })),
    v['by-steps'] ? 'step' : 'epoch',
    OPTIMUM,
  );
  const landscape = useMemo(() => ({ grid: GRID, logScale: true, minimum: { w: BEST.w[0]!, b: BEST.b } }), []);
  const distance = (p: { w: number[]; b: number }) => Math.hypot(p.w[0]! - BEST.w[0]!, p.b - BEST.b);

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="minibatch">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.85 }}
              label="Three descent paths on the loss landscape: batch size 1, your k, and all the data"
              description={shown.map((s) => `${s.name}: ${s.upto} steps, now at w = ${formatFixed(s.now.w, 3)}, b = ${formatFixed(s.now.b, 3)}`).join('; ') + '.'}
              build={() => lossLandscapeBase(landscape)}
              holdBase
              baseKey={landscapeBaseKey(landscape)}
              overlay={() => pathsOverlay(landscape, shown)}
            />
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.7 }}
              label={`The loss on all the data against ${v['by-steps'] ? 'steps' : 'epochs'}`}
              description={shown.map((s) => `${s.name}: loss ${formatFixed(s.loss, 4)}`).join('; ') + `; the lowest possible is ${formatFixed(OPTIMUM, 4)}.`}
              build={() => losses.base}
              holdBase
              baseKey={losses.baseKey}
              overlay={() => losses.overlay}
            />
          </div>
          <HeldBox>
            <table class="training-log" data-testid="minibatch-table">
              <caption>After {e} epochs</caption>
              <thead>
                <tr>
                  <th scope="col">batch size</th>
                  <th scope="col">steps</th>
                  <th scope="col">loss</th>
                  <th scope="col">distance to the minimum</th>
                </tr>
              </thead>
              <tbody>
                {/* Row i is always the i-th run: keyed by its batch size, a drag of k rebuilt a row every frame. */}
                {shown.map((s, i) => (
                  <tr key={i}>
                    <th scope="row" style={{ color: s.stroke }}>
                      {sizes[i]}
                    </th>
                    <td>{s.upto}</td>
                    <td data-testid={`minibatch-loss-${i}`}>{formatFixed(s.loss, 4)}</td>
                    <td data-testid={`minibatch-distance-${i}`}>{formatSignificant(distance(s.run.params[s.upto]!), 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <ButtonRow label="Epochs">
            <Button primary pressed={player.playing} onClick={player.toggle}>
              {player.label}
            </Button>
            <Button onClick={() => state.set('epoch', Math.min(MINIBATCH_EPOCHS, e + 1))}>One epoch</Button>
            <Button onClick={() => state.set('epoch', 0)}>Back to the start</Button>
          </ButtonRow>
          <div class="control-grid">
            <Slider id="minibatch-epoch" label={`${spec.epoch.label} (of ${MINIBATCH_EPOCHS})`} min={0} max={MINIBATCH_EPOCHS} step={1} value={e} onInput={(x) => state.set('epoch', x)} />
            <Slider id="minibatch-batch" label={spec.batch.label} min={spec.batch.min} max={spec.batch.max} step={1} value={v.batch} onInput={(x) => state.set('batch', x)} />
            <Slider id="minibatch-lr" label={spec.lr.label} min={spec.lr.min} max={spec.lr.max} scale="log" value={v.lr} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('lr', x)} />
          </div>
          <fieldset>
            <legend>{spec.schedule.label}</legend>
            {(['constant', 'step', 'inverse-time'] as const).map((name) => (
              <label key={name} class="choice">
                <input type="radio" name="minibatch-schedule" checked={v.schedule === name} onChange={() => state.set('schedule', name)} />
                <span>{SCHEDULE_NAMES[name]}</span>
              </label>
            ))}
          </fieldset>
          <Toggle label={spec['by-steps'].label} checked={v['by-steps']} onChange={(on) => state.set('by-steps', on)} />
          <ButtonRow label="Figure actions">
            <Button onClick={() => state.set('seed', (v.seed + 1) % (spec.seed.max + 1))}>Reshuffle (seed {v.seed})</Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
        </div>
      </div>
    </FigureFrame>
  );
}
