/**
 * Lesson 5: gradient descent, step by step. One run, computed in full and replayed: the data with the
 * current line and its fading predecessors, the path on the contour map and on the 3D surface, the
 * loss and the parameters over the steps, the training log, and the update rule with this step's
 * numbers in it. One step index drives every view, so the scrubber rewinds them all together.
 */
import { useMemo, useState } from 'preact/hooks';
import { overStepsOptions } from '../charts/decision-plane';
import { descentLinesOverlay, trainingLog, updateNumbers } from '../charts/descent';
import { lineFitLayers, paddedDomain } from '../charts/line-fit';
import { lossLandscapeLayers } from '../charts/loss-landscape';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { DataPanel } from '../components/figure/DataPanel';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { SurfaceView } from '../components/figure/SurfaceView';
import '../components/figure/chart-pair.css';
import { CONVENTIONS, gradientDescent, leastSquares, SOURCE_002_DATA, squaredErrorGrid, squaredErrorObjective, squaredErrorStats, type XY } from '../engine';
import { numpyScript } from '../engine/numpy-script';
import { DESCENT_STEPS, DESCENT_WINDOW, DESCENT_X_RANGE, descentData, descentFigure as spec } from '../figures/descent';
import { formatFixed, formatSignificant } from '../lib/format';
import { useStepPlayer } from '../state/step-player';
import { useFigureState } from '../state/use-figure-state';

const FIGURE_ID = 'descent';
const mse = CONVENTIONS.textbook;
const GRID_SIZE = 80;
const MAX_ROWS = 2000;
const LESSON_DATA = descentData();

/** A number as the update rule shows it, with a true minus sign and brackets when negative. */
function term(value: number, digits = 4): string {
  const text = formatFixed(Math.abs(value), digits);
  return value < 0 ? `(−${text})` : text;
}

export default function DescentExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const [custom, setCustom] = useState<XY | null>(null);
  const data = custom ?? LESSON_DATA;

  const best = useMemo(() => leastSquares(data), [data]);
  const grid = useMemo(
    () => squaredErrorGrid(squaredErrorStats(data.x, data.y), { ...DESCENT_WINDOW, width: GRID_SIZE, height: GRID_SIZE }, mse),
    [data],
  );
  const run = useMemo(
    () => gradientDescent(squaredErrorObjective(data, mse), { start: { w: [v.w0], b: v.b0 }, learningRate: v.lr, steps: DESCENT_STEPS }),
    [data, v.w0, v.b0, v.lr],
  );
  const xDomain = useMemo(() => (custom ? paddedDomain(custom.x) : ([DESCENT_X_RANGE[0] - 0.25, DESCENT_X_RANGE[1] + 0.25] as const)), [custom]);
  const yDomain = useMemo(() => paddedDomain(data.y, [], 0.2), [data]);

  const k = Math.min(v.step, run.stepsTaken);
  const params = run.params[k]!;
  const loss = run.lossAt[k]!;
  const player = useStepPlayer({ step: k, last: run.stepsTaken, setStep: (s) => state.set('step', s), stride: 3 });
  const path = useMemo(() => run.params.slice(0, k + 1).map((p) => ({ w: p.w[0]!, b: p.b })), [run, k]);
  const point = { w: params.w[0]!, b: params.b };
  const minimum = { w: best.w[0]!, b: best.b };
  const update = updateNumbers(run, k, v.lr);
  const log = trainingLog(run, k, 10, 6);
  const truth = custom ? null : { w: SOURCE_002_DATA.slope, b: SOURCE_002_DATA.intercept };

  const landscapeInput = { grid, logScale: true, path, point, minimum };
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

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="descent">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.8, narrow: 0.75 }}
              label="The data, the line at this step and the lines before it"
              description={`${data.x.length} points. ${summary} Earlier lines fade behind the current one.`}
              build={() => lineFitLayers(dataInput).base}
              baseKey={[data, xDomain, yDomain, best]}
              overlay={() => descentLinesOverlay(run.params, k, xDomain)}
            />
            <PlotView
              aspect={{ wide: 0.8, narrow: 0.75 }}
              label="The path of descent on the loss landscape; click to choose where it starts"
              description={`Contours of the mean squared error over w and b. The path starts at (${formatFixed(v.w0, 2)}, ${formatFixed(v.b0, 2)}) and has taken ${k} steps; the ringed cross is the minimum.`}
              class="landscape-pick"
              build={() => lossLandscapeLayers(landscapeInput).base}
              baseKey={[grid, minimum.w, minimum.b]}
              overlay={() => lossLandscapeLayers(landscapeInput).overlay}
              pointer={{ down: pick }}
            />
          </div>
          <SurfaceView
            grid={grid}
            azimuth={v.azimuth}
            elevation={v.elevation}
            onViewChange={(view) => state.patch(view)}
            point={point}
            minimum={minimum}
            path={path}
            logScale
            label="The loss surface in 3D with the path of descent"
            description={`The bowl of the mean squared error; the path has taken ${k} steps down it and is at loss ${formatFixed(loss, 4)}.`}
            aspect={{ wide: 0.45, narrow: 0.75 }}
          />
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.62, narrow: 0.6 }}
              label="The loss over the steps"
              description={`The loss falls from ${formatFixed(run.lossAt[0]!, 3)} to ${formatFixed(run.lossAt[run.stepsTaken]!, 4)} over ${run.stepsTaken} steps; the marker is at step ${k}.`}
              build={() =>
                overStepsOptions({ series: [{ name: 'loss', values: run.lossAt, stroke: 'var(--c-model)' }], current: k, yLabel: 'mean squared error', logY: v['log-loss'] })
              }
            />
            <PlotView
              aspect={{ wide: 0.62, narrow: 0.6 }}
              label="w and b over the steps, against the true values and the closed-form optimum"
              description={`At step ${k}, w = ${formatFixed(point.w, 3)} and b = ${formatFixed(point.b, 3)}; the optimum is w = ${formatFixed(minimum.w, 3)}, b = ${formatFixed(minimum.b, 3)}${truth ? `; the true line has w = ${truth.w}, b = ${truth.b}` : ''}.`}
              build={() =>
                overStepsOptions({
                  series: [
                    { name: 'w', values: run.params.map((p) => p.w[0]!), stroke: 'var(--c-model)' },
                    { name: 'b', values: run.params.map((p) => p.b), stroke: 'var(--c-data)' },
                  ],
                  current: k,
                  yLabel: 'parameter value',
                  references: [
                    { value: minimum.w, label: 'optimum w', stroke: 'var(--c-good)', anchor: 'left' },
                    { value: minimum.b, label: 'optimum b', stroke: 'var(--c-good)', anchor: minimum.b > minimum.w ? 'right' : 'left' },
                    ...(truth ? [{ value: truth.w, label: 'true w', stroke: 'var(--c-truth)' }, { value: truth.b, label: 'true b', stroke: 'var(--c-truth)' }] : []),
                  ],
                })
              }
            />
          </div>
          {diverged ? (
            <p class="note" role="status" data-testid="descent-diverged">
              With this learning rate the loss blew up at step {run.divergedAt}: each step overshoots the bottom of the bowl by more than the last. Try a rate below{' '}
              the stability limit of lesson 6.
            </p>
          ) : null}
          <div class="update-rule" aria-live="polite" data-testid="update-rule">
            <p class="update-title">The update from step {k} to step {k + 1}</p>
            {update ? (
              <table>
                <tbody>
                  <tr>
                    <th scope="row">
                      <var>w</var>
                    </th>
                    <td>←</td>
                    <td>
                      {term(update.w.now)} − {formatSignificant(v.lr, 3)} × {term(update.w.grad)}
                    </td>
                    <td>=</td>
                    <td data-testid="next-w">{formatFixed(update.w.next, 4)}</td>
                  </tr>
                  <tr>
                    <th scope="row">
                      <var>b</var>
                    </th>
                    <td>←</td>
                    <td>
                      {term(update.b.now)} − {formatSignificant(v.lr, 3)} × {term(update.b.grad)}
                    </td>
                    <td>=</td>
                    <td data-testid="next-b">{formatFixed(update.b.next, 4)}</td>
                  </tr>
                </tbody>
              </table>
            ) : (
              <p>The run ends here.</p>
            )}
          </div>
          <dl class="readout" aria-live="polite">
            <div>
              <dt>Step</dt>
              <dd data-testid="descent-step">{k}</dd>
            </div>
            <div>
              <dt>w, b</dt>
              <dd data-testid="descent-params">
                {formatFixed(point.w, 4)}, {formatFixed(point.b, 4)}
              </dd>
            </div>
            <div>
              <dt>Loss</dt>
              <dd data-testid="descent-loss">{formatFixed(loss, 4)}</dd>
            </div>
          </dl>
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
              {log.map((row) => (
                <tr key={row.step}>
                  <td>{row.step}</td>
                  <td>{formatFixed(row.w, 4)}</td>
                  <td>{formatFixed(row.b, 4)}</td>
                  <td>{formatFixed(row.loss, 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
            script={() =>
              numpyScript({
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
      </div>
    </FigureFrame>
  );
}
