/**
 * Lesson 7: a model with three weights, trained by descent and replayed. Predicted against actual
 * values at the current step; each weight over the steps against its true value and the closed form.
 */
import { useMemo } from 'preact/hooks';
import { overStepsLayers } from '../charts/over-steps';
import { predictedActualLayers } from '../charts/predicted-actual';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import '../components/figure/chart-pair.css';
import { CONVENTIONS } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { predict, rSquared } from '../engine/linear';
import { squaredErrorObjective } from '../engine/objective';
import { FEATURE_STEPS, featuresData, featuresFigure as spec, TRUE_INTERCEPT, TRUE_WEIGHTS } from '../figures/many-features';
import { formatFixed, formatSignificant } from '../lib/format';
import { useStepPlayer } from '../state/step-player';
import { useFigureState } from '../state/use-figure-state';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'features';
const COLOURS = ['var(--c-model)', 'var(--c-data)', 'var(--c-warn)'] as const;

export default function FeaturesExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const data = useMemo(() => featuresData(v.noise), [v.noise]);
  const best = useMemo(() => leastSquares(data), [data]);
  const run = useMemo(() => gradientDescent(squaredErrorObjective(data, CONVENTIONS.textbook), { learningRate: v.lr, steps: FEATURE_STEPS }), [data, v.lr]);
  const k = Math.min(v.step, run.stepsTaken);
  // One array per weight for the run, so that a scrub reuses the drawn series.
  const weights = useMemo(() => TRUE_WEIGHTS.map((_, j) => run.params.map((p) => p.w[j]!)), [run]);
  const weightSteps = overStepsLayers({
    series: weights.map((values, j) => ({ name: `w${'₁₂₃'[j]}`, values, stroke: COLOURS[j]! })),
    current: k,
    yLabel: 'weight',
    references: TRUE_WEIGHTS.map((w, j) => ({ value: w, label: `true w${'₁₂₃'[j]}`, stroke: 'var(--c-truth)', anchor: j % 2 === 0 ? ('right' as const) : ('left' as const) })),
  });
  const params = run.params[k]!;
  const player = useStepPlayer({ step: k, last: run.stepsTaken, setStep: (s) => state.set('step', s), stride: 2 });
  const finite = params.w.every(Number.isFinite) && Number.isFinite(params.b);
  const predicted = useMemo(() => (finite ? predict(data.X, params) : new Float64Array(data.y.length).fill(Number.NaN)), [data, params, finite]);
  const r2 = finite ? rSquared(data.y, predicted) : Number.NaN;
  const fit = predictedActualLayers(data.y, predicted);

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="features">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.85 }}
              label="Predicted against actual values at this step"
              description={`${data.y.length} points; at step ${k} the model explains R² = ${formatFixed(r2, 3)} of the variance. On the dashed line prediction equals truth.`}
              build={() => fit.base}
              holdBase
              baseKey={[data]}
              overlay={() => fit.overlay}
            />
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.7 }}
              label="Each weight over the steps, against its true value"
              description={`At step ${k}: w₁ = ${formatFixed(params.w[0]!, 3)}, w₂ = ${formatFixed(params.w[1]!, 3)}, w₃ = ${formatFixed(params.w[2]!, 3)}; true ${TRUE_WEIGHTS.join(', ')}.`}
              build={() => weightSteps.base}
              holdBase
              overlay={() => weightSteps.overlay}
              baseKey={weightSteps.baseKey}
            />
          </div>
          {run.divergedAt !== null ? (
            <HeldBox class="held-note">
              <p class="note" role="status" data-testid="features-diverged">
                The loss blew up at step {run.divergedAt}: this rate is above the stability limit.
              </p>
            </HeldBox>
          ) : null}
          <HeldBox>
            <table class="training-log" data-testid="features-table">
              <caption>Weights at step {k}, the closed form, and the truth</caption>
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">w₁</th>
                  <th scope="col">w₂</th>
                  <th scope="col">w₃</th>
                  <th scope="col">b</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">descent</th>
                  {params.w.map((w, j) => (
                    <td key={j} data-testid={`features-w${j + 1}`}>
                      {formatFixed(w, 3)}
                    </td>
                  ))}
                  <td>{formatFixed(params.b, 3)}</td>
                </tr>
                <tr>
                  <th scope="row">closed form</th>
                  {best.w.map((w, j) => (
                    <td key={j}>{formatFixed(w, 3)}</td>
                  ))}
                  <td>{formatFixed(best.b, 3)}</td>
                </tr>
                <tr>
                  <th scope="row">truth</th>
                  {TRUE_WEIGHTS.map((w, j) => (
                    <td key={j}>{formatFixed(w, 1)}</td>
                  ))}
                  <td>{formatFixed(TRUE_INTERCEPT, 1)}</td>
                </tr>
              </tbody>
            </table>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <ButtonRow label="Steps">
            <Button primary pressed={player.playing} onClick={player.toggle}>
              {player.label}
            </Button>
            <Button onClick={() => state.set('step', Math.min(run.stepsTaken, k + 1))}>One step</Button>
            <Button onClick={() => state.set('step', 0)}>Back to the start</Button>
          </ButtonRow>
          <div class="control-grid">
            <Slider id="features-step" label={`${spec.step.label} (of ${run.stepsTaken})`} min={0} max={FEATURE_STEPS} step={1} value={k} onInput={(s) => state.set('step', s)} />
            <Slider id="features-lr" label={spec.lr.label} min={spec.lr.min} max={spec.lr.max} scale="log" value={v.lr} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.patch({ lr: x, step: 0 })} />
            <Slider id="features-noise" label={spec.noise.label} min={spec.noise.min} max={spec.noise.max} step={spec.noise.step} value={v.noise} onInput={(x) => state.set('noise', x)} />
          </div>
        </div>
      </div>
    </FigureFrame>
  );
}
