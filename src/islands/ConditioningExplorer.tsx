/**
 * Lesson 6: why a stretched bowl makes descent zigzag, and how centring and scaling x rounds it. The
 * same data with x as it is (far from zero) or standardised; the path on the contour map, the loss,
 * the bowl's condition number, its stability limit, and how many steps the run needs.
 */
import { useMemo } from 'preact/hooks';
import { overStepsLayers } from '../charts/over-steps';
import { landscapeBaseKey, lossLandscapeBase, lossLandscapeSketch } from '../charts/loss-landscape';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import '../components/figure/chart-pair.css';
import { CONVENTIONS } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { squaredErrorGrid, squaredErrorStats } from '../engine/grid';
import { squaredErrorLoss } from '../engine/linear';
import { squaredErrorObjective } from '../engine/objective';
import { bowlShape, standardizeX } from '../engine/standardize';
import { runVerdict } from '../engine/verdict';
import { CONDITIONING_STEPS, conditioningData, conditioningFigure as spec } from '../figures/rates';
import { formatFixed, formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'conditioning';
const mse = CONVENTIONS.textbook;
const RAW = conditioningData();
const SCALED = standardizeX(RAW).data;

function setup(scaled: boolean) {
  const data = scaled ? SCALED : RAW;
  const best = leastSquares(data);
  const optimum = squaredErrorLoss(data, best, mse);
  const w = best.w[0]!;
  const b = best.b;
  // A window that holds the start (0, 0), the bottom, and a margin around both.
  const window = {
    wMin: Math.min(0, w) - 1,
    wMax: Math.max(0, w) + 1,
    bMin: Math.min(0, b) - 2,
    bMax: Math.max(0, b) + 2,
    width: 70,
    height: 70,
  };
  return { data, best, optimum, shape: bowlShape(data, mse), grid: squaredErrorGrid(squaredErrorStats(data.x, data.y), window, mse) };
}

const SETUPS = { raw: setup(false), scaled: setup(true) };

/** The first step within 0.1% of the start's distance to the bottom, in (w, b), or null. */
function arrival(params: ReadonlyArray<{ w: number[]; b: number }>, best: { w: number[]; b: number }): number | null {
  const distance = (p: { w: number[]; b: number }) => Math.hypot(p.w[0]! - best.w[0]!, p.b - best.b);
  const d0 = distance(params[0]!);
  const k = params.findIndex((p) => distance(p) <= 1e-3 * d0);
  return k >= 0 ? k : null;
}

export default function ConditioningExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const s = v.scaled ? SETUPS.scaled : SETUPS.raw;
  const run = useMemo(() => gradientDescent(squaredErrorObjective(s.data, mse), { learningRate: v.lr, steps: CONDITIONING_STEPS }), [s, v.lr]);
  const verdict = runVerdict(run, { optimumLoss: s.optimum, optimum: s.best });
  const arrived = run.divergedAt === null ? arrival(run.params, s.best) : null;
  const path = run.params.map((p) => ({ w: p.w[0]!, b: p.b }));
  const landscapeInput = { grid: s.grid, logScale: true, path, point: path.at(-1)!, minimum: { w: s.best.w[0]!, b: s.best.b }, xLabel: v.scaled ? 'w (scaled x)' : 'w', yLabel: 'b' };

  const lossSteps = useMemo(
    () => overStepsLayers({ series: [{ name: 'loss', values: run.lossAt.map((l) => l - s.optimum), stroke: 'var(--c-model)' }], current: run.stepsTaken, yLabel: 'loss above the minimum', logY: true }),
    [run, s],
  );
  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="conditioning">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.8 }}
              label={`The loss landscape with x ${v.scaled ? 'centred and scaled' : 'as it is'}, and the path of descent`}
              description={`Contours of the loss; condition number ${formatSignificant(s.shape.condition, 3)}. ${CONDITIONING_STEPS} steps at rate ${formatSignificant(v.lr, 2)}: ${verdict.verdict}.`}
              build={() => lossLandscapeBase(landscapeInput)}
              holdBase
              baseKey={landscapeBaseKey(landscapeInput)}
              overlay={() => lossLandscapeSketch(landscapeInput)}
            />
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.6 }}
              label="The loss over the steps"
              description={`The loss over ${run.stepsTaken} steps, on a log scale.`}
              build={() => lossSteps.base}
              holdBase
              baseKey={lossSteps.baseKey}
              overlay={() => lossSteps.overlay}
              overlayKey={[lossSteps]}
            />
          </div>
          <HeldBox class="held-readout">
            <dl class="readout" aria-live="polite">
              <div>
                <dt>Condition number κ</dt>
                <dd data-testid="cond-kappa"><LiveText>{formatSignificant(s.shape.condition, 3)}</LiveText></dd>
              </div>
              <div>
                <dt>Stability limit 2/λmax</dt>
                <dd data-testid="cond-limit"><LiveText>{formatSignificant(s.shape.stabilityLimit, 3)}</LiveText></dd>
              </div>
              <div>
                <dt>This run</dt>
                <dd data-testid="cond-verdict">
                  {verdict.verdict}
                  {run.divergedAt !== null ? `, blew up at step ${run.divergedAt}` : arrived !== null ? `, within 0.1% of the way to the minimum after ${arrived} steps` : ''}
                </dd>
              </div>
            </dl>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <Toggle label={spec.scaled.label} checked={v.scaled} onChange={(on) => state.set('scaled', on)} />
          <Slider id="conditioning-lr" label={spec.lr.label} min={spec.lr.min} max={spec.lr.max} scale="log" value={v.lr} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('lr', x)} />
          <p class="control-note">
            Best fixed rate for this bowl, 2/(λmin + λmax): <strong data-testid="cond-best-rate">{formatSignificant(s.shape.bestRate, 3)}</strong>
          </p>
          <button type="button" class="btn" onClick={() => state.set('lr', Number(formatSignificant(s.shape.bestRate, 3)))}>
            Use the best rate
          </button>
          <p class="control-note">Loss at the minimum: {formatFixed(s.optimum, 4)}</p>
        </div>
      </div>
    </FigureFrame>
  );
}
