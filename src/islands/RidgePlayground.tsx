/**
 * Lesson 8: source 000's playground. Change the data (samples, noise, seed), the learning rate (on a
 * log scale), the number of iterations and the L2 strength; the fitted line, the loss curve, R² and
 * the weights follow. A rate too large for the data is drawn, and the figure says where it blew up.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { overStepsLayers } from '../charts/over-steps';
import { niceDomain } from '../charts/domain';
import { lineFitBase, lineFitSketch, paddedDomain } from '../charts/line-fit';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { DataPanel } from '../components/figure/DataPanel';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import '../components/figure/chart-pair.css';
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { resumeDescent, type DescentRun } from '../engine/descent-resume';
import { predict, rSquared } from '../engine/linear';
import { SOURCE_000_DATA, type XY } from '../engine/datasets';
import { squaredErrorObjective } from '../engine/objective';
import { PLAYGROUND_X_RANGE, playgroundData, playgroundFigure as spec } from '../figures/regularization';
import { formatFixed, formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'ridge-playground';
const MAX_ROWS = 2000;

export default function RidgePlayground({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const [custom, setCustom] = useState<XY | null>(null);
  const generated = useMemo(() => playgroundData(v), [v.n, v.noise, v.seed]);
  const data = custom ?? generated;
  const convention = withL2(CONVENTIONS.textbook, v.lambda);
  const objective = useMemo(() => squaredErrorObjective(data, convention), [data, v.lambda]);
  // The iterations slider asks for the same run, longer or shorter, on every frame: it is cut from or carried on from the last one.
  const lastRun = useRef<DescentRun | null>(null);
  const run = useMemo(() => (lastRun.current = resumeDescent(lastRun.current, objective, { learningRate: v.lr, steps: v.steps })).history, [objective, v.lr, v.steps]);
  const last = run.params[run.stepsTaken]!;
  const fitted = run.divergedAt === null && Number.isFinite(last.w[0]!) && Number.isFinite(last.b);
  const r2 = fitted ? rSquared(data.y, predict(data.x, last)) : Number.NaN;
  const xDomain = useMemo(() => (custom ? paddedDomain(custom.x) : ([PLAYGROUND_X_RANGE[0] - 0.2, PLAYGROUND_X_RANGE[1] + 0.2] as const)), [custom]);
  // Rounded out, the axis holds still while a data slider nudges the points.
  const yDomain = useMemo(() => (custom ? paddedDomain(data.y, [], 0.12) : niceDomain(paddedDomain(data.y, [], 0.12))), [data, custom]);
  const chartInput = {
    x: data.x,
    y: data.y,
    candidate: fitted ? { w: last.w[0]!, b: last.b } : { w: 0, b: 0 },
    truth: custom ? undefined : { w: SOURCE_000_DATA.slope, b: SOURCE_000_DATA.intercept },
    showResiduals: false,
    xDomain,
    yDomain,
  };

  const lossSteps = useMemo(
    () => overStepsLayers({ series: [{ name: 'loss', values: run.lossAt, stroke: 'var(--c-model)' }], current: run.stepsTaken, yLabel: 'loss (with penalty)', logY: true }),
    [run],
  );
  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="ridge-playground">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.8, narrow: 0.75 }}
              label="The data and the line descent found"
              description={`${data.x.length} points; after ${run.stepsTaken} steps the line is y = ${formatFixed(last.w[0]!, 3)}x + ${formatFixed(last.b, 3)}, R² = ${formatFixed(r2, 3)}.`}
              build={() => lineFitBase(chartInput)}
              holdBase
              baseKey={[...xDomain, ...yDomain]}
              overlay={() => (fitted ? lineFitSketch(chartInput) : { shapes: [] })}
            />
            <PlotView
              aspect={{ wide: 0.8, narrow: 0.6 }}
              label="The loss over the iterations"
              description={`The penalised loss over ${run.stepsTaken} steps, from ${formatFixed(run.lossAt[0]!, 3)} to ${formatFixed(run.lossAt[run.stepsTaken]!, 4)}.`}
              build={() => lossSteps.base}
              holdBase
              baseKey={lossSteps.baseKey}
              overlay={() => lossSteps.overlay}
              overlayKey={[lossSteps]}
            />
          </div>
          {run.divergedAt !== null ? (
            <HeldBox class="held-note">
              <p class="note" role="status" data-testid="playground-diverged">
                The loss blew up at step {run.divergedAt}: this learning rate is above the stability limit for this data and λ.
              </p>
            </HeldBox>
          ) : null}
          <dl class="readout" aria-live="polite">
            <div>
              <dt>w, b</dt>
              <dd data-testid="playground-params">
                <LiveText>
                  {formatFixed(last.w[0]!, 3)}, {formatFixed(last.b, 3)}
                </LiveText>
              </dd>
            </div>
            <div>
              <dt>R²</dt>
              <dd data-testid="playground-r2"><LiveText>{formatFixed(r2, 3)}</LiveText></dd>
            </div>
            <div>
              <dt>Loss</dt>
              <dd data-testid="playground-loss"><LiveText>{formatFixed(run.lossAt[run.stepsTaken]!, 4)}</LiveText></dd>
            </div>
          </dl>
        </div>
        <div class="figure-controls">
          <fieldset disabled={custom !== null}>
            <legend>The data{custom ? ' (your own data is in use)' : ''}</legend>
            <div class="control-grid">
              <Slider id="playground-n" label={spec.n.label} min={spec.n.min} max={spec.n.max} step={1} value={v.n} onInput={(x) => state.set('n', x)} />
              <Slider id="playground-noise" label={spec.noise.label} min={spec.noise.min} max={spec.noise.max} step={spec.noise.step} value={v.noise} onInput={(x) => state.set('noise', x)} />
            </div>
          </fieldset>
          <fieldset>
            <legend>Training</legend>
            <div class="control-grid">
              <Slider id="playground-lr" label={spec.lr.label} min={spec.lr.min} max={spec.lr.max} scale="log" value={v.lr} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('lr', x)} />
              <Slider id="playground-steps" label={spec.steps.label} min={spec.steps.min} max={spec.steps.max} step={1} value={v.steps} onInput={(x) => state.set('steps', x)} />
              <Slider id="playground-lambda" label={spec.lambda.label} min={spec.lambda.min} max={spec.lambda.max} step={spec.lambda.step} value={v.lambda} onInput={(x) => state.set('lambda', x)} />
            </div>
          </fieldset>
          <ButtonRow label="Figure actions">
            <Button disabled={custom !== null} onClick={() => state.set('seed', (v.seed + 1) % (spec.seed.max + 1))}>
              New noise (seed {v.seed})
            </Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
          <DataPanel
            kind="regression"
            maxRows={MAX_ROWS}
            data={data}
            custom={custom !== null}
            onUse={setCustom}
            onRestore={() => setCustom(null)}
            fileName="downhill-regularization"
            script={async () =>
              (await import('../engine/numpy-script')).numpyScript({
                title: `Downhill, lesson 8: gradient descent with L2 strength ${v.lambda} on ${custom ? 'your data' : `the playground's data (seed ${v.seed})`}, learning rate ${v.lr}, ${v.steps} steps`,
                x: data.x,
                y: data.y,
                convention,
                start: { w: [0], b: 0 },
                learningRate: v.lr,
                steps: v.steps,
              })
            }
          />
        </div>
      </div>
    </FigureFrame>
  );
}
