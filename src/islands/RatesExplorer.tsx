/**
 * Lesson 6: source 000's learning rates side by side — the same data, the same 100 steps — each panel
 * with its verdict, and a fifth panel for the reader's own rate, whose path is also drawn on the
 * landscape. The stability limit 2/λmax of this data is shown next to the reader's rate.
 */
import { useMemo } from 'preact/hooks';
import { landscapeBaseKey, lossLandscapeBase, lossLandscapeSketch } from '../charts/loss-landscape';
import { rateLossBase, rateLossSketch, VERDICT_COLOUR } from '../charts/rates';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { CONVENTIONS } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { squaredErrorGrid, squaredErrorStats } from '../engine/grid';
import { squaredErrorLoss } from '../engine/linear';
import { squaredErrorObjective } from '../engine/objective';
import { stabilityLimit } from '../engine/hessian';
import { runVerdict } from '../engine/verdict';
import { RATE_STEPS, ratesData, ratesFigure as spec, SOURCE_RATES } from '../figures/rates';
import { formatFixed, formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'rates';
const mse = CONVENTIONS.textbook;
const DATA = ratesData();
const OBJECTIVE = squaredErrorObjective(DATA, mse);
const BEST = leastSquares(DATA);
const OPTIMUM = squaredErrorLoss(DATA, BEST, mse);
const LIMIT = stabilityLimit(DATA, mse);
const WINDOW = { wMin: -1, wMax: 5, bMin: -2.5, bMax: 3.5, width: 70, height: 70 };
const GRID = squaredErrorGrid(squaredErrorStats(DATA.x, DATA.y), WINDOW, mse);

function judged(learningRate: number) {
  const run = gradientDescent(OBJECTIVE, { learningRate, steps: RATE_STEPS });
  return { learningRate, run, ...runVerdict(run, { optimumLoss: OPTIMUM }) };
}

const SOURCE_RUNS = SOURCE_RATES.map(judged);

function Panel({ run, title, testId }: { run: ReturnType<typeof judged>; title: string; testId: string }) {
  const last = run.run.lossAt.at(-1)!;
  const blew = run.run.divergedAt !== null;
  const input = { lossAt: run.run.lossAt, optimum: OPTIMUM, verdict: run.verdict, steps: RATE_STEPS };
  return (
    <div class="rate-panel" data-testid={testId}>
      <HeldBox>
        <p class="rate-title">
          {title} <span class={`verdict verdict-${run.verdict.replace(' ', '-')}`} style={{ borderColor: VERDICT_COLOUR[run.verdict] }}>{run.verdict}</span>
        </p>
      </HeldBox>
      <PlotView
        aspect={{ wide: 0.7, narrow: 0.6 }}
        label={`Loss over ${RATE_STEPS} steps at learning rate ${run.learningRate}`}
        description={
          blew
            ? `The loss blew up at step ${run.run.divergedAt}.`
            : `The loss goes from ${formatFixed(run.run.lossAt[0]!, 3)} to ${formatFixed(last, 4)} (the best possible is ${formatFixed(OPTIMUM, 4)}): ${run.verdict}.`
        }
        build={() => rateLossBase(input)}
        holdBase
        baseKey={[run.run.lossAt[0], OPTIMUM]}
        overlay={() => rateLossSketch(input)}
        overlayKey={[run]}
      />
      <HeldBox>
        <p class="rate-note">{blew ? `Blew up at step ${run.run.divergedAt}` : `Final loss ${formatFixed(last, 4)}`}</p>
      </HeldBox>
    </div>
  );
}

export default function RatesExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const mine = useMemo(() => judged(v.rate), [v.rate]);
  const path = mine.run.params.map((p) => ({ w: p.w[0]!, b: p.b }));
  const landscapeInput = { grid: GRID, logScale: true, path, point: path.at(-1)!, minimum: { w: BEST.w[0]!, b: BEST.b } };
  const relation = v.rate < LIMIT ? 'below' : 'above';

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="rates">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="rate-grid">
            {SOURCE_RUNS.map((run) => (
              <Panel key={run.learningRate} run={run} title={`η = ${run.learningRate}`} testId={`rate-${run.learningRate}`} />
            ))}
            <Panel run={mine} title={`Yours: η = ${formatSignificant(v.rate, 2)}`} testId="rate-yours" />
          </div>
          <PlotView
            aspect={{ wide: 0.55, narrow: 0.8 }}
            label="Your rate's path on the loss landscape"
            description={`The path of ${RATE_STEPS} steps at learning rate ${formatSignificant(v.rate, 2)} from w = b = 0: ${mine.verdict}.`}
            build={() => lossLandscapeBase(landscapeInput)}
            holdBase
            baseKey={landscapeBaseKey(landscapeInput)}
            overlay={() => lossLandscapeSketch(landscapeInput)}
          />
        </div>
        <div class="figure-controls">
          <Slider id="rates-rate" label={spec.rate.label} min={spec.rate.min} max={spec.rate.max} scale="log" value={v.rate} format={(x) => formatSignificant(x, 2)} onInput={(x) => state.set('rate', x)} />
          <HeldBox class="held-readout">
            <dl class="readout" aria-live="polite">
              <div>
                <dt>Stability limit 2/λmax</dt>
                <dd data-testid="rates-limit"><LiveText>{formatSignificant(LIMIT, 3)}</LiveText></dd>
              </div>
              <div>
                <dt>Your rate</dt>
                <dd data-testid="rates-relation">
                  {formatSignificant(v.rate, 2)} is {relation} it: {mine.verdict}
                  {mine.run.divergedAt !== null ? `, blew up at step ${mine.run.divergedAt}` : ''}
                </dd>
              </div>
            </dl>
          </HeldBox>
        </div>
      </div>
    </FigureFrame>
  );
}
