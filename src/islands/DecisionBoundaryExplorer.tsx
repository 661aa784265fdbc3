/**
 * Lesson 11: logistic regression on two features. The probability field and the decision boundary
 * at any step of a descent run, with loss, accuracy and the size of the weights over the steps.
 */
import { useMemo } from 'preact/hooks';
import { decisionPlaneBase, decisionPlaneSketch } from '../charts/decision-plane';
import { overStepsLayers } from '../charts/over-steps';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { accuracy, predictProbability } from '../engine/logistic';
import { decisionSegment, probabilityField } from '../engine/probability-field';
import { decisionBoundaryFigure as spec, PLANE, planeClasses, TRAINING_STEPS } from '../figures/decision-boundary';
import { decisionParamsAt, decisionRun, decisionRunKey } from '../lessons/decision-run';
import { formatFixed, formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { useOffThread } from '../state/use-off-thread';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'decision-boundary';
const FIELD = { ...PLANE, width: 60, height: 60 };

export default function DecisionBoundaryExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;

  // 2 000 steps per change: computed at once after a lone change, in a worker while a slider that
  // changes the run is dragged, so the drag keeps its frames (the figure follows a frame behind).
  const input = { separation: v.separation, seed: v.seed, lr: v.lr, lambda: v.lambda };
  const { value: run, pending } = useOffThread(decisionRunKey(input), input, decisionRun, () =>
    new Worker(new URL('../lessons/decision-run.worker.ts', import.meta.url), { type: 'module' }),
  );
  const data = useMemo(() => planeClasses(run.input.separation, run.input.seed), [run.input.separation, run.input.seed]);

  const k = Math.min(v.step, run.stepsTaken);
  // What the charts and readouts show depends on the run and the step only: a frame in which only a
  // slider's own value moves (the worker still busy) recomputes and redraws nothing.
  const shown = useMemo(() => {
    const params = decisionParamsAt(run, k);
    const p = predictProbability(data.X, params);
    return {
      params,
      field: probabilityField(params, FIELD),
      segment: decisionSegment(params, PLANE),
      wrong: Array.from(p, (value, i) => (value >= 0.5 ? 1 : 0) !== data.y[i]),
      acc: accuracy(data, params),
      steps: overStepsLayers({
        series: [
          { name: 'loss', values: run.lossAt, stroke: 'var(--c-model)' },
          { name: '‖w‖', values: run.norm, stroke: 'var(--c-warn)' },
        ],
        current: k,
        yLabel: 'value',
      }),
    };
  }, [run, data, k]);
  const { params, field, segment, wrong, acc, steps } = shown;
  const loss = run.lossAt[k]!;
  const norm = run.norm[k]!;
  const diverged = run.diverged;

  const description =
    `${data.X.length} points in two classes. After ${k} steps the model is p = σ(${formatFixed(params.w[0]!, 2)}x₁ + ${formatFixed(params.w[1]!, 2)}x₂ + ${formatFixed(params.b, 2)}), ` +
    `with loss ${formatSignificant(loss, 3)}, accuracy ${formatFixed(100 * acc, 0)}% and weight length ${formatFixed(norm, 2)}.`;

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption}>
      <div class="figure-body">
        <div class="figure-chart">
          <PlotView
            aspect={{ wide: 0.8, narrow: 1 }}
            label="Two classes in the plane with the model's probability and decision boundary"
            description={description}
            build={() => decisionPlaneBase(PLANE)}
            baseKey={[]}
            overlay={() => decisionPlaneSketch({ X: data.X, labels: data.y, field, boundary: segment, wrong })}
            overlayKey={[shown]}
          />
          <dl class="readout" aria-live="polite" aria-busy={pending ? 'true' : undefined}>
            <div>
              <dt>Step</dt>
              <dd data-testid="plane-step"><LiveText>{k}</LiveText></dd>
            </div>
            <div>
              <dt>Loss</dt>
              <dd data-testid="plane-loss"><LiveText>{formatSignificant(loss, 4)}</LiveText></dd>
            </div>
            <div>
              <dt>Accuracy</dt>
              <dd data-testid="plane-accuracy"><LiveText>{formatFixed(100 * acc, 0)}%</LiveText></dd>
            </div>
            <div>
              <dt>‖w‖</dt>
              <dd data-testid="plane-norm"><LiveText>{formatFixed(norm, 3)}</LiveText></dd>
            </div>
          </dl>
          {diverged ? (
            <HeldBox class="held-note">
              <p class="note" role="status">
                This learning rate blew up at step {run.divergedAt}: the loss stopped being a finite number. Lower it.
              </p>
            </HeldBox>
          ) : null}
          <PlotView
            aspect={{ wide: 0.32, narrow: 0.5 }}
            label="Loss and weight length over the steps"
            description={`Loss and the length of the weights over ${run.stepsTaken} steps; the marker is at step ${k}.`}
            build={() => steps.base}
            holdBase
            overlay={() => steps.overlay}
            overlayKey={[shown]}
            baseKey={steps.baseKey}
          />
        </div>
        <div class="figure-controls">
          <div class="control-grid">
            <Slider id="plane-step" label={`${spec.step.label} (of ${run.stepsTaken})`} min={0} max={TRAINING_STEPS} step={1} value={k} onInput={(s) => state.set('step', s)} />
            <Slider id="plane-separation" label={spec.separation.label} min={spec.separation.min} max={spec.separation.max} step={spec.separation.step} value={v.separation} onInput={(x) => state.set('separation', x)} />
            <Slider id="plane-lr" label={spec.lr.label} min={spec.lr.min} max={spec.lr.max} scale="log" value={v.lr} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('lr', x)} />
            <Slider id="plane-lambda" label={spec.lambda.label} min={spec.lambda.min} max={spec.lambda.max} step={spec.lambda.step} value={v.lambda} onInput={(x) => state.set('lambda', x)} />
          </div>
          <ButtonRow label="Steps">
            <Button onClick={() => state.set('step', 0)}>Back to the start</Button>
            <Button onClick={() => state.set('step', Math.min(TRAINING_STEPS, k + 10))}>Ten steps on</Button>
            <Button onClick={() => state.set('step', TRAINING_STEPS)}>To the end</Button>
          </ButtonRow>
          <ButtonRow label="Figure actions">
            <Button onClick={() => state.set('seed', (v.seed + 1) % (spec.seed.max + 1))}>New data (seed {v.seed})</Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
        </div>
      </div>
    </FigureFrame>
  );
}
