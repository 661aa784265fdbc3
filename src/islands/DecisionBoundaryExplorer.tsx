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
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { crossEntropyObjective } from '../engine/cross-entropy-objective';
import { decisionSegment, probabilityField } from '../engine/probability-field';
import { gradientDescent } from '../engine/descent';
import { weightNorm } from '../engine/metrics';
import { decisionBoundaryFigure as spec, PLANE, planeClasses, TRAINING_STEPS } from '../figures/decision-boundary';
import { formatFixed, formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';

const FIGURE_ID = 'decision-boundary';
const FIELD = { ...PLANE, width: 60, height: 60 };

export default function DecisionBoundaryExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;

  const data = useMemo(() => planeClasses(v.separation, v.seed), [v.separation, v.seed]);
  const run = useMemo(() => {
    const objective = crossEntropyObjective(data, withL2(CONVENTIONS.textbookLogistic, v.lambda));
    const history = gradientDescent(objective, { learningRate: v.lr, steps: TRAINING_STEPS, stopOnDivergence: true });
    return { history, norm: history.params.map(weightNorm) };
  }, [data, v.lr, v.lambda]);

  const k = Math.min(v.step, run.history.stepsTaken);
  const params = run.history.params[k]!;
  const field = probabilityField(params, FIELD);
  const segment = decisionSegment(params, PLANE);
  const p = predictProbability(data.X, params);
  const wrong = Array.from(p, (value, i) => (value >= 0.5 ? 1 : 0) !== data.y[i]);
  const loss = run.history.lossAt[k]!;
  const acc = accuracy(data, params);
  const norm = run.norm[k]!;
  const diverged = run.history.diverged;
  const steps = overStepsLayers({
    series: [
      { name: 'loss', values: run.history.lossAt, stroke: 'var(--c-model)' },
      { name: '‖w‖', values: run.norm, stroke: 'var(--c-warn)' },
    ],
    current: k,
    yLabel: 'value',
  });

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
          />
          <dl class="readout" aria-live="polite">
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
            <p class="note" role="status">
              This learning rate blew up at step {run.history.divergedAt}: the loss stopped being a finite number. Lower it.
            </p>
          ) : null}
          <PlotView
            aspect={{ wide: 0.32, narrow: 0.5 }}
            label="Loss and weight length over the steps"
            description={`Loss and the length of the weights over ${run.history.stepsTaken} steps; the marker is at step ${k}.`}
            build={() => steps.base}
            holdBase
            overlay={() => steps.overlay}
            baseKey={steps.baseKey}
          />
        </div>
        <div class="figure-controls">
          <div class="control-grid">
            <Slider id="plane-step" label={`${spec.step.label} (of ${run.history.stepsTaken})`} min={0} max={TRAINING_STEPS} step={1} value={k} onInput={(s) => state.set('step', s)} />
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
