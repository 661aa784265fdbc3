/**
 * Lesson 9: the logistic model p(y = 1 | x) = σ(wx + b). The reader turns w and b (sliders, keys,
 * or a press on the chart that moves the decision boundary there) and watches the curve, the 0.5
 * boundary and the score change.
 */
import { useMemo } from 'preact/hooks';
import { classesLayers } from '../charts/classes-1d';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { accuracy, crossEntropyLoss, predictProbability } from '../engine/logistic';
import { CONVENTIONS } from '../engine/conventions';
import { linspace } from '../engine/datasets';
import { logisticBoundary } from '../engine/decision';
import { predict } from '../engine/linear';
import { sourceLogisticOneMode } from '../engine/gaussian-classes';
import { CLASSES_X_RANGE, sigmoidFigure as spec } from '../figures/classifiers';
import { formatFixed } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';

const FIGURE_ID = 'sigmoid';
const GRID = linspace(CLASSES_X_RANGE[0], CLASSES_X_RANGE[1], 241);
const DATA = sourceLogisticOneMode();

export default function SigmoidExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;
  const params = { w: [v.w], b: v.b };

  const view = useMemo(() => {
    const p = predictProbability(GRID, params);
    const fitted = predictProbability(DATA.x, params);
    return {
      p,
      q: p.map((value) => 1 - value),
      z: predict(GRID, params),
      wrong: Array.from(fitted, (value, i) => (value >= 0.5 ? 1 : 0) !== DATA.y[i]),
      boundary: logisticBoundary(params),
      accuracy: accuracy(DATA, params),
      loss: crossEntropyLoss(DATA, params, CONVENTIONS.textbookLogistic),
    };
  }, [v.w, v.b]);

  const boundaryText = view.boundary === null ? 'none (w = 0: the same probability everywhere)' : `x = ${formatFixed(view.boundary, 2)}`;
  const description =
    `The curve p(y = 1 | x) = σ(${formatFixed(v.w, 2)}x + ${formatFixed(v.b, 2)}) over two classes of points. ` +
    `It crosses 0.5 at ${boundaryText}; ${formatFixed(100 * view.accuracy, 0)}% of points are on the right side.`;

  const probability = classesLayers({
    x: DATA.x,
    labels: DATA.y,
    xDomain: CLASSES_X_RANGE,
    model: { x: GRID, y: view.p },
    complement: v.complement ? { x: GRID, y: view.q } : undefined,
    boundary: view.boundary,
    wrong: view.wrong,
    yLabel: 'p(y = 1 | x)',
  });
  const logOdds = classesLayers({ x: [], labels: [], xDomain: CLASSES_X_RANGE, yDomain: [-8, 8], model: { x: GRID, y: view.z }, boundary: view.boundary, yLabel: 'log-odds z' });

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption}>
      <div class="figure-body">
        <div class="figure-chart">
          <PlotView
            aspect={{ wide: 0.55, narrow: 0.85 }}
            label="Two classes of points and the logistic model’s probability curve"
            description={description}
            build={() => probability.base}
            baseKey={[]}
            overlay={() => probability.overlay}
            pointer={{
              // A press puts the decision boundary where it lands: b = −w·x keeps the steepness.
              down: (point) => state.set('b', -v.w * point.x),
              move: (point) => state.set('b', -state.values.value.w * point.x),
            }}
          />
          {v.logodds ? (
            <PlotView
              aspect={{ wide: 0.3, narrow: 0.45 }}
              label="The log-odds z = wx + b, a straight line"
              description={`The straight line z = ${formatFixed(v.w, 2)}x + ${formatFixed(v.b, 2)}; it is zero at the decision boundary.`}
              build={() => logOdds.base}
              baseKey={[]}
              overlay={() => logOdds.overlay}
            />
          ) : null}
          <dl class="readout" aria-live="polite">
            <div>
              <dt>Boundary</dt>
              <dd data-testid="sigmoid-boundary"><LiveText>{boundaryText}</LiveText></dd>
            </div>
            <div>
              <dt>Accuracy</dt>
              <dd data-testid="sigmoid-accuracy"><LiveText>{formatFixed(100 * view.accuracy, 0)}%</LiveText></dd>
            </div>
            <div>
              <dt>Cross-entropy</dt>
              <dd data-testid="sigmoid-loss"><LiveText>{formatFixed(view.loss, 4)}</LiveText></dd>
            </div>
          </dl>
        </div>
        <div class="figure-controls">
          <div class="control-grid">
            <Slider id="sigmoid-w" label={spec.w.label} min={spec.w.min} max={spec.w.max} step={spec.w.step} value={v.w} onInput={(w) => state.set('w', w)} />
            <Slider id="sigmoid-b" label={spec.b.label} min={spec.b.min} max={spec.b.max} step={spec.b.step} value={v.b} onInput={(b) => state.set('b', b)} />
          </div>
          <div class="toggles">
            <Toggle label={spec.complement.label} checked={v.complement} onChange={(on) => state.set('complement', on)} />
            <Toggle label={spec.logodds.label} checked={v.logodds} onChange={(on) => state.set('logodds', on)} />
          </div>
          <ButtonRow label="Figure actions">
            <Button onClick={() => state.patch({ w: -v.w, b: -v.b })}>Flip the classes (w, b → −w, −b)</Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
        </div>
      </div>
    </FigureFrame>
  );
}
