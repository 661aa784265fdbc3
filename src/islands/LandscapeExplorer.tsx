/**
 * Lesson 3: every (w, b) is a model. Three linked views of one data set — the points with the reader's
 * line, the loss landscape from above (heatmap with contours) and as a 3D surface — recompute
 * together: pick a point in the landscape and the line moves; move the line and the point moves; drag
 * the orange point in the data and the whole bowl, its minimum and the line's score move with it.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { landscapeBaseKey, lossLandscapeBase, lossLandscapeSketch, type LandscapeGrid } from '../charts/loss-landscape';
import { niceDomain } from '../charts/domain';
import { lineFitBase, lineFitSketch, lineThrough, paddedDomain } from '../charts/line-fit';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { SurfaceView } from '../components/figure/SurfaceView';
import { DataPanel } from '../components/figure/DataPanel';
import { CONVENTIONS } from '../engine/conventions';
import { leastSquares } from '../engine/closed-form';
import { squaredErrorGrid, squaredErrorStats } from '../engine/grid';
import { squaredErrorLoss } from '../engine/linear';
import { type XY } from '../engine/datasets';
import { LANDSCAPE_DRAG_GRID_SIZE, LANDSCAPE_GRID_SIZE, LANDSCAPE_INTERCEPT, LANDSCAPE_WINDOW, LANDSCAPE_X_RANGE, landscapeData, landscapeFigure as spec } from '../figures/landscape';
import { formatFixed } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { useSettled } from '../state/use-settled';
import '../components/figure/chart-pair.css';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'landscape';
const mse = CONVENTIONS.textbook;
const [X_MIN, X_MAX] = LANDSCAPE_X_RANGE;
const handlesFor = ([lo, hi]: readonly [number, number]) => [lo + 0.15 * (hi - lo), hi - 0.15 * (hi - lo)] as const;
const X_DOMAIN = [X_MIN - 0.3, X_MAX + 0.3] as const;
/** Rows of the reader's own data the figure takes. */
const MAX_ROWS = 2000;
const WINDOW = { ...LANDSCAPE_WINDOW, width: LANDSCAPE_GRID_SIZE, height: LANDSCAPE_GRID_SIZE };
const DRAG_WINDOW = { ...LANDSCAPE_WINDOW, width: LANDSCAPE_DRAG_GRID_SIZE, height: LANDSCAPE_DRAG_GRID_SIZE };

interface WBPoint {
  w: number;
  b: number;
}

const inWindow = (p: WBPoint) => p.w >= WINDOW.wMin && p.w <= WINDOW.wMax && p.b >= WINDOW.bMin && p.b <= WINDOW.bMax;

interface DataChartProps {
  data: XY;
  extra: { x: number; y: number } | null;
  w: number;
  b: number;
  /** The true slope, or null when the data are the reader's own (no true line is known). */
  slope: number | null;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  description: string;
  onLine(w: number, b: number): void;
  onPoint(x: number, y: number): void;
}

/** The points and the line. The figure keeps its element while its inputs stay, so turning the surface does not redraw it. */
function DataChart({ data, extra, w, b, slope, xDomain, yDomain, description, onLine, onPoint }: DataChartProps) {
  const HANDLE_X = handlesFor(xDomain);
  const handles = HANDLE_X.map((x) => ({ x, y: w * x + b }));
  const chartInput = {
    x: data.x,
    y: data.y,
    candidate: { w, b },
    truth: slope === null ? undefined : { w: slope, b: LANDSCAPE_INTERCEPT },
    showResiduals: true,
    xDomain,
    yDomain,
    handles,
    draggable: extra ? [extra] : undefined,
  };
  const drag = useRef<'point' | 0 | 1 | null>(null);
  const moveHandle = (index: 0 | 1, y: number) => {
    const other = handles[1 - index]!;
    const line = lineThrough({ x: HANDLE_X[index], y }, other);
    onLine(line.w, line.b);
  };
  return (
    <PlotView
      aspect={{ wide: 0.8, narrow: 0.75 }}
      label="The data, your line, and the point you can drag"
      description={description}
      build={() => lineFitBase(chartInput)}
      holdBase
      baseKey={[...xDomain, ...yDomain]}
      overlay={() => lineFitSketch(chartInput)}
      pointer={{
        down: (p, target) => {
          if (target.closest('.drag-point')) {
            drag.current = 'point';
            return;
          }
          drag.current = p.x < (HANDLE_X[0] + HANDLE_X[1]) / 2 ? 0 : 1;
          moveHandle(drag.current, p.y);
        },
        move: (p) => {
          if (drag.current === 'point') onPoint(p.x, Math.min(yDomain[1], Math.max(yDomain[0], p.y)));
          else if (drag.current !== null) moveHandle(drag.current, p.y);
        },
        up: () => {
          drag.current = null;
        },
      }}
    />
  );
}

interface LandscapeChartProps {
  grid: LandscapeGrid;
  point: WBPoint;
  minimum: WBPoint;
  description: string;
  onPick(w: number, b: number): void;
}

/** The landscape from above; kept like the data chart. */
function LandscapeChart({ grid, point, minimum, description, onPick }: LandscapeChartProps) {
  return (
    <PlotView
      aspect={{ wide: 0.8, narrow: 0.75 }}
      label="The loss landscape over (w, b), seen from above"
      description={description}
      class="landscape-pick"
      build={() => lossLandscapeBase({ grid })}
      holdBase
      baseKey={landscapeBaseKey({ grid })}
      overlay={() => lossLandscapeSketch({ grid, logScale: true, point, minimum })}
      pointer={{
        down: (p) => onPick(p.x, p.y),
        move: (p) => onPick(p.x, p.y),
      }}
    />
  );
}

export default function LandscapeExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const { n, noise, slope, seed, extra, ex, ey } = v;

  // The reader's own data, when given, replaces the lesson's (it is not in the address); the
  // landscape keeps the lesson's window so the sliders still reach every model in it.
  const [custom, setCustom] = useState<XY | null>(null);
  const lessonData = useMemo(() => landscapeData({ n, noise, slope, seed, extra, ex, ey }), [n, noise, slope, seed, extra, ex, ey]);
  const { base, data } = custom ? { base: custom, data: custom } : lessonData;
  const xDomain = useMemo(() => (custom ? paddedDomain(custom.x) : X_DOMAIN), [custom]);
  // While the data changes frame by frame the landscape is drawn from a coarse grid, then in full.
  const settled = useSettled(data);
  const stats = useMemo(() => squaredErrorStats(data.x, data.y), [data]);
  const grid = useMemo(() => squaredErrorGrid(stats, settled ? WINDOW : DRAG_WINDOW, mse), [stats, settled]);
  const best = useMemo(() => leastSquares(data), [data]);
  const yDomain = useMemo(
    // Rounded out, the axis holds still while a data slider nudges the points.
    () => (custom ? paddedDomain(custom.y, [], 0.25) : niceDomain(paddedDomain(base.y, [slope * X_MIN + LANDSCAPE_INTERCEPT, slope * X_MAX + LANDSCAPE_INTERCEPT], 0.25))),
    [base, slope, custom],
  );

  const minimum = { w: best.w[0]!, b: best.b };
  const point = { w: v.w, b: v.b };
  const loss = squaredErrorLoss(data, { w: [v.w], b: v.b }, mse);
  const bestLoss = squaredErrorLoss(data, best, mse);
  const showMinimum = inWindow(minimum);

  const pointFor = (x: number, y: number) => ({ ex: Math.min(X_MAX, Math.max(X_MIN, x)), ey: y });
  const dataDescription =
    `${data.x.length} points${custom ? ' of your own data' : ''}${extra && !custom ? `, one of them the orange point at x = ${formatFixed(ex, 2)}, y = ${formatFixed(ey, 2)}, which you can drag` : ''}. ` +
    `Your line is y = ${formatFixed(v.w, 2)}x + ${formatFixed(v.b, 2)}; its mean squared error is ${formatFixed(loss, 3)}.`;
  const landscapeDescription =
    `Heatmap of the mean squared error for every slope w from ${WINDOW.wMin} to ${WINDOW.wMax} and intercept b from ${WINDOW.bMin} to ${WINDOW.bMax}, ` +
    `darkest at the lowest loss, with contour lines. Your model is the dot at w = ${formatFixed(v.w, 2)}, b = ${formatFixed(v.b, 2)}; ` +
    (showMinimum
      ? `the minimum is the ringed cross at w = ${formatFixed(minimum.w, 3)}, b = ${formatFixed(minimum.b, 3)}.`
      : `the minimum, at w = ${formatFixed(minimum.w, 3)}, b = ${formatFixed(minimum.b, 3)}, is outside this window.`);
  const surfaceDescription = `A bowl-shaped surface: the height over each (w, b) is the mean squared error, from ${formatFixed(grid.min, 2)} to ${formatFixed(grid.max, 1)} in this window. Your model and the minimum are marked on it.`;

  // The same element as last render makes Preact skip the chart (what preact/compat's memo would do,
  // without its 2 KB): turning the surface or moving an unrelated control leaves both charts alone.
  const dataChart = useMemo(
    () => (
      <DataChart
        data={data}
        extra={extra && !custom ? { x: ex, y: ey } : null}
        w={v.w}
        b={v.b}
        slope={custom ? null : slope}
        xDomain={xDomain}
        yDomain={yDomain}
        description={dataDescription}
        onLine={(w, b) => state.patch({ w, b })}
        onPoint={(x, y) => state.patch(pointFor(x, y))}
      />
    ),
    [data, extra, custom, ex, ey, v.w, v.b, slope, xDomain, yDomain, dataDescription],
  );
  const landscapeChart = useMemo(
    () => <LandscapeChart grid={grid} point={point} minimum={minimum} description={landscapeDescription} onPick={(w, b) => state.patch({ w, b })} />,
    [grid, point.w, point.b, minimum.w, minimum.b, landscapeDescription],
  );

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="landscape">
      <div class="figure-body" data-grid-size={grid.width}>
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            {dataChart}
            {landscapeChart}
          </div>
          <SurfaceView
            grid={grid}
            azimuth={v.azimuth}
            elevation={v.elevation}
            onViewChange={(view) => state.patch(view)}
            point={point}
            minimum={showMinimum ? minimum : null}
            label="The loss landscape as a 3D surface"
            description={surfaceDescription}
            aspect={{ wide: 0.55, narrow: 0.8 }}
          />
          <HeldBox class="held-readout">
            <dl class="readout" aria-live="polite">
              <div>
                <dt>Your model</dt>
                <dd data-testid="landscape-model">
                  <LiveText>
                    w = {formatFixed(v.w, 2)}, b = {formatFixed(v.b, 2)}
                  </LiveText>
                </dd>
              </div>
              <div>
                <dt>Its MSE</dt>
                <dd data-testid="landscape-mse"><LiveText>{formatFixed(loss, 3)}</LiveText></dd>
              </div>
              <div>
                <dt>Minimum</dt>
                <dd data-testid="landscape-minimum">
                  w = {formatFixed(minimum.w, 3)}, b = {formatFixed(minimum.b, 3)}
                  {showMinimum ? '' : ' (outside the window)'}
                </dd>
              </div>
              <div>
                <dt>Lowest MSE</dt>
                <dd data-testid="landscape-best-mse"><LiveText>{formatFixed(bestLoss, 3)}</LiveText></dd>
              </div>
            </dl>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <fieldset>
            <legend>Your model</legend>
            <div class="control-grid">
              <Slider id="landscape-w" label={spec.w.label} min={spec.w.min} max={spec.w.max} step={spec.w.step} value={v.w} onInput={(w) => state.set('w', w)} />
              <Slider id="landscape-b" label={spec.b.label} min={spec.b.min} max={spec.b.max} step={spec.b.step} value={v.b} onInput={(b) => state.set('b', b)} />
            </div>
          </fieldset>
          <fieldset disabled={custom !== null}>
            <legend>The data{custom ? ' (your own data is in use)' : ''}</legend>
            <div class="control-grid">
              <Slider id="landscape-n" label={spec.n.label} min={spec.n.min} max={spec.n.max} step={1} value={v.n} onInput={(x) => state.set('n', x)} />
              <Slider id="landscape-noise" label={spec.noise.label} min={spec.noise.min} max={spec.noise.max} step={spec.noise.step} value={v.noise} onInput={(x) => state.set('noise', x)} />
              <Slider id="landscape-slope" label={spec.slope.label} min={spec.slope.min} max={spec.slope.max} step={spec.slope.step} value={v.slope} onInput={(x) => state.set('slope', x)} />
              <Slider id="landscape-ey" label={spec.ey.label} min={spec.ey.min} max={spec.ey.max} step={spec.ey.step} value={v.ey} disabled={!extra} onInput={(x) => state.set('ey', x)} />
            </div>
            <div class="toggles">
              <Toggle label={spec.extra.label} checked={v.extra} onChange={(on) => state.set('extra', on)} />
            </div>
          </fieldset>
          <fieldset>
            <legend>The surface</legend>
            <div class="control-grid">
              <Slider id="landscape-azimuth" label={spec.azimuth.label} min={spec.azimuth.min} max={spec.azimuth.max} step={spec.azimuth.step} value={v.azimuth} format={(x) => `${formatFixed(x, 0)}°`} onInput={(x) => state.set('azimuth', x)} />
              <Slider id="landscape-elevation" label={spec.elevation.label} min={spec.elevation.min} max={spec.elevation.max} step={spec.elevation.step} value={v.elevation} format={(x) => `${formatFixed(x, 0)}°`} onInput={(x) => state.set('elevation', x)} />
            </div>
          </fieldset>
          <ButtonRow label="Figure actions">
            <Button onClick={() => state.patch({ w: minimum.w, b: minimum.b })}>Jump to the minimum</Button>
            <Button onClick={() => state.set('seed', (v.seed + 1) % (spec.seed.max + 1))}>New noise (seed {v.seed})</Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
          <DataPanel
            kind="regression"
            maxRows={MAX_ROWS}
            data={data}
            custom={custom !== null}
            onUse={setCustom}
            onRestore={() => setCustom(null)}
            fileName="downhill-loss-landscape"
            script={async () =>
              (await import('../engine/numpy-script')).numpyScript({
                title: `Downhill, lesson 3: the model w = ${v.w}, b = ${v.b} on the loss landscape of ${custom ? 'your data' : `the lesson's data (seed ${v.seed})`}, and the minimum`,
                x: data.x,
                y: data.y,
                convention: mse,
                start: { w: [v.w], b: v.b },
                learningRate: 0,
                steps: 0,
              })
            }
          />
        </div>
      </div>
    </FigureFrame>
  );
}
