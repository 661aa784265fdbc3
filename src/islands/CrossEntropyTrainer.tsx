/**
 * Lesson 10: source 004's training run, replayed. The probability curve and the loss at any step,
 * and — to explain why a huge learning rate can still settle — the largest stable step for the
 * curvature at the current parameters, next to the rate in use.
 */
import { useMemo, useState } from 'preact/hooks';
import { paddedDomain } from '../charts/domain';
import { DataPanel } from '../components/figure/DataPanel';
import { classesLayers } from '../charts/classes-1d';
import { overStepsLayers } from '../charts/over-steps';
import { landscapeBaseKey, lossLandscapeBase, lossLandscapeSketch } from '../charts/loss-landscape';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { SurfaceView } from '../components/figure/SurfaceView';
import '../components/figure/chart-pair.css';
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { crossEntropyCurvatureBound, crossEntropyHessian } from '../engine/logistic-hessian';
import { crossEntropyObjective } from '../engine/cross-entropy-objective';
import { gradientDescent } from '../engine/descent';
import { linspace, type XY } from '../engine/datasets';
import { logisticBoundary } from '../engine/decision';
import { predictProbability } from '../engine/logistic';
import { CROSS_ENTROPY_DRAG_GRID_SIZE, CROSS_ENTROPY_GRID_SIZE, CROSS_ENTROPY_X_RANGE, crossEntropyData, crossEntropyFigure as spec, TRAINING_STEPS_004 } from '../figures/cross-entropy';
import { formatFixed, formatSignificant } from '../lib/format';
import { useStepPlayer } from '../state/step-player';
import { useSettled } from '../state/use-settled';
import { crossEntropyLandscapes } from '../lessons/cross-entropy-landscape';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'cross-entropy';
/** Rows of the reader's own data the figure takes (each step of the 200 touches every row). */
const MAX_ROWS = 2000;

export default function CrossEntropyTrainer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const convention = withL2(CONVENTIONS.source004, v.lambda);

  // The reader's own data, when given, replaces 004's (it is not in the address).
  const [custom, setCustom] = useState<XY | null>(null);
  const data = useMemo(() => custom ?? crossEntropyData(v.data), [custom, v.data]);
  const xDomain = useMemo(() => (custom ? paddedDomain(custom.x) : CROSS_ENTROPY_X_RANGE), [custom]);
  const curveX = useMemo(() => linspace(xDomain[0], xDomain[1], 241), [xDomain]);
  const run = useMemo(
    () => gradientDescent(crossEntropyObjective(data, convention), { learningRate: v.lr, steps: TRAINING_STEPS_004, stopOnDivergence: true }),
    [data, v.lr, v.lambda],
  );
  const shape = useMemo(() => ({ data, lambda: v.lambda }), [data, v.lambda]);
  const settled = useSettled(shape);
  // Coarse while λ or the data moves, in full once they hold. Made here, not in a worker: the 3D
  // surface's painting went to one (SurfaceView), and a second worker's copy of the engine did not
  // fit in the page's JavaScript budget.
  const gridInput = { data, lambda: v.lambda, size: settled ? CROSS_ENTROPY_GRID_SIZE : CROSS_ENTROPY_DRAG_GRID_SIZE };
  // The data's part of the grid is summed once per data set and size; a λ drag adds only the penalty.
  const landscapes = useMemo(() => crossEntropyLandscapes(data), [data]);
  const landscape = useMemo(() => landscapes(gridInput.lambda, gridInput.size), [landscapes, gridInput.lambda, gridInput.size]);
  const worstCase = useMemo(() => crossEntropyCurvatureBound(data, convention).localStabilityLimit, [data, v.lambda]);

  const k = Math.min(v.step, run.stepsTaken);
  const lossSteps = overStepsLayers({ series: [{ name: 'loss', values: run.lossAt, stroke: 'var(--c-model)' }], current: k, yLabel: 'cross-entropy' });
  const player = useStepPlayer({ step: k, last: run.stepsTaken, setStep: (s) => state.set('step', s) });
  // The whole run's path, one array per run: the charts show its first k + 1 points (pathShown).
  const path = useMemo(() => run.params.map((q) => ({ w: q.w[0]!, b: q.b })), [run]);
  const params = run.params[k]!;
  const loss = run.lossAt[k]!;
  const landscapeInput = { grid: landscape, thresholds: 14, path, pathShown: k + 1, point: { w: params.w[0]!, b: params.b }, xLabel: 'w (slope)', yLabel: 'b (bias)' };

  const local = crossEntropyHessian(data, params, convention).localStabilityLimit;
  const p = predictProbability(data.x, params);
  const wrong = Array.from(p, (value, i) => (value >= 0.5 ? 1 : 0) !== data.y[i]);
  const verdict = v.lr < local ? 'below it: steps here shrink towards the minimum' : 'above it: steps here overshoot';

  const description =
    `Step ${k} of ${run.stepsTaken}: w = ${formatFixed(params.w[0]!, 4)}, b = ${formatFixed(params.b, 4)}, loss ${formatFixed(loss, 4)}. ` +
    `The probability curve crosses 0.5 at x = ${formatFixed(logisticBoundary(params) ?? Number.NaN, 2)}.`;

  const curve = classesLayers({ x: data.x, labels: data.y, xDomain, model: { x: curveX, y: predictProbability(curveX, params) }, boundary: logisticBoundary(params), wrong, yLabel: 'p(y = 1 | x)' });

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption}>
      <div class="figure-body" data-grid-size={landscape.width}>
        <div class="figure-chart">
          <PlotView
            aspect={{ wide: 0.5, narrow: 0.8 }}
            label="The probability curve at the current step of training"
            description={description}
            build={() => curve.base}
            baseKey={[data, xDomain[0], xDomain[1]]}
            overlay={() => curve.overlay}
          />
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.9 }}
              label="The cross-entropy landscape over w and b with the path of descent"
              description={`Contours of the loss over w and b from −10 to 10. The path runs from (${formatFixed(run.params[0]!.w[0]!, 2)}, ${formatFixed(run.params[0]!.b, 2)}) and is at (${formatFixed(params.w[0]!, 2)}, ${formatFixed(params.b, 2)}) after ${k} steps.`}
              build={() => lossLandscapeBase(landscapeInput)}
              holdBase
              baseKey={landscapeBaseKey(landscapeInput)}
              overlay={() => lossLandscapeSketch(landscapeInput)}
            />
            <SurfaceView
              grid={landscape}
              azimuth={v.azimuth}
              elevation={v.elevation}
              onViewChange={(view) => state.patch(view)}
              point={{ w: params.w[0]!, b: params.b }}
              path={path}
              pathShown={k + 1}
              label="The cross-entropy landscape as a 3D surface, with the path of descent"
              description={`The loss surface over w and b from −10 to 10, highest where the model is confidently wrong; the path has taken ${k} steps and the loss there is ${formatFixed(loss, 4)}.`}
              aspect={{ wide: 0.9, narrow: 0.8 }}
            />
          </div>
          <HeldBox class="held-readout">
            <dl class="readout" aria-live="polite">
              <div>
                <dt>Step</dt>
                <dd data-testid="ce-step"><LiveText>{k}</LiveText></dd>
              </div>
              <div>
                <dt>w, b</dt>
                <dd data-testid="ce-params">
                  <LiveText>
                    {formatFixed(params.w[0]!, 4)}, {formatFixed(params.b, 4)}
                  </LiveText>
                </dd>
              </div>
              <div>
                <dt>Loss</dt>
                <dd data-testid="ce-loss"><LiveText>{formatFixed(loss, 4)}</LiveText></dd>
              </div>
              <div>
                <dt>Stable step here (2/λmax)</dt>
                <dd data-testid="ce-local-limit">
                  {formatSignificant(local, 3)} — your rate {formatSignificant(v.lr, 2)} is {verdict}
                </dd>
              </div>
              <div>
                <dt>Worst case anywhere</dt>
                <dd data-testid="ce-global-limit"><LiveText>{formatSignificant(worstCase, 3)}</LiveText></dd>
              </div>
            </dl>
          </HeldBox>
          {run.diverged ? (
            <HeldBox class="held-note">
              <p class="note" role="status">
                The loss blew up at step {run.divergedAt}; the run stops there.
              </p>
            </HeldBox>
          ) : null}
          <PlotView
            aspect={{ wide: 0.3, narrow: 0.5 }}
            label="Loss over the steps"
            description={`The loss over ${run.stepsTaken} steps, from ${formatFixed(run.lossAt[0]!, 4)} to ${formatFixed(run.lossAt.at(-1)!, 4)}; the marker is at step ${k}.`}
            build={() => lossSteps.base}
            holdBase
            overlay={() => lossSteps.overlay}
            baseKey={lossSteps.baseKey}
          />
        </div>
        <div class="figure-controls">
          <div class="control-grid">
            <Slider id="ce-step" label={`${spec.step.label} (of ${run.stepsTaken})`} min={0} max={TRAINING_STEPS_004} step={1} value={k} onInput={(s) => state.set('step', s)} />
            <Slider id="ce-lr" label={spec.lr.label} min={spec.lr.min} max={spec.lr.max} scale="log" value={v.lr} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('lr', x)} />
            <Slider id="ce-lambda" label={spec.lambda.label} min={spec.lambda.min} max={spec.lambda.max} step={spec.lambda.step} value={v.lambda} onInput={(x) => state.set('lambda', x)} />
          </div>
          <ButtonRow label="Steps">
            <Button primary pressed={player.playing} onClick={player.toggle}>{player.label}</Button>
            <Button onClick={() => state.set('step', Math.min(TRAINING_STEPS_004, k + 1))}>One step</Button>
            <Button onClick={() => state.set('step', Math.min(TRAINING_STEPS_004, k + 10))}>Ten steps</Button>
            <Button onClick={() => state.set('step', 0)}>Back to the start</Button>
          </ButtonRow>
          <ButtonRow label="Experiments">
            <Button pressed={v.lr === 0.5} onClick={() => state.patch({ lr: 0.5, step: 0 })}>Rate 0.5</Button>
            <Button pressed={v.lr === 15} onClick={() => state.patch({ lr: 15, step: 0 })}>Rate 15</Button>
            <Button disabled={custom !== null} pressed={v.data === 'two-mode'} onClick={() => state.patch({ data: v.data === 'two-mode' ? 'one-mode' : 'two-mode', step: 0 })}>
              {v.data === 'two-mode' ? 'Back to one cluster per class' : 'Two-mode data'}
            </Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
          <DataPanel
            kind="classification"
            maxRows={MAX_ROWS}
            data={data}
            custom={custom !== null}
            onUse={(mine) => {
              setCustom(mine);
              state.set('step', 0);
            }}
            onRestore={() => {
              setCustom(null);
              state.set('step', 0);
            }}
            fileName="downhill-cross-entropy"
            script={async () =>
              (await import('../engine/numpy-script')).numpyScript({
                title: `Downhill, lesson 10: logistic regression by gradient descent on ${custom ? 'your data' : `source 004's ${v.data} data`}, learning rate ${v.lr}, λ = ${v.lambda}, ${k} steps from w = b = −1`,
                x: data.x,
                y: data.y,
                convention,
                start: run.params[0]!,
                learningRate: v.lr,
                steps: k,
                stopOnDivergence: true,
              })
            }
          />
        </div>
      </div>
    </FigureFrame>
  );
}
