/**
 * Lesson 15: squared error, absolute error and Huber on lesson 8's outliers. The three fits on the
 * data, the landscape of the chosen loss (MAE's creases), and how hard one residual pulls under each
 * loss; Huber's threshold δ moves its fit between the other two.
 */
import { useMemo } from 'preact/hooks';
import { influenceBase, influenceSketch } from '../charts/influence';
import { lineFitBase, lineFitSketch, lineEnds, paddedDomain } from '../charts/line-fit';
import { landscapeBaseKey, lossLandscapeBase, lossLandscapeSketch } from '../charts/loss-landscape';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import '../components/figure/chart-pair.css';
import * as Plot from '@observablehq/plot';
import { absoluteErrorGrid, huberGrid } from '../engine/objective-grid';
import { CONVENTIONS } from '../engine/conventions';
import { SOURCE_000_OUTLIERS } from '../engine/datasets';
import { squaredErrorGrid, squaredErrorStats } from '../engine/grid';
import { robustFigure as spec } from '../figures/robust';
import { formatFixed, formatSignificant } from '../lib/format';
import { CLEAN_FIT, MSE_FIT, ROBUST_DATA, robustFit } from '../lessons/robust-fit';
import { useFigureState } from '../state/use-figure-state';
import { useSettled } from '../state/use-settled';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'robust';
const { clean, data } = ROBUST_DATA;
const X_DOMAIN = paddedDomain(data.x);
const Y_DOMAIN = paddedDomain(data.y);
const OUTLIERS = SOURCE_000_OUTLIERS.x.map((x, i) => ({ x, y: SOURCE_000_OUTLIERS.y[i]! }));
const MAE_FIT = robustFit({ kind: 'absolute-error' });
const WINDOW = { wMin: 1, wMax: 4, bMin: -0.5, bMax: 2.5, width: 70, height: 70 };
/** The Huber landscape while δ moves frame by frame (each sample sums over every point); in full once it holds still. */
const DRAG_WINDOW = { ...WINDOW, width: 35, height: 35 };
const GRIDS = {
  mse: squaredErrorGrid(squaredErrorStats(data.x, data.y), WINDOW, CONVENTIONS.textbook),
  mae: absoluteErrorGrid(data, WINDOW),
};
const NAMES = { mse: 'mean squared error', mae: 'mean absolute error', huber: 'Huber loss' } as const;

export default function RobustExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const huber = useMemo(() => robustFit({ kind: 'huber', delta: v.delta }), [v.delta]);
  const settled = useSettled(v.delta);
  const grid = useMemo(
    () => (v.landscape === 'huber' ? huberGrid(data, settled ? WINDOW : DRAG_WINDOW, v.delta) : GRIDS[v.landscape]),
    [v.landscape, v.delta, settled],
  );
  const fits = { mse: MSE_FIT, mae: MAE_FIT, huber };
  const chosen = fits[v.landscape];

  const dataInput = {
    x: clean.x,
    y: clean.y,
    candidate: { w: huber.w[0]!, b: huber.b },
    best: { w: CLEAN_FIT.w[0]!, b: CLEAN_FIT.b },
    showResiduals: false,
    xDomain: X_DOMAIN,
    yDomain: Y_DOMAIN,
    draggable: OUTLIERS,
  };
  const otherLines = () => [
    Plot.line(lineEnds({ w: MSE_FIT.w[0]!, b: MSE_FIT.b }, X_DOMAIN), { x: 'x', y: 'y', stroke: 'var(--c-bad)', strokeWidth: 2, clip: true }),
    Plot.line(lineEnds({ w: MAE_FIT.w[0]!, b: MAE_FIT.b }, X_DOMAIN), { x: 'x', y: 'y', stroke: 'var(--c-data)', strokeWidth: 2, strokeDasharray: '2 3', clip: true }),
  ];
  const landscapeInput = { grid, logScale: v.landscape === 'mse', minimum: { w: chosen.w[0]!, b: chosen.b }, thresholds: 16 };

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="robust">
      <div class="figure-body" data-grid-size={grid.width}>
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.8 }}
              label="The data with its four outliers and the three fits"
              description={`Slopes: squared error ${formatFixed(MSE_FIT.w[0]!, 3)}, absolute error ${formatFixed(MAE_FIT.w[0]!, 3)}, Huber with δ = ${formatSignificant(v.delta, 2)} ${formatFixed(huber.w[0]!, 3)}; the clean points alone give ${formatFixed(CLEAN_FIT.w[0]!, 3)}.`}
              build={() => {
                const base = lineFitBase(dataInput);
                return { ...base, marks: [...(base.marks ?? []), ...otherLines()] };
              }}
              baseKey={[]}
              overlay={() => lineFitSketch(dataInput)}
            />
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.8 }}
              label={`The landscape of the ${NAMES[v.landscape]} over w and b`}
              description={`Contours of the ${NAMES[v.landscape]}; its minimum, the ringed cross, is at w = ${formatFixed(chosen.w[0]!, 3)}, b = ${formatFixed(chosen.b, 3)}.${v.landscape === 'mae' ? ' The contours have corners: the loss has a crease wherever the line passes through a data point.' : ''}`}
              build={() => lossLandscapeBase(landscapeInput)}
              holdBase
              baseKey={landscapeBaseKey(landscapeInput)}
              overlay={() => lossLandscapeSketch(landscapeInput)}
            />
          </div>
          <PlotView
            aspect={{ wide: 0.4, narrow: 0.7 }}
            label="How hard one residual pulls on the fit under each loss"
            description={`Squared error pulls in proportion to the residual without limit; absolute error with the same force whatever the size; Huber in proportion up to δ = ${formatSignificant(v.delta, 2)}, then constantly.`}
            build={() => influenceBase()}
            baseKey={[]}
            overlay={() => influenceSketch(v.delta)}
          />
          <HeldBox>
            <table class="training-log" data-testid="robust-table">
              <caption>Fitted slope and intercept</caption>
              <thead>
                <tr>
                  <th scope="col">loss</th>
                  <th scope="col">w</th>
                  <th scope="col">b</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">squared error (solid red)</th>
                  <td data-testid="robust-mse-w">{formatFixed(MSE_FIT.w[0]!, 3)}</td>
                  <td>{formatFixed(MSE_FIT.b, 3)}</td>
                </tr>
                <tr>
                  <th scope="row">absolute error (dotted)</th>
                  <td data-testid="robust-mae-w">{formatFixed(MAE_FIT.w[0]!, 3)}</td>
                  <td>{formatFixed(MAE_FIT.b, 3)}</td>
                </tr>
                <tr>
                  <th scope="row">Huber, δ = {formatSignificant(v.delta, 2)} (thick)</th>
                  <td data-testid="robust-huber-w">{formatFixed(huber.w[0]!, 3)}</td>
                  <td>{formatFixed(huber.b, 3)}</td>
                </tr>
                <tr>
                  <th scope="row">clean points only (dotted green)</th>
                  <td>{formatFixed(CLEAN_FIT.w[0]!, 3)}</td>
                  <td>{formatFixed(CLEAN_FIT.b, 3)}</td>
                </tr>
              </tbody>
            </table>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <Slider id="robust-delta" label={spec.delta.label} min={spec.delta.min} max={spec.delta.max} scale="log" value={v.delta} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('delta', x)} />
          <fieldset>
            <legend>{spec.landscape.label}</legend>
            {(['mse', 'mae', 'huber'] as const).map((name) => (
              <label key={name} class="choice">
                <input type="radio" name="robust-landscape" checked={v.landscape === name} onChange={() => state.set('landscape', name)} />
                <span>{NAMES[name]}</span>
              </label>
            ))}
          </fieldset>
        </div>
      </div>
    </FigureFrame>
  );
}
