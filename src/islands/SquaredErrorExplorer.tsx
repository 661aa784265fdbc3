/**
 * Lesson 2: the reader fits a line by hand to a few points and sees each miss as a square whose area
 * is the squared residual; the mean of the areas is the MSE, shown against the best possible MSE.
 * A switch scores the misses by their absolute size instead, as bars, and a curve along the
 * intercept shows why squares make a smoother bowl with one bottom.
 */
import { useMemo, useRef } from 'preact/hooks';
import { niceCeil } from '../charts/domain';
import { lineThrough } from '../charts/line-fit';
import { errorBarsLayers, errorBarsTop, lossCurveLayers, residualSquaresLayers, type ResidualSquaresInput } from '../charts/squared-error';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { absoluteErrorLoss, interceptProfile } from '../engine/loss-quadratic';
import { CONVENTIONS } from '../engine/conventions';
import { leastSquares } from '../engine/closed-form';
import { linspace } from '../engine/datasets';
import { residuals, squaredErrorLoss } from '../engine/linear';
import {
  SQUARED_ERROR_B_RANGE,
  SQUARED_ERROR_X_DOMAIN,
  SQUARED_ERROR_Y_DOMAIN,
  squaredErrorData,
  squaredErrorFigure as spec,
} from '../figures/squared-error';
import { formatFixed } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import '../components/figure/chart-pair.css';
import { LiveText } from '../components/controls/LiveText';

const FIGURE_ID = 'squared-error';
const mse = CONVENTIONS.textbook;
const [X0, X1] = SQUARED_ERROR_X_DOMAIN;
const HANDLE_X = [X0 + 0.15 * (X1 - X0), X1 - 0.15 * (X1 - X0)] as const;
const B_SAMPLES = linspace(SQUARED_ERROR_B_RANGE[0], SQUARED_ERROR_B_RANGE[1], 281);

export default function SquaredErrorExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const { n, noise, seed } = v;
  const squared = v.measure === 'squared';

  const data = useMemo(() => squaredErrorData({ n, noise, seed }), [n, noise, seed]);
  const best = useMemo(() => leastSquares(data), [data]);
  // A fixed top for the bars: the largest error of the starting line, so shrinking bars stay visible.
  const barTop = useMemo(() => {
    const r = residuals(data, { w: [spec.w.default], b: spec.b.default });
    let top = 0;
    for (const e of r) top = Math.max(top, squared ? e * e : Math.abs(e));
    return top * 1.05 || 1;
  }, [data, squared]);

  const params = { w: [v.w], b: v.b };
  const r = residuals(data, params);
  const errors = Array.from(r, (e) => (squared ? e * e : Math.abs(e)));
  const loss = squared ? squaredErrorLoss(data, params, mse) : absoluteErrorLoss(data, params);
  // One loss axis along b for the figure: the loss is convex in (w, b), so its highest value over
  // the sliders' box is at a corner; the curve then sinks visibly as the slope nears its best.
  const curveTop = useMemo(() => {
    const at = (w: number, b: number) => (squared ? squaredErrorLoss(data, { w: [w], b }, mse) : absoluteErrorLoss(data, { w: [w], b }));
    return niceCeil(Math.max(...[spec.w.min, spec.w.max].flatMap((w) => [B_SAMPLES[0]!, B_SAMPLES[B_SAMPLES.length - 1]!].map((b) => at(w, b)))));
  }, [data, squared]);
  const bestMse = squaredErrorLoss(data, best, mse);
  const currentMse = squaredErrorLoss(data, params, mse);
  // Only the slope and the data change the curve along b; moving b moves just its dot.
  const profile = useMemo(() => interceptProfile(data, v.w, B_SAMPLES, squared ? 'squared' : 'absolute'), [data, v.w, squared]);
  const lossName = squared ? 'mean squared error' : 'mean absolute error';

  const handles = HANDLE_X.map((x) => ({ x, y: v.w * x + v.b }));
  const squaresInput = (width: number, height: number): ResidualSquaresInput => ({
    x: data.x,
    y: data.y,
    candidate: { w: v.w, b: v.b },
    best: v.best ? { w: best.w[0]!, b: best.b } : undefined,
    showResiduals: true,
    xDomain: SQUARED_ERROR_X_DOMAIN,
    yDomain: SQUARED_ERROR_Y_DOMAIN,
    handles,
    width,
    height,
    squares: squared,
  });
  const barsInput = { errors, mean: loss, label: squared ? 'squared error' : 'absolute error', yMax: barTop };
  const curveInput = { xs: B_SAMPLES, losses: profile, current: { x: v.b, loss }, xLabel: 'intercept b (slope fixed)', yLabel: squared ? 'MSE' : 'MAE', yMax: curveTop };
  const dragged = useRef<0 | 1 | null>(null);
  const moveHandle = (index: 0 | 1, y: number) => {
    const line = lineThrough({ x: HANDLE_X[index], y }, handles[1 - index]!);
    state.patch({ w: line.w, b: line.b });
  };

  const description =
    `${n} points and your line y = ${formatFixed(v.w, 2)}x + ${formatFixed(v.b, 2)}. ` +
    (squared
      ? `Each residual is drawn with its square; the squares' mean area is the mean squared error, ${formatFixed(currentMse, 3)}.`
      : `Each residual is drawn as a segment; their mean length is the mean absolute error, ${formatFixed(loss, 3)}.`);
  const barsDescription = `Bars for the ${squared ? 'squared' : 'absolute'} error of each point, left to right; the dashed line is their mean, ${formatFixed(loss, 3)}.`;
  const curveDescription = `The ${lossName} of lines with slope ${formatFixed(v.w, 2)} as the intercept b goes from ${SQUARED_ERROR_B_RANGE[0]} to ${SQUARED_ERROR_B_RANGE[1]}; the dot is your b = ${formatFixed(v.b, 2)}.`;

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="squared-error">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <PlotView
            aspect={{ wide: 0.62, narrow: 0.85 }}
            label={squared ? 'The data, your line, and each residual’s square' : 'The data, your line, and each residual'}
            description={description}
            build={(width, height) => residualSquaresLayers(squaresInput(width, height)).base}
            holdBase
            baseKey={[SQUARED_ERROR_X_DOMAIN, SQUARED_ERROR_Y_DOMAIN]}
            overlay={(width, height) => residualSquaresLayers(squaresInput(width, height)).overlay}
            pointer={{
              down: (point) => {
                dragged.current = point.x < (HANDLE_X[0] + HANDLE_X[1]) / 2 ? 0 : 1;
                moveHandle(dragged.current, point.y);
              },
              move: (point) => {
                if (dragged.current !== null) moveHandle(dragged.current, point.y);
              },
              up: () => {
                dragged.current = null;
              },
            }}
          />
          <dl class="readout" aria-live="polite">
            <div>
              <dt>Your line</dt>
              <dd>
                <LiveText>
                  ŷ = {formatFixed(v.w, 2)}x {v.b < 0 ? '−' : '+'} {formatFixed(Math.abs(v.b), 2)}
                </LiveText>
              </dd>
            </div>
            <div>
              <dt>Your MSE</dt>
              <dd data-testid="squared-mse"><LiveText>{formatFixed(currentMse, 3)}</LiveText></dd>
            </div>
            <div>
              <dt>Best possible MSE</dt>
              <dd data-testid="squared-best-mse"><LiveText>{formatFixed(bestMse, 3)}</LiveText></dd>
            </div>
            {squared ? null : (
              <div>
                <dt>Your mean absolute error</dt>
                <dd data-testid="squared-mae"><LiveText>{formatFixed(loss, 3)}</LiveText></dd>
              </div>
            )}
          </dl>
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.75, narrow: 0.6 }}
              label={squared ? 'Squared error of each point' : 'Absolute error of each point'}
              description={barsDescription}
              build={() => errorBarsLayers(barsInput).base}
              holdBase
              baseKey={[errors.length, squared, errorBarsTop(barsInput)]}
              overlay={() => errorBarsLayers(barsInput).overlay}
            />
            <PlotView
              aspect={{ wide: 0.75, narrow: 0.6 }}
              label={`The ${lossName} along the intercept b`}
              description={curveDescription}
              build={() => lossCurveLayers(curveInput).base}
              holdBase
              baseKey={[B_SAMPLES, curveTop, squared]}
              overlay={() => lossCurveLayers(curveInput).overlay}
            />
          </div>
        </div>
        <div class="figure-controls">
          <fieldset>
            <legend>Your line</legend>
            <div class="control-grid">
              <Slider id="squared-error-w" label={spec.w.label} min={spec.w.min} max={spec.w.max} step={spec.w.step} value={v.w} onInput={(w) => state.set('w', w)} />
              <Slider id="squared-error-b" label={spec.b.label} min={spec.b.min} max={spec.b.max} step={spec.b.step} value={v.b} onInput={(b) => state.set('b', b)} />
            </div>
          </fieldset>
          <fieldset>
            <legend>{spec.measure.label}</legend>
            <ButtonRow label={spec.measure.label}>
              <Button pressed={squared} onClick={() => state.set('measure', 'squared')}>
                Its square
              </Button>
              <Button pressed={!squared} onClick={() => state.set('measure', 'absolute')}>
                Its absolute size
              </Button>
            </ButtonRow>
          </fieldset>
          <fieldset>
            <legend>The data</legend>
            <div class="control-grid">
              <Slider id="squared-error-n" label={spec.n.label} min={spec.n.min} max={spec.n.max} step={1} value={v.n} onInput={(x) => state.set('n', x)} />
              <Slider id="squared-error-noise" label={spec.noise.label} min={spec.noise.min} max={spec.noise.max} step={spec.noise.step} value={v.noise} onInput={(x) => state.set('noise', x)} />
            </div>
          </fieldset>
          <div class="toggles">
            <Toggle label={spec.best.label} checked={v.best} onChange={(on) => state.set('best', on)} />
          </div>
          <ButtonRow label="Figure actions">
            <Button onClick={() => state.set('seed', (v.seed + 1) % (spec.seed.max + 1))}>New noise (seed {v.seed})</Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
        </div>
      </div>
    </FigureFrame>
  );
}
