/**
 * Lesson 8: the penalty on the landscape. The loss of the data plus (λ/2n)w² (and, if chosen, the
 * same on b): the penalty's contours (lines w = ±r, or circles when b is penalised too), the
 * minimum without the penalty, the minimum with it, and the trail the minimum follows as λ grows.
 */
import { useMemo } from 'preact/hooks';
import { landscapeBaseKey, lossLandscapeBase, lossLandscapeSketch } from '../charts/loss-landscape';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { leastSquares, ridge, ridgeAlphaFor } from '../engine/closed-form';
import { squaredErrorGrid, squaredErrorStats } from '../engine/grid';
import { outlierData, RIDGE_LANDSCAPE_DRAG_GRID_SIZE, RIDGE_LANDSCAPE_GRID_SIZE, ridgeLandscapeFigure as spec } from '../figures/regularization';
import { formatFixed, formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { useSettled } from '../state/use-settled';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'ridge-landscape';
const { clean: DATA } = outlierData();
const N = DATA.x.length;
const STATS = squaredErrorStats(DATA.x, DATA.y);
const WINDOW = { wMin: -0.5, wMax: 3.5, bMin: -1.5, bMax: 2.5, width: RIDGE_LANDSCAPE_GRID_SIZE, height: RIDGE_LANDSCAPE_GRID_SIZE };
/** The grid while λ is being dragged: a quarter of the cells to colour and contour on each frame. */
const DRAG_WINDOW = { ...WINDOW, width: RIDGE_LANDSCAPE_DRAG_GRID_SIZE, height: RIDGE_LANDSCAPE_DRAG_GRID_SIZE };
const FREE = leastSquares(DATA);
const TRAIL_LAMBDAS = Array.from({ length: 51 }, (_, i) => (i === 0 ? 0 : 0.05 * 1.25 ** i));

function penalised(lambda: number, bias: boolean) {
  const convention = { ...withL2(CONVENTIONS.textbook, lambda), l2: { ...CONVENTIONS.textbook.l2, lambda, penalizeBias: bias } };
  const best = ridge(DATA, ridgeAlphaFor(N, convention), { penalizeBias: bias });
  return { convention, best: { w: best.w[0]!, b: best.b } };
}

export default function RidgeLandscape({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const { convention, best } = penalised(v.lambda, v.bias);
  const settled = useSettled(v.lambda);
  const grid = useMemo(() => squaredErrorGrid(STATS, settled ? WINDOW : DRAG_WINDOW, convention), [v.lambda, v.bias, settled]);
  const trail = useMemo(() => TRAIL_LAMBDAS.map((l) => penalised(l, v.bias).best), [v.bias]);
  // The penalty contour through the penalised minimum: the constraint the minimum sits on.
  const r = v.bias ? Math.hypot(best.w, best.b) : Math.abs(best.w);
  const input = {
    grid,
    logScale: true,
    minimum: { w: FREE.w[0]!, b: FREE.b },
    point: best,
    trail,
    ...(v.bias ? { circles: [{ r }] } : { bands: [{ r }] }),
  };
  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="ridge-landscape">
      <div class="figure-body" data-grid-size={grid.width}>
        <div class="figure-chart">
          <PlotView
            aspect={{ wide: 0.75, narrow: 0.9 }}
            label="The penalised loss landscape, with the minimum with and without the penalty"
            description={`With λ = ${formatSignificant(v.lambda, 3)} the minimum moves from w = ${formatFixed(FREE.w[0]!, 3)}, b = ${formatFixed(FREE.b, 3)} (ringed cross) to w = ${formatFixed(best.w, 3)}, b = ${formatFixed(best.b, 3)} (dot); the dotted line is its trail as λ grows.`}
            build={() => lossLandscapeBase(input)}
            holdBase
            baseKey={landscapeBaseKey(input)}
            overlay={() => lossLandscapeSketch(input)}
          />
          <HeldBox class="held-readout">
            <dl class="readout" aria-live="polite">
              <div>
                <dt>Minimum without the penalty</dt>
                <dd>
                  <LiveText>
                    w = {formatFixed(FREE.w[0]!, 3)}, b = {formatFixed(FREE.b, 3)}
                  </LiveText>
                </dd>
              </div>
              <div>
                <dt>With λ = {formatSignificant(v.lambda, 3)}</dt>
                <dd data-testid="ridge-minimum">
                  <LiveText>
                    w = {formatFixed(best.w, 3)}, b = {formatFixed(best.b, 3)}
                  </LiveText>
                </dd>
              </div>
            </dl>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <Slider id="ridge-lambda" label={spec.lambda.label} min={spec.lambda.min} max={spec.lambda.max} scale="log" value={v.lambda} format={(x) => formatSignificant(x, 3)} onInput={(x) => state.set('lambda', x)} />
          <Toggle label={spec.bias.label} checked={v.bias} onChange={(on) => state.set('bias', on)} />
        </div>
      </div>
    </FigureFrame>
  );
}
