/**
 * Lesson 8: source 000's outlier experiment. Four panels run its descent (rate 0.1, 200 steps, its
 * (λ/2n)Σw² penalty) at λ = 0, 0.01, 0.1 and 1 on 80 clean points plus four outliers; a fifth panel
 * takes the reader's λ on a log scale, so they can find how large it must be to matter.
 */
import { useMemo } from 'preact/hooks';
import { lineFitBase, lineFitSketch, paddedDomain } from '../charts/line-fit';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { CONVENTIONS, withL2 } from '../engine/conventions';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { SOURCE_000_OUTLIERS } from '../engine/datasets';
import { squaredErrorObjective } from '../engine/objective';
import { OUTLIER_LAMBDAS, OUTLIER_RUN, outlierData, outliersFigure as spec } from '../figures/regularization';
import { formatFixed, formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'outliers';
const { clean, data } = outlierData();
const CLEAN_FIT = leastSquares(clean);
const X_DOMAIN = paddedDomain(data.x);
const Y_DOMAIN = paddedDomain(data.y);
const OUTLIER_POINTS = SOURCE_000_OUTLIERS.x.map((x, i) => ({ x, y: SOURCE_000_OUTLIERS.y[i]! }));

function fit(lambda: number) {
  const run = gradientDescent(squaredErrorObjective(data, withL2(CONVENTIONS.source000, lambda)), OUTLIER_RUN);
  return { lambda, last: run.params.at(-1)!, divergedAt: run.divergedAt };
}

const SOURCE_FITS = OUTLIER_LAMBDAS.map(fit);

function Panel({ lambda, last, divergedAt, testId }: { lambda: number; last: { w: number[]; b: number }; divergedAt: number | null; testId: string }) {
  const input = {
    x: clean.x,
    y: clean.y,
    candidate: divergedAt === null ? { w: last.w[0]!, b: last.b } : { w: 0, b: 0 },
    best: { w: CLEAN_FIT.w[0]!, b: CLEAN_FIT.b },
    showResiduals: false,
    xDomain: X_DOMAIN,
    yDomain: Y_DOMAIN,
    handles: [],
    draggable: OUTLIER_POINTS,
  };
  return (
    <div class="rate-panel" data-testid={testId}>
      <HeldBox>
        <p class="rate-title">λ = {formatSignificant(lambda, 3)}</p>
      </HeldBox>
      <PlotView
        aspect={{ wide: 0.75, narrow: 0.65 }}
        label={`The fit with L2 strength ${formatSignificant(lambda, 3)}`}
        description={`The fitted line y = ${formatFixed(last.w[0]!, 3)}x + ${formatFixed(last.b, 3)}; the fit to the clean points alone has slope ${formatFixed(CLEAN_FIT.w[0]!, 3)}.`}
        build={() => lineFitBase(input)}
        holdBase
        baseKey={[]}
        overlay={() => {
          const sketch = lineFitSketch(input);
          // After a blow-up there is no line to draw: keep the outliers.
          return divergedAt === null ? sketch : { ...sketch, shapes: sketch.shapes.filter((shape) => shape.className !== 'candidate-line') };
        }}
      />
      <HeldBox>
        <p class="rate-note" data-testid={`${testId}-w`}>
          {divergedAt === null
            ? `w = ${formatFixed(last.w[0]!, 3)}, b = ${formatFixed(last.b, 3)}`
            : `The penalty's curvature makes rate ${OUTLIER_RUN.learningRate} too large: the run blew up at step ${divergedAt}.`}
        </p>
      </HeldBox>
    </div>
  );
}

export default function OutlierLambdas({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const mine = useMemo(() => fit(v.lambda), [v.lambda]);
  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="outliers">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="rate-grid">
            {SOURCE_FITS.map((f) => (
              <Panel key={f.lambda} lambda={f.lambda} last={f.last} divergedAt={f.divergedAt} testId={`outliers-${f.lambda}`} />
            ))}
            <Panel lambda={mine.lambda} last={mine.last} divergedAt={mine.divergedAt} testId="outliers-yours" />
          </div>
        </div>
        <div class="figure-controls">
          <Slider id="outliers-lambda" label={spec.lambda.label} min={spec.lambda.min} max={spec.lambda.max} scale="log" value={v.lambda} format={(x) => formatSignificant(x, 3)} onInput={(x) => state.set('lambda', x)} />
          <p class="control-note">
            Diamonds are the four outliers; the dotted line is the least-squares fit to the clean points alone (slope {formatFixed(CLEAN_FIT.w[0]!, 3)}).
          </p>
        </div>
      </div>
    </FigureFrame>
  );
}
