/**
 * Lesson 4: the loss around the current model, seen three ways — a slice along w, a slice along b,
 * and the landscape from above with the gradient as an arrow. Slopes are the engine's analytic
 * partial derivatives, checked against its finite differences in the readout.
 */
import { useMemo } from 'preact/hooks';
import { landscapeBaseKey, lossLandscapeBase, lossLandscapeSketch, type GradientArrow } from '../charts/loss-landscape';
import { lossSliceLayers, niceCeil } from '../charts/loss-slice';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { CONVENTIONS } from '../engine/conventions';
import { finiteDifferenceGradient } from '../engine/gradient-check';
import { leastSquares } from '../engine/closed-form';
import { linearData, SOURCE_003_DATA } from '../engine/datasets';
import { squaredErrorGradient, squaredErrorLoss } from '../engine/linear';
import { squaredErrorGrid, squaredErrorStats } from '../engine/grid';
import { squaredErrorObjective } from '../engine/objective';
import { squaredErrorSlice } from '../engine/slice';
import { GRADIENT_WINDOW as WIN, gradientFigure as spec } from '../figures/gradient';
import { formatFixed } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import '../components/figure/chart-pair.css';
import { LiveText } from '../components/controls/LiveText';

const FIGURE_ID = 'gradient';
const DATA = linearData(SOURCE_003_DATA);
const STATS = squaredErrorStats(DATA.x, DATA.y);
const OBJECTIVE = squaredErrorObjective(DATA, CONVENTIONS.textbook);
const GRID = squaredErrorGrid(STATS, { ...WIN, width: 81, height: 81 }, CONVENTIONS.textbook);
const BEST = leastSquares(DATA);
const SLICE_W = (b: number) => squaredErrorSlice(STATS, 'w', b, WIN.wMin, WIN.wMax, 121);
const SLICE_B = (w: number) => squaredErrorSlice(STATS, 'b', w, WIN.bMin, WIN.bMax, 121);
/**
 * One loss axis for both slices wherever the reader goes: the loss is convex, so its highest value
 * on the window is at a corner. A fixed axis shows the slices sink as the model nears the minimum,
 * and the charts' axes are drawn once instead of on most frames of a drag.
 */
const LOSS_TOP = niceCeil(
  Math.max(...[WIN.wMin, WIN.wMax].flatMap((w) => [WIN.bMin, WIN.bMax].map((b) => squaredErrorLoss(DATA, { w: [w], b }, CONVENTIONS.textbook)))),
);
const SPAN_W = WIN.wMax - WIN.wMin;
const SPAN_B = WIN.bMax - WIN.bMin;

/**
 * −∇L drawn as an arrow whose on-screen length is `fraction` of the window, pointing the way the
 * gradient points in the chart (each axis measured in its own span): a drawing choice, not maths.
 */
function arrowOnScreen(w: number, b: number, gw: number, gb: number, fraction: number): GradientArrow {
  const u = -gw / SPAN_W;
  const v = -gb / SPAN_B;
  const length = Math.hypot(u, v);
  if (length === 0) return { w, b, dw: 0, db: 0 };
  return { w, b, dw: (fraction * u * SPAN_W) / length, db: (fraction * v * SPAN_B) / length };
}

export default function GradientExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const { w, b, field } = state.values.value;
  const params = { w: [w], b };
  const loss = squaredErrorLoss(DATA, params, CONVENTIONS.textbook);
  const grad = squaredErrorGradient(DATA, params, CONVENTIONS.textbook);
  const numeric = finiteDifferenceGradient(OBJECTIVE, params);
  const sliceW = useMemo(() => SLICE_W(b), [b]);
  const sliceB = useMemo(() => SLICE_B(w), [w]);
  const sliceWLayers = lossSliceLayers({ at: sliceW.at, loss: sliceW.loss, current: { x: w, loss, slope: grad.w[0]! }, xLabel: 'w (b fixed)', yDomain: [0, LOSS_TOP] });
  const sliceBLayers = lossSliceLayers({ at: sliceB.at, loss: sliceB.loss, current: { x: b, loss, slope: grad.b }, xLabel: 'b (w fixed)', yDomain: [0, LOSS_TOP] });
  const fieldArrows = useMemo((): GradientArrow[] => {
    if (!field) return [];
    const samples: Array<{ w: number; b: number; gw: number; gb: number }> = [];
    for (let i = 0; i < 9; i++) {
      for (let j = 0; j < 9; j++) {
        const aw = WIN.wMin + ((WIN.wMax - WIN.wMin) * (i + 0.5)) / 9;
        const ab = WIN.bMin + ((WIN.bMax - WIN.bMin) * (j + 0.5)) / 9;
        const g = squaredErrorGradient(DATA, { w: [aw], b: ab }, CONVENTIONS.textbook);
        samples.push({ w: aw, b: ab, gw: g.w[0]!, gb: g.b });
      }
    }
    // Arrows show direction; their length only hints at steepness, so none leaves its cell.
    const steepest = Math.max(...samples.map((s) => Math.hypot(s.gw / SPAN_W, s.gb / SPAN_B)));
    return samples.map((s) => arrowOnScreen(s.w, s.b, s.gw, s.gb, (0.03 + 0.045 * Math.hypot(s.gw / SPAN_W, s.gb / SPAN_B) / steepest)));
  }, [field]);
  const here = arrowOnScreen(w, b, grad.w[0]!, grad.b, 0.12);
  const way = (slope: number, name: string) => (slope === 0 ? `flat in ${name}` : `${slope < 0 ? 'increase' : 'decrease'} ${name}`);

  const description =
    `At w = ${formatFixed(w, 2)}, b = ${formatFixed(b, 2)} the loss is ${formatFixed(loss, 3)}; ` +
    `∂L/∂w = ${formatFixed(grad.w[0]!, 3)} and ∂L/∂b = ${formatFixed(grad.b, 3)}, so downhill means: ${way(grad.w[0]!, 'w')}, ${way(grad.b, 'b')}.`;
  const setFromLandscape = (point: { x: number; y: number }) => state.patch({ w: point.x, b: point.y });

  const landscapeInput = {
    grid: GRID,
    logScale: true,
    point: { w, b },
    minimum: { w: BEST.w[0]!, b: BEST.b },
    arrows: [...fieldArrows, here],
    xLabel: 'w',
    yLabel: 'b',
  };

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption}>
      <div class="figure-body">
        <div class="figure-chart">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.75, narrow: 0.6 }}
              label="The loss along w, with b held fixed"
              description={`A slice of the loss along w at b = ${formatFixed(b, 2)}; its slope at w = ${formatFixed(w, 2)} is ${formatFixed(grad.w[0]!, 3)}.`}
              build={() => sliceWLayers.base}
              baseKey={[LOSS_TOP]}
              overlay={() => sliceWLayers.overlay}
              pointer={{ down: (p) => state.set('w', p.x), move: (p) => state.set('w', p.x) }}
            />
            <PlotView
              aspect={{ wide: 0.75, narrow: 0.6 }}
              label="The loss along b, with w held fixed"
              description={`A slice of the loss along b at w = ${formatFixed(w, 2)}; its slope at b = ${formatFixed(b, 2)} is ${formatFixed(grad.b, 3)}.`}
              build={() => sliceBLayers.base}
              baseKey={[LOSS_TOP]}
              overlay={() => sliceBLayers.overlay}
              pointer={{ down: (p) => state.set('b', p.x), move: (p) => state.set('b', p.x) }}
            />
          </div>
          <PlotView
            aspect={{ wide: 0.6, narrow: 0.85 }}
            label="The loss landscape from above, with the downhill direction"
            description={description}
            build={() => lossLandscapeBase(landscapeInput)}
            holdBase
            baseKey={landscapeBaseKey(landscapeInput)}
            overlay={() => lossLandscapeSketch(landscapeInput)}
            pointer={{ down: setFromLandscape, move: setFromLandscape }}
          />
          <dl class="readout" aria-live="polite">
            <div>
              <dt>Loss</dt>
              <dd data-testid="gradient-loss"><LiveText>{formatFixed(loss, 3)}</LiveText></dd>
            </div>
            <div>
              <dt>∂L/∂w</dt>
              <dd data-testid="gradient-dw"><LiveText>{formatFixed(grad.w[0]!, 3)}</LiveText></dd>
            </div>
            <div>
              <dt>∂L/∂b</dt>
              <dd data-testid="gradient-db"><LiveText>{formatFixed(grad.b, 3)}</LiveText></dd>
            </div>
            <div>
              <dt>Finite differences</dt>
              <dd data-testid="gradient-numeric">
                <LiveText>
                  {formatFixed(numeric.w[0]!, 3)}, {formatFixed(numeric.b, 3)}
                </LiveText>
              </dd>
            </div>
            <div>
              <dt>Downhill</dt>
              <dd data-testid="gradient-way">
                <LiveText>
                  {way(grad.w[0]!, 'w')}, {way(grad.b, 'b')}
                </LiveText>
              </dd>
            </div>
          </dl>
        </div>
        <div class="figure-controls">
          <div class="control-grid">
            <Slider id="gradient-w" label={spec.w.label} min={spec.w.min} max={spec.w.max} step={spec.w.step} value={w} onInput={(x) => state.set('w', x)} />
            <Slider id="gradient-b" label={spec.b.label} min={spec.b.min} max={spec.b.max} step={spec.b.step} value={b} onInput={(x) => state.set('b', x)} />
          </div>
          <div class="toggles">
            <Toggle label={spec.field.label} checked={field} onChange={(on) => state.set('field', on)} />
          </div>
        </div>
      </div>
    </FigureFrame>
  );
}
