/**
 * Lesson 1: noisy points from a true line, and a line the reader fits by hand — with sliders, with the
 * keyboard, or by dragging the line's two handles — while its mean squared error updates live.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { CONVENTIONS } from '../engine/conventions';
import { leastSquares } from '../engine/closed-form';
import { linearData, type XY } from '../engine/datasets';
import { squaredErrorLoss } from '../engine/linear';
import { DataPanel } from '../components/figure/DataPanel';
import { niceDomain } from '../charts/domain';
import { lineEnds, lineFitBase, lineFitSketch, lineThrough, paddedDomain } from '../charts/line-fit';
import { Button, ButtonRow } from '../components/controls/Button';
import { Slider } from '../components/controls/Slider';
import { Toggle } from '../components/controls/Toggle';
import { FigureFrame } from '../components/figure/FigureFrame';
import { PlotView } from '../components/figure/PlotView';
import { LINE_FIT_X_RANGE, lineFitFigure as spec } from '../figures/line-fit';
import { formatFixed } from '../lib/format';
import { useFigureState } from '../state/use-figure-state';
import { LiveText } from '../components/controls/LiveText';

const [X_MIN, X_MAX] = LINE_FIT_X_RANGE;
/** Where the two drag handles sit along x: far enough apart that small drags give fine control. */
const handlesFor = ([lo, hi]: readonly [number, number]) => [lo + 0.2 * (hi - lo), hi - 0.2 * (hi - lo)] as const;
/** Rows of the reader's own data the figure takes. */
const MAX_ROWS = 2000;
const mse = CONVENTIONS.textbook;
/** The figure's anchor and its prefix in the page address; never change it, links depend on it. */
const FIGURE_ID = 'line-fit';

export default function LineFitExplorer({ caption }: { caption?: string }) {
  const state = useFigureState(spec, { id: FIGURE_ID });
  const v = state.values.value;

  // Only the data settings redraw the points; moving the line must not regenerate or rescale anything.
  const { n, noise, slope, intercept, seed } = v;
  const generated = useMemo(() => linearData({ n, xMin: X_MIN, xMax: X_MAX, slope, intercept, noise, seed }), [n, noise, slope, intercept, seed]);
  // The reader's own data, when given, replaces the generated points (it is not in the address).
  const [custom, setCustom] = useState<XY | null>(null);
  const data = custom ?? generated;
  const xDomain = useMemo(() => (custom ? paddedDomain(custom.x) : LINE_FIT_X_RANGE), [custom]);
  const HANDLE_X = handlesFor(xDomain);
  const best = useMemo(() => leastSquares(data), [data]);
  const yDomain = useMemo(
    // Rounded out, the axis holds still while a data slider nudges the points.
    () => (custom ? paddedDomain(custom.y) : niceDomain(paddedDomain(data.y, lineEnds({ w: slope, b: intercept }, LINE_FIT_X_RANGE).map((p) => p.y)))),
    [data, custom, slope, intercept],
  );

  const candidate = { w: v.w, b: v.b };
  const loss = squaredErrorLoss(data, { w: [v.w], b: v.b }, mse);
  // Moving the line changes neither of these: a drag computes only the reader's own loss.
  const trueLoss = useMemo(() => squaredErrorLoss(data, { w: [slope], b: intercept }, mse), [data, slope, intercept]);
  const bestLoss = useMemo(() => squaredErrorLoss(data, best, mse), [data, best]);
  const handles = HANDLE_X.map((x) => ({ x, y: v.w * x + v.b }));

  const chartInput = {
    x: data.x,
    y: data.y,
    candidate,
    truth: v.truth && !custom ? { w: v.slope, b: v.intercept } : undefined,
    best: v.best ? { w: best.w[0]!, b: best.b } : undefined,
    showResiduals: v.residuals,
    xDomain,
    yDomain,
    handles,
  };

  const dragged = useRef<0 | 1 | null>(null);
  const moveHandle = (index: 0 | 1, y: number) => {
    const other = handles[1 - index]!;
    const line = lineThrough({ x: HANDLE_X[index], y }, other);
    state.patch({ w: line.w, b: line.b });
  };

  const description =
    (custom ? `Your ${custom.x.length} data points. ` : `${v.n} points scattered around the true line y = ${formatFixed(v.slope, 1)}x + ${formatFixed(v.intercept, 1)}. `) +
    `Your line is y = ${formatFixed(v.w, 2)}x + ${formatFixed(v.b, 2)}, with mean squared error ${formatFixed(loss, 3)}.`;

  return (
    <FigureFrame id={FIGURE_ID} state={state} caption={caption} class="line-fit">
      <div class="figure-body">
        <div class="figure-chart">
          <PlotView
            aspect={{ wide: 0.62, narrow: 0.9 }}
            label="Data points, the true line and your line"
            description={description}
            build={() => lineFitBase(chartInput)}
            holdBase
            baseKey={[...xDomain, ...yDomain]}
            overlay={() => lineFitSketch(chartInput)}
            pointer={{
              down: (point) => {
                // A press anywhere moves the nearer handle there, so a click or a tap works as well as a drag.
                dragged.current = point.x < (HANDLE_X[0] + HANDLE_X[1]) / 2 ? 0 : 1;
                moveHandle(dragged.current, point.y);
              },
              move: (point) => {
                if (dragged.current !== null) moveHandle(dragged.current, point.y);
              },
              up: () => {
                dragged.current = null;
              },
            }}
          />
          <dl class="readout" aria-live="polite">
            <div>
              <dt>Your line</dt>
              <dd>
                <LiveText>
                  ŷ = {formatFixed(v.w, 2)}x {v.b < 0 ? '−' : '+'} {formatFixed(Math.abs(v.b), 2)}
                </LiveText>
              </dd>
            </div>
            <div>
              <dt>Your MSE</dt>
              <dd data-testid="candidate-mse"><LiveText>{formatFixed(loss, 3)}</LiveText></dd>
            </div>
            {custom ? null : (
              <div>
                <dt>True line’s MSE</dt>
                <dd data-testid="truth-mse"><LiveText>{formatFixed(trueLoss, 3)}</LiveText></dd>
              </div>
            )}
            {v.best ? (
              <div>
                <dt>Best line’s MSE</dt>
                <dd data-testid="best-mse">
                  <LiveText>
                    {formatFixed(bestLoss, 3)} (w = {formatFixed(best.w[0]!, 3)}, b = {formatFixed(best.b, 3)})
                  </LiveText>
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
        <div class="figure-controls">
          <fieldset>
            <legend>Your line</legend>
            <div class="control-grid">
              <Slider id="line-fit-w" label={spec.w.label} min={spec.w.min} max={spec.w.max} step={spec.w.step} value={v.w} onInput={(w) => state.set('w', w)} />
              <Slider id="line-fit-b" label={spec.b.label} min={spec.b.min} max={spec.b.max} step={spec.b.step} value={v.b} onInput={(b) => state.set('b', b)} />
            </div>
          </fieldset>
          <fieldset disabled={custom !== null}>
            <legend>The data{custom ? ' (your own data is in use)' : ''}</legend>
            <div class="control-grid">
              <Slider id="line-fit-n" label={spec.n.label} min={spec.n.min} max={spec.n.max} step={1} value={v.n} onInput={(n) => state.set('n', n)} />
              <Slider id="line-fit-noise" label={spec.noise.label} min={spec.noise.min} max={spec.noise.max} step={spec.noise.step} value={v.noise} onInput={(x) => state.set('noise', x)} />
              <Slider id="line-fit-slope" label={spec.slope.label} min={spec.slope.min} max={spec.slope.max} step={spec.slope.step} value={v.slope} onInput={(x) => state.set('slope', x)} />
              <Slider id="line-fit-intercept" label={spec.intercept.label} min={spec.intercept.min} max={spec.intercept.max} step={spec.intercept.step} value={v.intercept} onInput={(x) => state.set('intercept', x)} />
            </div>
          </fieldset>
          <div class="toggles">
            <Toggle label={spec.residuals.label} checked={v.residuals} onChange={(on) => state.set('residuals', on)} />
            <Toggle label={spec.truth.label} checked={v.truth} onChange={(on) => state.set('truth', on)} />
            <Toggle label={spec.best.label} checked={v.best} onChange={(on) => state.set('best', on)} />
          </div>
          <ButtonRow label="Figure actions">
            <Button onClick={() => state.set('seed', (v.seed + 1) % (spec.seed.max + 1))}>New noise (seed {v.seed})</Button>
            <Button onClick={() => state.patch({ w: 0, b: 0 })}>Line to w = 0, b = 0</Button>
            <Button onClick={() => state.reset()}>Reset figure</Button>
          </ButtonRow>
          <DataPanel
            kind="regression"
            maxRows={MAX_ROWS}
            data={data}
            custom={custom !== null}
            onUse={(mine) => {
              setCustom(mine);
              // Start the reader's line flat through the middle of their data, where they can see it.
              state.patch({ w: 0, b: mine.y.reduce((a, c) => a + c, 0) / mine.y.length });
            }}
            onRestore={() => setCustom(null)}
            fileName="downhill-line-fit"
            script={async () =>
              (await import('../engine/numpy-script')).numpyScript({
                title: `Downhill, lesson 1: the line y = ${v.w}x + ${v.b} and its mean squared error on ${custom ? 'your data' : `the lesson's data (seed ${v.seed})`}`,
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
