/**
 * Lesson 9: a straight line fitted by least squares to 0/1 labels, used as a classifier (class 1
 * where the line is above 0.5), on 004's two-mode data. Moving the far cluster of class 1 away —
 * points that are easy to classify — tilts the line until it misclassifies the near ones.
 */
import { useMemo } from 'preact/hooks';
import { classesLayers } from '../charts/classes-1d';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { CONVENTIONS } from '../engine/conventions';
import { crossEntropyObjective } from '../engine/cross-entropy-objective';
import { gradientDescent } from '../engine/descent';
import { leastSquares } from '../engine/closed-form';
import { linearCrossing, logisticBoundary } from '../engine/decision';
import { linspace } from '../engine/datasets';
import { predict } from '../engine/linear';
import { predictProbability } from '../engine/logistic';
import { farClusterData, lineClassifierFigure as spec } from '../figures/classifiers';
import { formatFixed } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';

const FIGURE_ID = 'line-classifier';
/** Enough descent to settle the logistic fit on these data; a setting, not a claim. */
const LOGISTIC_RUN = { learningRate: 1, steps: 2000 } as const;

function countWrong(scores: ArrayLike<number>, labels: ArrayLike<number>, cut: number): boolean[] {
  return Array.from({ length: labels.length }, (_, i) => (scores[i]! >= cut ? 1 : 0) !== labels[i]);
}

const NEAR_X_MAX = 12;

export default function LineClassifierExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const { far, logistic } = state.values.value;
  // Two widths of axis, not one per position: the near one for the usual settings, the far one once
  // the cluster leaves it. The cluster is seen moving, and the axes are drawn again only at the switch.
  const xDomain: [number, number] = far + 1.5 <= NEAR_X_MAX ? [-3, NEAR_X_MAX] : [-3, spec.far.max + 1.5];

  const view = useMemo(() => {
    const data = farClusterData(far);
    const line = leastSquares(data);
    const grid = linspace(xDomain[0], xDomain[1], 2);
    const wrong = countWrong(predict(data.x, line), data.y, 0.5);
    return { data, line, grid, wrong, errors: wrong.filter(Boolean).length, boundary: linearCrossing(line, 0.5), highest: Math.max(...predict(data.x, line)) };
  }, [far]);

  const fit = useMemo(() => {
    if (!logistic) return null;
    const run = gradientDescent(crossEntropyObjective(view.data, CONVENTIONS.textbookLogistic), LOGISTIC_RUN);
    const params = run.params.at(-1)!;
    const grid = linspace(xDomain[0], xDomain[1], 241);
    const wrong = countWrong(predictProbability(view.data.x, params), view.data.y, 0.5);
    return { params, grid, p: predictProbability(grid, params), errors: wrong.filter(Boolean).length, boundary: logisticBoundary(params) };
  }, [view, logistic]);

  const boundaryText = (b: number | null | undefined) => (b === null || b === undefined ? 'nowhere' : `x = ${formatFixed(b, 2)}`);
  const description =
    `${view.data.x.length} points in two classes; class 1's far cluster is centred at x = ${formatFixed(far, 1)}. ` +
    `The least-squares line crosses 0.5 at ${boundaryText(view.boundary)} and misclassifies ${view.errors} points.` +
    (fit ? ` The logistic fit's boundary is at ${boundaryText(fit.boundary)}, with ${fit.errors} mistakes.` : '');

  const chart = classesLayers({
    x: view.data.x,
    labels: view.data.y,
    xDomain,
    yDomain: [-0.45, 1.45],
    model: { x: view.grid, y: predict(view.grid, view.line) },
    reference: fit ? { x: fit.grid, y: fit.p } : undefined,
    boundary: view.boundary,
    wrong: view.wrong,
    yLabel: 'label, and the line’s output',
  });

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption}>
      <div class="figure-body">
        <div class="figure-chart">
          <PlotView
            aspect={{ wide: 0.55, narrow: 0.85 }}
            label="Two classes of points and a straight line fitted to their labels"
            description={description}
            build={() => chart.base}
            baseKey={[xDomain[0], xDomain[1]]}
            overlay={() => chart.overlay}
          />
          <dl class="readout" aria-live="polite">
            <div>
              <dt>Line crosses 0.5 at</dt>
              <dd data-testid="line-boundary"><LiveText>{boundaryText(view.boundary)}</LiveText></dd>
            </div>
            <div>
              <dt>Line’s mistakes</dt>
              <dd data-testid="line-errors">
                <LiveText>
                  {view.errors} of {view.data.x.length}
                </LiveText>
              </dd>
            </div>
            <div>
              <dt>Line’s highest output</dt>
              <dd data-testid="line-highest"><LiveText>{formatFixed(view.highest, 2)}</LiveText></dd>
            </div>
            {fit ? (
              <div>
                <dt>Logistic fit’s mistakes</dt>
                <dd data-testid="logistic-errors">
                  <LiveText>
                    {fit.errors} (boundary {boundaryText(fit.boundary)})
                  </LiveText>
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
        <div class="figure-controls">
          <div class="control-grid">
            <Slider id="line-classifier-far" label={spec.far.label} min={spec.far.min} max={spec.far.max} step={spec.far.step} value={far} onInput={(x) => state.set('far', x)} />
          </div>
          <div class="toggles">
            <Toggle label={spec.logistic.label} checked={logistic} onChange={(on) => state.set('logistic', on)} />
          </div>
        </div>
      </div>
    </FigureFrame>
  );
}
