/**
 * Lesson 10's figure: source 004's experiment — batch descent on cross-entropy from w = (−1, −1) in
 * 004's own convention (mean cross-entropy with ε = 1e-15, L2 ½λ‖θ‖² on both parameters, loss
 * listed after each step) — on its one-mode or two-mode data.
 */
import { sourceLogisticOneMode, sourceLogisticTwoMode } from '../engine/gaussian-classes';
import { type XY } from '../engine/datasets';
import { defineFigure } from '../state/figure-spec';

export const TRAINING_STEPS_004 = 200;
export const CROSS_ENTROPY_X_RANGE = [-6, 6] as const;
/** Samples per side of the landscape (004's window, more coarsely: the picture is the same, the cost a third). */
export const CROSS_ENTROPY_GRID_SIZE = 61;
/** Samples per side while λ or the data move frame by frame; the full grid once they hold still. */
export const CROSS_ENTROPY_DRAG_GRID_SIZE = 31;

export const crossEntropyFigure = defineFigure({
  data: { kind: 'choice', label: 'Data', options: ['one-mode', 'two-mode'], default: 'one-mode' },
  lr: { kind: 'number', label: 'Learning rate', min: 0.05, max: 40, step: 0.01, default: 0.5, scale: 'log' },
  lambda: { kind: 'number', label: 'L2 strength λ', min: 0, max: 0.5, step: 0.005, default: 0 },
  step: { kind: 'integer', label: 'Step', min: 0, max: TRAINING_STEPS_004, default: 0 },
  azimuth: { kind: 'number', label: 'Turn the surface', min: 0, max: 359, step: 1, default: 300 },
  elevation: { kind: 'number', label: 'Tilt the surface', min: 0, max: 90, step: 1, default: 30 },
});

export function crossEntropyData(which: 'one-mode' | 'two-mode'): XY {
  return which === 'two-mode' ? sourceLogisticTwoMode() : sourceLogisticOneMode();
}
