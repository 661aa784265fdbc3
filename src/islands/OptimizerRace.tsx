/**
 * Lesson 13: plain descent, momentum, Nesterov, RMSProp and Adam racing down the same stretched bowl.
 * The paths on the contour map, each one's distance to the minimum over the steps, and — the why —
 * the error of plain descent and momentum split along the bowl's shallow and steep directions.
 */
import { useMemo, useRef } from 'preact/hooks';
import { landscapeBaseKey, lossLandscapeBase } from '../charts/loss-landscape';
import { lossesLayers, pathsOverlay } from '../charts/minibatch';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import '../components/figure/chart-pair.css';
import { momentumTuning } from '../engine/momentum-theory';
import { objectiveGrid } from '../engine/objective-grid';
import { optimize } from '../engine/optimizers';
import { LOGISTIC_WINDOW, RACE_DRAG_WINDOW, RACE_STEPS, RACE_WINDOW, momentumFigure as spec } from '../figures/momentum';
import { formatSignificant } from '../lib/format';
import { eigenComponents, LOGISTIC_START, LOGISTIC_TRACK, OPTIMIZERS, raceBowl, raceRun, raceRunKey, type OptimizerName, type RaceSettings } from '../lessons/momentum-race';
import type { OptimizerHistory } from '../engine/optimizers';
import { useStepPlayer } from '../state/step-player';
import { useFigureState } from '../state/use-figure-state';
import { useSettled } from '../state/use-settled';
import { derivedOnce, useKept } from '../state/kept-values';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'race';
/** The cross-entropy minimum, found once by a long run of plain descent (the loss is convex and smooth). */
let logisticMinimum: { w: number[]; b: number } | null = null;
function logisticBottom() {
  logisticMinimum ??= optimize(LOGISTIC_TRACK, { method: 'gradient-descent', learningRate: 1, steps: 20_000, start: LOGISTIC_START }).params.at(-1)!;
  return logisticMinimum;
}
const STYLE: Record<OptimizerName, { name: string; stroke: string; dash?: string }> = {
  'gradient-descent': { name: 'descent', stroke: 'var(--c-data)' },
  momentum: { name: 'momentum', stroke: 'var(--c-model)', dash: '6 3' },
  nesterov: { name: 'Nesterov', stroke: 'var(--c-good)', dash: '2 2' },
  rmsprop: { name: 'RMSProp', stroke: 'var(--c-warn)', dash: '8 3 2 3' },
  adam: { name: 'Adam', stroke: 'var(--c-bad)', dash: '1 3' },
};

export default function OptimizerRace({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const logistic = v.track === 'logistic';
  const bowl = useMemo(() => raceBowl(v.kappa), [v.kappa]);
  // While κ moves frame by frame the bowl is drawn from half the samples per side, in full once κ holds still.
  const settled = useSettled(v.kappa);
  const grid = useMemo(
    () => (logistic ? objectiveGrid(LOGISTIC_TRACK, LOGISTIC_WINDOW) : objectiveGrid(bowl, settled ? RACE_WINDOW : RACE_DRAG_WINDOW)),
    [bowl, logistic, settled],
  );
  const bottom = logistic ? logisticBottom() : bowl.minimum;
  const settings: RaceSettings = { kappa: v.kappa, lr: v.lr, beta: v.beta, adaptiveLr: v['adam-lr'], beta1: v.beta1, beta2: v.beta2, epsilon: 10 ** v['log-eps'], track: v.track };
  // A run is made again only when a setting it depends on changes: dragging β remakes two runs, not five.
  const runList = useKept(
    OPTIMIZERS.map((name) => raceRunKey(name, settings)),
    (_, i) => raceRun(OPTIMIZERS[i]!, settings, RACE_STEPS, logistic ? LOGISTIC_TRACK : bowl),
  );
  const runs = Object.fromEntries(OPTIMIZERS.map((name, i) => [name, runList[i]!])) as Record<OptimizerName, OptimizerHistory>;
  const k = v.step;
  const player = useStepPlayer({ step: k, last: RACE_STEPS, setStep: (s) => state.set('step', s) });
  const tuning = momentumTuning(bowl.eigenvalues[0]!, bowl.eigenvalues[1]!);

  // Each whole run as a path and its distances to the minimum, made once per run and minimum; the figure shows them up to step k.
  const traced = useRef(new WeakMap<object, WeakMap<OptimizerHistory, ReturnType<typeof traceRun>>>());
  const traceRun = (name: OptimizerName, run: OptimizerHistory) => {
    const path = run.params.map((p) => ({ w: p.w[0]!, b: p.b }));
    const loss = run.params.map((p) => Math.hypot(p.w[0]! - bottom.w[0]!, p.b - bottom.b));
    return { key: name, ...STYLE[name], run, path, x: path.map((_, i) => i), loss };
  };
  const tracedHere = derivedOnce(traced.current, bottom, () => new WeakMap<OptimizerHistory, ReturnType<typeof traceRun>>());
  const whole = OPTIMIZERS.map((name) => derivedOnce(tracedHere, runs[name], (run) => traceRun(name, run)));
  const shown = whole.map((r) => {
    const upto = Math.min(k, r.run.stepsTaken);
    // The whole path with how much of it is on show: the landscape draws a part of one path per run.
    return { ...r, upto, shown: upto + 1, distance: r.loss[upto]!, diverged: r.run.divergedAt !== null && r.run.divergedAt <= upto };
  });
  const modes = useMemo(() => {
    const gd = eigenComponents(bowl, runs['gradient-descent']);
    const mom = eigenComponents(bowl, runs.momentum);
    const x = gd.steep.map((_, i) => i);
    return [
      { name: 'descent, steep', stroke: 'var(--c-data)', dash: '2 2', x, loss: gd.steep },
      { name: 'descent, shallow', stroke: 'var(--c-data)', x, loss: gd.shallow },
      { name: 'momentum, steep', stroke: 'var(--c-model)', dash: '2 2', x: mom.steep.map((_, i) => i), loss: mom.steep },
      { name: 'momentum, shallow', stroke: 'var(--c-model)', x: mom.shallow.map((_, i) => i), loss: mom.shallow },
    ];
  }, [bowl, runs['gradient-descent'], runs.momentum]);
  const distances = lossesLayers(whole.map((r, i) => ({ ...r, upto: shown[i]!.upto })), 'step', null, 'distance to the minimum');
  const errors = lossesLayers(modes.map((m) => ({ ...m, upto: k })), 'step', null, 'error along the direction');
  const landscape = useMemo(() => ({ grid, logScale: !logistic, minimum: { w: bottom.w[0]!, b: bottom.b }, thresholds: 14 }), [grid, logistic, bottom]);

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="race">
      <div class="figure-body" data-grid-size={grid.width}>
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.9 }}
              label={logistic ? "Five optimisers' paths down the cross-entropy landscape" : "Five optimisers' paths down a stretched bowl"}
              description={shown.map((s) => `${s.name}: ${formatSignificant(s.distance, 2)} from the minimum${s.diverged ? ' (blew up)' : ''}`).join('; ') + ` after ${k} steps.`}
              build={() => lossLandscapeBase(landscape)}
              holdBase
              baseKey={landscapeBaseKey(landscape)}
              overlay={() => pathsOverlay(landscape, shown)}
            />
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.7 }}
              label="Distance to the minimum over the steps"
              description="Each optimiser's distance to the minimum, on a log scale."
              build={() => distances.base}
              holdBase
              baseKey={distances.baseKey}
              overlay={() => distances.overlay}
            />
          </div>
          {logistic ? null : (
            <PlotView
              aspect={{ wide: 0.38, narrow: 0.7 }}
              label="The error of descent and momentum along the bowl's steep and shallow directions"
              description="Plain descent kills the steep error fast but crawls along the shallow one; momentum shrinks the shallow error much faster while the steep one rings and dies out."
              build={() => errors.base}
              holdBase
              baseKey={errors.baseKey}
              overlay={() => errors.overlay}
            />
          )}
          <HeldBox>
            <table class="training-log" data-testid="race-table">
              <caption>After {k} steps</caption>
              <thead>
                <tr>
                  <th scope="col">optimiser</th>
                  <th scope="col">line</th>
                  <th scope="col">distance to the minimum</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((s) => (
                  <tr key={s.key}>
                    <th scope="row">{s.name}</th>
                    <td>
                      <svg width="36" height="8" aria-hidden="true">
                        <line x1="0" y1="4" x2="36" y2="4" stroke={s.stroke} stroke-width="2.5" stroke-dasharray={s.dash} />
                      </svg>
                    </td>
                    <td data-testid={`race-${s.key}`}>{s.diverged ? `blew up at step ${s.run.divergedAt}` : formatSignificant(s.distance, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <ButtonRow label="Steps">
            <Button primary pressed={player.playing} onClick={player.toggle}>
              {player.label}
            </Button>
            <Button onClick={() => state.set('step', 0)}>Back to the start</Button>
          </ButtonRow>
          <div class="control-grid">
            <Slider id="race-step" label={`${spec.step.label} (of ${RACE_STEPS})`} min={0} max={RACE_STEPS} step={1} value={k} onInput={(x) => state.set('step', x)} />
            <Slider id="race-kappa" label={spec.kappa.label} min={spec.kappa.min} max={spec.kappa.max} scale="log" value={v.kappa} disabled={logistic} format={(x) => formatSignificant(x, 3)} onInput={(x) => state.set('kappa', x)} />
            <Slider id="race-lr" label={spec.lr.label} min={spec.lr.min} max={spec.lr.max} scale="log" value={v.lr} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('lr', x)} />
            <Slider id="race-beta" label={spec.beta.label} min={spec.beta.min} max={spec.beta.max} step={spec.beta.step} value={v.beta} onInput={(x) => state.set('beta', x)} />
            <Slider id="race-adam-lr" label={spec['adam-lr'].label} min={spec['adam-lr'].min} max={spec['adam-lr'].max} scale="log" value={v['adam-lr']} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('adam-lr', x)} />
            <Slider id="race-beta1" label={spec.beta1.label} min={spec.beta1.min} max={spec.beta1.max} step={spec.beta1.step} value={v.beta1} onInput={(x) => state.set('beta1', x)} />
            <Slider id="race-beta2" label={spec.beta2.label} min={spec.beta2.min} max={spec.beta2.max} step={spec.beta2.step} value={v.beta2} format={(x) => x.toFixed(4)} onInput={(x) => state.set('beta2', x)} />
            <Slider id="race-eps" label={spec['log-eps'].label} min={spec['log-eps'].min} max={spec['log-eps'].max} step={spec['log-eps'].step} value={v['log-eps']} format={(x) => `10^${x}`} onInput={(x) => state.set('log-eps', x)} />
          </div>
          <fieldset>
            <legend>{spec.track.label}</legend>
            <label class="choice">
              <input type="radio" name="race-track" checked={!logistic} onChange={() => state.set('track', 'bowl')} />
              <span>Stretched bowl</span>
            </label>
            <label class="choice">
              <input type="radio" name="race-track" checked={logistic} onChange={() => state.set('track', 'logistic')} />
              <span>Cross-entropy of lesson 10</span>
            </label>
          </fieldset>
          <HeldBox class="held-control-note" hidden={logistic}>
            <p class="control-note" data-testid="race-tuning">
              For κ = {formatSignificant(v.kappa, 3)}: plain descent is stable below α = {formatSignificant(bowl.stabilityLimit, 3)}; the best momentum is β* ={' '}
              {formatSignificant(tuning.beta, 3)} with α* = {formatSignificant(tuning.learningRate, 3)}.
            </p>
          </HeldBox>
          <ButtonRow label="Figure actions">
            <Button
              disabled={logistic}
              onClick={() =>
                state.patch({
                  lr: Math.min(spec.lr.max, Math.max(spec.lr.min, Number(formatSignificant(tuning.learningRate, 3)))),
                  beta: Math.min(spec.beta.max, Number(tuning.beta.toFixed(2))),
                })
              }
            >
              Use the best β and α
            </Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
        </div>
      </div>
    </FigureFrame>
  );
}
