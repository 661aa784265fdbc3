/**
 * Lesson 5: gradient descent, step by step. One run, computed in full and replayed: the data with the
 * current line and its fading predecessors, the path on the contour map and on the 3D surface, the
 * loss and each parameter over the steps, the training log, and the training step written out with
 * this step's numbers. One step index drives every view, so the scrubber rewinds them all together.
 *
 * The symbolic rules of the training step are rendered with KaTeX at build time by the lesson and
 * arrive as named slots (forward, loss, gradw, gradb, stepw, stepb); the island only writes the
 * numbers beside them, so no KaTeX code reaches the browser.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { descentLinesOverlay, lossOverSteps, parameterOverSteps, playPace, stepWindow, trainingLog, trainingStepNumbers } from '../charts/descent';
import { lineFitBase, lineFitData, paddedDomain } from '../charts/line-fit';
import { landscapeBaseKey, lossLandscapeBase, lossLandscapeSketch } from '../charts/loss-landscape';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { DataPanel } from '../components/figure/DataPanel';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { SurfaceView } from '../components/figure/SurfaceView';
import '../components/figure/chart-pair.css';
import { CONVENTIONS } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { SOURCE_002_DATA, type XY } from '../engine/datasets';
import { squaredErrorGrid, squaredErrorStats } from '../engine/grid';
import { squaredErrorObjective } from '../engine/objective';
import { stabilityLimit } from '../engine/hessian';
import { DESCENT_STEPS, DESCENT_WINDOW, DESCENT_X_RANGE, descentData, descentFigure as spec } from '../figures/descent';
import { formatFixed, formatSignificant } from '../lib/format';
import { useStepPlayer } from '../state/step-player';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'descent';
const mse = CONVENTIONS.textbook;
const GRID_SIZE = 80;
const MAX_ROWS = 2000;
const LESSON_DATA = descentData();

/** A number as a factor in the substituted rule: a true minus sign, and brackets when negative. */
function factor(value: number, digits = 4): string {
  const text = formatFixed(Math.abs(value), digits);
  if (!Number.isFinite(value)) return formatFixed(value, digits);
  return value < 0 ? `(−${text})` : text;
}

/** A number as a signed term after another: "+ 0.8336" or "− 0.5000". */
function signedTerm(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return `+ ${formatFixed(value, digits)}`;
  return `${value < 0 ? '−' : '+'} ${formatFixed(Math.abs(value), digits)}`;
}

/** A signed number with a true minus sign. */
function signed(value: number, digits = 4): string {
  return formatFixed(value, digits).replace(/^-/, '−');
}

export interface DescentExplorerProps {
  caption?: string;
  /** Slots rendered at build time: the symbolic form of each line of the training step. */
  forward?: ComponentChildren;
  loss?: ComponentChildren;
  gradw?: ComponentChildren;
  gradb?: ComponentChildren;
  stepw?: ComponentChildren;
  stepb?: ComponentChildren;
}

export default function DescentExplorer({ caption, forward, loss: lossRule, gradw, gradb, stepw, stepb }: DescentExplorerProps) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const [custom, setCustom] = useState<XY | null>(null);
  const data = custom ?? LESSON_DATA;

  const best = useMemo(() => leastSquares(data), [data]);
  const limit = useMemo(() => stabilityLimit(data, mse), [data]);
  const objective = useMemo(() => squaredErrorObjective(data, mse), [data]);
  const grid = useMemo(
    () => squaredErrorGrid(squaredErrorStats(data.x, data.y), { ...DESCENT_WINDOW, width: GRID_SIZE, height: GRID_SIZE }, mse),
    [data],
  );
  const run = useMemo(() => gradientDescent(objective, { start: { w: [v.w0], b: v.b0 }, learningRate: v.lr, steps: DESCENT_STEPS }), [objective, v.w0, v.b0, v.lr]);
  const wSeries = useMemo(() => run.params.map((p) => p.w[0]!), [run]);
  const bSeries = useMemo(() => run.params.map((p) => p.b), [run]);
  const xDomain = useMemo(() => (custom ? paddedDomain(custom.x) : ([DESCENT_X_RANGE[0] - 0.25, DESCENT_X_RANGE[1] + 0.25] as const)), [custom]);
  const yDomain = useMemo(() => paddedDomain(data.y, [], 0.2), [data]);

  const k = Math.min(v.step, run.stepsTaken);
  const params = run.params[k]!;
  const loss = run.lossAt[k]!;
  const pace = playPace(k);
  const player = useStepPlayer({ step: k, last: run.stepsTaken, setStep: (s) => state.set('step', s), stride: pace.stride, rate: pace.rate });
  // The whole run's path, one array per run: the charts show its first k + 1 points (pathShown).
  const path = useMemo(() => run.params.map((p) => ({ w: p.w[0]!, b: p.b })), [run]);
  const point = { w: params.w[0]!, b: params.b };
  const minimum = { w: best.w[0]!, b: best.b };
  const numbers = trainingStepNumbers(run, k, v.lr, (p) => objective.gradient(p));
  const log = trainingLog(run, k, 10, 6);
  const truth = custom ? null : { w: SOURCE_002_DATA.slope, b: SOURCE_002_DATA.intercept };
  const shownTo = stepWindow(k, DESCENT_STEPS);
  const wSteps = { name: 'w', values: wSeries, k, window: shownTo, optimum: minimum.w, truth: truth?.w, stroke: 'var(--c-model)' };
  const bSteps = { name: 'b', values: bSeries, k, window: shownTo, optimum: minimum.b, truth: truth?.b, stroke: 'var(--c-data)' };
  const lossLayers = lossOverSteps(run.lossAt, k, shownTo, v['log-loss']);
  const wLayers = parameterOverSteps(wSteps);
  const bLayers = parameterOverSteps(bSteps);

  const landscapeInput = { grid, logScale: true, path, pathShown: k + 1, point, minimum };
  const dataInput = {
    x: data.x,
    y: data.y,
    candidate: { w: point.w, b: point.b },
    truth: truth ?? undefined,
    best: { w: best.w[0]!, b: best.b },
    showResiduals: false,
    xDomain,
    yDomain,
  };

  const pick = (p: { x: number; y: number }) => {
    const w0 = Math.min(DESCENT_WINDOW.wMax, Math.max(DESCENT_WINDOW.wMin, p.x));
    const b0 = Math.min(DESCENT_WINDOW.bMax, Math.max(DESCENT_WINDOW.bMin, p.y));
    state.patch({ w0, b0, step: 0 });
  };

  const diverged = run.divergedAt !== null;
  const summary =
    `Step ${k} of ${run.stepsTaken}: w = ${formatFixed(point.w, 4)}, b = ${formatFixed(point.b, 4)}, loss ${formatFixed(loss, 4)}. ` +
    `The closed-form optimum is w = ${formatFixed(minimum.w, 3)}, b = ${formatFixed(minimum.b, 3)}.`;
  const shownSteps = `Steps 0 to ${shownTo} are shown.`;
  const eta = Number(v.lr.toPrecision(3)).toString();
  const live = player.playing ? 'off' : 'polite';

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="descent">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair descent-pair">
            <div class="descent-data">
              <PlotView
                aspect={{ wide: 0.8, narrow: 0.75 }}
                label="The data, the line at this step and the lines before it"
                description={`${data.x.length} points. ${summary} Earlier lines fade behind the current one.`}
                build={() => lineFitBase(dataInput)}
                holdBase
                baseKey={[...xDomain, ...yDomain]}
                overlay={() => {
                  const lines = descentLinesOverlay(run.params, k, xDomain);
                  return { ...lines, shapes: [...lineFitData(dataInput), ...lines.shapes] };
                }}
              />
              <ul class="chart-key" aria-label="Key to the data chart">
                <li>
                  <span class="key-line key-now" aria-hidden="true" /> this step’s line
                </li>
                <li>
                  <span class="key-line key-before" aria-hidden="true" /> earlier steps
                </li>
                {truth ? (
                  <li>
                    <span class="key-line key-truth" aria-hidden="true" /> true line
                  </li>
                ) : null}
                <li>
                  <span class="key-line key-best" aria-hidden="true" /> closed-form optimum
                </li>
              </ul>
            </div>
            <PlotView
              aspect={{ wide: 0.8, narrow: 0.75 }}
              label="The path of descent on the loss landscape; click to choose where it starts"
              description={`Contours of the mean squared error over w and b. The path starts at (${formatFixed(v.w0, 2)}, ${formatFixed(v.b0, 2)}) and has taken ${k} steps; the ringed cross is the minimum.`}
              class="landscape-pick"
              build={() => lossLandscapeBase(landscapeInput)}
              holdBase
              baseKey={landscapeBaseKey(landscapeInput)}
              overlay={() => lossLandscapeSketch(landscapeInput)}
              pointer={{ down: pick }}
            />
          </div>
          {diverged ? (
            <HeldBox class="held-note">
              <p class="note" role="status" data-testid="descent-diverged">
                With this learning rate the loss blew up at step {run.divergedAt}: each step overshoots the bottom of the bowl by more than the last. For these
                data any rate above {formatSignificant(limit, 3)} does (the stability limit of lesson 6); try one below it.
              </p>
            </HeldBox>
          ) : null}
          <dl class="readout" aria-live={live}>
            <div>
              <dt>Step</dt>
              <dd data-testid="descent-step"><LiveText>{k}</LiveText></dd>
            </div>
            <div>
              <dt>w, b</dt>
              <dd data-testid="descent-params">
                <LiveText>
                  {formatFixed(point.w, 4)}, {formatFixed(point.b, 4)}
                </LiveText>
              </dd>
            </div>
            <div>
              <dt>Loss</dt>
              <dd data-testid="descent-loss"><LiveText>{formatFixed(loss, 4)}</LiveText></dd>
            </div>
          </dl>
          <SurfaceView
            grid={grid}
            azimuth={v.azimuth}
            elevation={v.elevation}
            onViewChange={(view) => state.patch(view)}
            point={point}
            minimum={minimum}
            path={path}
            pathShown={k + 1}
            logScale
            label="The loss surface in 3D with the path of descent"
            description={`The bowl of the mean squared error; the path has taken ${k} steps down it and is at loss ${formatFixed(loss, 4)}.`}
            aspect={{ wide: 0.5, narrow: 0.75 }}
          />
        </div>
        <div class="figure-controls">
          <ButtonRow label="Steps">
            <Button primary pressed={player.playing} onClick={player.toggle}>
              {player.label}
            </Button>
            <Button onClick={() => state.set('step', Math.min(run.stepsTaken, k + 1))}>One step</Button>
            <Button onClick={() => state.set('step', Math.min(run.stepsTaken, k + 10))}>Ten steps</Button>
            <Button onClick={() => state.set('step', 0)}>Back to the start</Button>
          </ButtonRow>
          <div class="control-grid">
            <Slider id="descent-step" label={`${spec.step.label} (of ${run.stepsTaken})`} min={0} max={DESCENT_STEPS} step={1} value={k} onInput={(s) => state.set('step', s)} />
            <Slider id="descent-lr" label={spec.lr.label} min={spec.lr.min} max={spec.lr.max} scale="log" value={v.lr} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.patch({ lr: x, step: 0 })} />
          </div>
          <fieldset>
            <legend>Where descent starts (or click the contour map)</legend>
            <div class="control-grid">
              <Slider id="descent-w0" label={spec.w0.label} min={spec.w0.min} max={spec.w0.max} step={spec.w0.step} value={v.w0} onInput={(x) => state.patch({ w0: x, step: 0 })} />
              <Slider id="descent-b0" label={spec.b0.label} min={spec.b0.min} max={spec.b0.max} step={spec.b0.step} value={v.b0} onInput={(x) => state.patch({ b0: x, step: 0 })} />
            </div>
          </fieldset>
          <div class="toggles">
            <Toggle label={spec['log-loss'].label} checked={v['log-loss']} onChange={(on) => state.set('log-loss', on)} />
          </div>
          <ButtonRow label="Figure actions">
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
          <DataPanel
            kind="regression"
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
            fileName="downhill-gradient-descent"
            script={async () =>
              (await import('../engine/numpy-script')).numpyScript({
                title: `Downhill, lesson 5: gradient descent on ${custom ? 'your data' : "source 002's data"} from w = ${v.w0}, b = ${v.b0} with learning rate ${v.lr}, ${k} steps`,
                x: data.x,
                y: data.y,
                convention: mse,
                start: { w: [v.w0], b: v.b0 },
                learningRate: v.lr,
                steps: k,
              })
            }
          />
        </div>
        <div class="descent-more">
          <HeldBox>
            <div class="descent-step-log">
              <div class="train-step" data-testid="update-rule">
                <p class="update-title">
                  Training step {k}, with its numbers <span class="train-step-then">(it leads to step {k + 1})</span>
                </p>
                <ol>
                  <li>
                    <span class="ts-part">Forward</span>
                    <span class="ts-rule">{forward ?? 'ŷᵢ = w xᵢ + b'}</span>
                    <span class="ts-num" data-testid="ts-forward">
                      = {signed(numbers.w)} <var>x</var>
                      <sub>i</sub> {signedTerm(numbers.b)}
                    </span>
                  </li>
                  <li>
                    <span class="ts-part">Loss</span>
                    <span class="ts-rule">{lossRule ?? 'L = mean of (ŷᵢ − yᵢ)²'}</span>
                    <span class="ts-num">
                      = <strong data-testid="ts-loss">{formatFixed(numbers.loss, 4)}</strong>
                    </span>
                  </li>
                  <li>
                    <span class="ts-part">Backward</span>
                    <span class="ts-rule">{gradw ?? '∂L/∂w = (2/n) Σ (ŷᵢ − yᵢ) xᵢ'}</span>
                    <span class="ts-num">
                      = <strong data-testid="ts-grad-w">{signed(numbers.gradW)}</strong>
                    </span>
                  </li>
                  <li>
                    <span class="ts-part" aria-hidden="true" />
                    <span class="ts-rule">{gradb ?? '∂L/∂b = (2/n) Σ (ŷᵢ − yᵢ)'}</span>
                    <span class="ts-num">
                      = <strong data-testid="ts-grad-b">{signed(numbers.gradB)}</strong>
                    </span>
                  </li>
                  <li>
                    <span class="ts-part">Update</span>
                    <span class="ts-rule">{stepw ?? 'w ← w − η ∂L/∂w'}</span>
                    <span class="ts-num">
                      = {signed(numbers.w)} − {eta} × {factor(numbers.gradW)} = <strong data-testid="next-w">{signed(numbers.nextW)}</strong>
                    </span>
                  </li>
                  <li>
                    <span class="ts-part" aria-hidden="true" />
                    <span class="ts-rule">{stepb ?? 'b ← b − η ∂L/∂b'}</span>
                    <span class="ts-num">
                      = {signed(numbers.b)} − {eta} × {factor(numbers.gradB)} = <strong data-testid="next-b">{signed(numbers.nextB)}</strong>
                    </span>
                  </li>
                </ol>
              </div>
              <table class="training-log" data-testid="training-log">
                <caption>Training log, every ten steps</caption>
                <thead>
                  <tr>
                    <th scope="col">step</th>
                    <th scope="col">w</th>
                    <th scope="col">b</th>
                    <th scope="col">loss</th>
                  </tr>
                </thead>
                <tbody>
                  {/* Keyed by position: a scrub edits the same six rows' numbers instead of making new rows. */}
                  {log.map((row, i) => (
                    <tr key={i} class={row.step === k ? 'is-current' : undefined}>
                      <td>{row.step}</td>
                      <td>{formatFixed(row.w, 4)}</td>
                      <td>{formatFixed(row.b, 4)}</td>
                      <td>{formatFixed(row.loss, 4)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </HeldBox>
          <div class="descent-over-steps">
            <PlotView
              aspect={{ wide: 0.75, narrow: 0.6 }}
              label="The loss over the steps"
              description={`The loss falls from ${formatFixed(run.lossAt[0]!, 3)} to ${formatFixed(run.lossAt[run.stepsTaken]!, 4)} over ${run.stepsTaken} steps; the marker is at step ${k}. ${shownSteps}`}
              build={() => lossLayers.base}
              holdBase
              baseKey={lossLayers.baseKey}
              overlay={() => lossLayers.overlay}
            />
            <PlotView
              aspect={{ wide: 0.75, narrow: 0.6 }}
              label="w over the steps, against its true value and the closed-form optimum"
              description={`At step ${k}, w = ${formatFixed(point.w, 3)}; the optimum is ${formatFixed(minimum.w, 3)}${truth ? ` and the true slope ${truth.w}` : ''}. ${shownSteps}`}
              build={() => wLayers.base}
              holdBase
              baseKey={wLayers.baseKey}
              overlay={() => wLayers.overlay}
            />
            <PlotView
              aspect={{ wide: 0.75, narrow: 0.6 }}
              label="b over the steps, against its true value and the closed-form optimum"
              description={`At step ${k}, b = ${formatFixed(point.b, 3)}; the optimum is ${formatFixed(minimum.b, 3)}${truth ? ` and the true intercept ${truth.b}` : ''}. ${shownSteps}`}
              build={() => bLayers.base}
              holdBase
              baseKey={bLayers.baseKey}
              overlay={() => bLayers.overlay}
            />
          </div>
        </div>
      </div>
    </FigureFrame>
  );
}
