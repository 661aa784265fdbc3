/**
 * Lesson 14: polynomial degree against overfitting. The fit of the chosen degree (and λ) on the data
 * with one cross-validation fold held out; mean training and validation error against degree over k
 * folds; and the (degree, λ) that cross-validation picks.
 */
import { useMemo, useRef } from 'preact/hooks';
import { errorByDegreeLayers, polynomialFitBase, polynomialFitSketch } from '../charts/polynomial';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import '../components/figure/chart-pair.css';
import { gridSearch, type GridSearch } from '../engine/cross-validation';
import { curveValue } from '../engine/curve-data';
import { linspace } from '../engine/datasets';
import { predictPolynomial } from '../engine/polynomial';
import { lambdaOf, polynomialData, polynomialFigure as spec, SEARCH_LAMBDAS } from '../figures/polynomial';
import { formatSignificant } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { useSettled } from '../state/use-settled';
import { useOffThread } from '../state/use-off-thread';
import { POLYNOMIAL_DEGREES, polynomialCurves, polynomialCurvesKey } from '../lessons/polynomial-curves';
import { LiveText } from '../components/controls/LiveText';
import { HeldBox } from '../components/controls/HeldBox';

const FIGURE_ID = 'polynomial';
const XS = linspace(-1, 1, 201);
const TRUTH = Array.from(XS, (x) => ({ x, y: curveValue('sine', x) }));

export default function PolynomialExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const lambda = lambdaOf(v['log-lambda']);
  const data = useMemo(() => polynomialData(v.seed), [v.seed]);
  // Tiny ridge when λ = 0 keeps high degrees solvable on 24 points; it is far below any λ shown.
  const solveLambda = lambda === 0 ? 1e-10 : lambda;
  // 15 degrees × k ridge fits per λ: in a worker while λ (or k) is dragged, at once otherwise.
  const curvesInput = { seed: v.seed, k: v.k, lambda: solveLambda };
  const { value: curves, pending } = useOffThread(polynomialCurvesKey(curvesInput), curvesInput, polynomialCurves, () =>
    new Worker(new URL('../lessons/polynomial-curves.worker.ts', import.meta.url), { type: 'module' }),
  );
  // The search fits 72 models per fold; while the reader drags the number of folds it waits until
  // the slider holds still, and the last pick shows as pending meanwhile.
  const kSettled = useSettled(v.k);
  const lastSearch = useRef<GridSearch | null>(null);
  const search = useMemo(
    () =>
      kSettled || !lastSearch.current
        ? gridSearch(data, { degrees: POLYNOMIAL_DEGREES.slice(0, 12), lambdas: SEARCH_LAMBDAS.map((l) => (l === 0 ? 1e-10 : l)), k: v.k, seed: v.seed })
        : lastSearch.current,
    [data, v.k, v.seed, kSettled],
  );
  lastSearch.current = search;
  const cv = curves[v.degree - 1]!;
  // The folds of the curves on show: while a drag of k is in the worker, they are the last k's.
  const shownK = cv.k;
  const fold = cv.folds[Math.min(v.fold, shownK) - 1]!;
  const held = new Set(fold.validation);
  const curve = Array.from(predictPolynomial(fold.fit, XS), (y, i) => ({ x: XS[i]!, y }));
  const bestDegree = curves.reduce((best, c) => (c.meanValidationMse < best.meanValidationMse ? c : best)).degree;
  const rows = useMemo(() => curves.map((c) => ({ degree: c.degree, train: c.meanTrainMse, validation: c.meanValidationMse })), [curves]);
  const errors = errorByDegreeLayers(rows, bestDegree, v.degree);
  const bestLambda = search.best.lambda <= 1e-10 ? 0 : search.best.lambda;

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="polynomial">
      <div class="figure-body">
        <div class="figure-chart figure-chart-tall">
          <div class="figure-chart-pair">
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.8 }}
              label={`A degree-${v.degree} polynomial fitted with fold ${Math.min(v.fold, shownK)} of ${shownK} held out`}
              description={`The fit of degree ${v.degree} on ${fold.train.length} points; the ${fold.validation.length} squares are held out. Training error ${formatSignificant(fold.trainMse, 3)}, error on the held-out points ${formatSignificant(fold.validationMse, 3)}.`}
              build={() => polynomialFitBase(TRUTH)}
              baseKey={[TRUTH]}
              overlay={() => polynomialFitSketch({ x: data.x, y: data.y, held, curve })}
            />
            <PlotView
              aspect={{ wide: 0.9, narrow: 0.7 }}
              label="Mean training and validation error against the degree"
              description={`Over ${shownK} folds, training error falls with the degree while validation error is lowest at degree ${bestDegree}.`}
              build={() => errors.base}
              holdBase
              baseKey={errors.baseKey}
              overlay={() => errors.overlay}
            />
          </div>
          <HeldBox class="held-readout">
            <dl class="readout" aria-live="polite" aria-busy={pending ? 'true' : undefined}>
              <div>
                <dt>Degree {v.degree}, mean over folds</dt>
                <dd data-testid="poly-errors">
                  <LiveText>
                    training {formatSignificant(cv.meanTrainMse, 3)}, validation {formatSignificant(cv.meanValidationMse, 3)}
                  </LiveText>
                </dd>
              </div>
              <div>
                <dt>Best degree at this λ</dt>
                <dd data-testid="poly-best-degree"><LiveText>{bestDegree}</LiveText></dd>
              </div>
              <div>
                <dt>Cross-validation picks</dt>
                <dd data-testid="poly-search" class={kSettled ? undefined : 'pending'} aria-busy={kSettled ? undefined : 'true'}>
                  <LiveText>
                    degree {search.best.degree}, λ = {bestLambda === 0 ? '0' : formatSignificant(bestLambda, 1)}
                  </LiveText>
                </dd>
              </div>
            </dl>
          </HeldBox>
        </div>
        <div class="figure-controls">
          <div class="control-grid">
            <Slider id="poly-degree" label={spec.degree.label} min={spec.degree.min} max={spec.degree.max} step={1} value={v.degree} onInput={(x) => state.set('degree', x)} />
            <Slider
              id="poly-lambda"
              label={spec['log-lambda'].label}
              min={spec['log-lambda'].min}
              max={spec['log-lambda'].max}
              step={spec['log-lambda'].step}
              value={v['log-lambda']}
              format={(x) => (lambdaOf(x) === 0 ? 'none' : `λ = ${formatSignificant(lambdaOf(x), 2)}`)}
              onInput={(x) => state.set('log-lambda', x)}
            />
            <Slider id="poly-k" label={spec.k.label} min={spec.k.min} max={spec.k.max} step={1} value={v.k} onInput={(x) => state.patch({ k: x, fold: Math.min(v.fold, x) })} />
            <Slider id="poly-fold" label={spec.fold.label} min={1} max={v.k} step={1} value={Math.min(v.fold, v.k)} onInput={(x) => state.set('fold', x)} />
          </div>
          <ButtonRow label="Figure actions">
            <Button onClick={() => state.patch({ degree: search.best.degree, 'log-lambda': bestLambda === 0 ? -6 : Math.log10(bestLambda) })}>Use what cross-validation picks</Button>
            <Button onClick={() => state.set('seed', (v.seed + 1) % (spec.seed.max + 1))}>New data (seed {v.seed})</Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
          <p class="control-note">
            Dashed: the true curve, y = sin(πx). Squares: the held-out fold.
          </p>
        </div>
      </div>
    </FigureFrame>
  );
}
