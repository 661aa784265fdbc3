/** Lesson 13's figure: five optimisers racing down a stretched bowl whose condition number the reader sets. */
import { defineFigure } from '../state/figure-spec';

export const RACE_STEPS = 150;
export const BOWL = { angle: 0.45, center: { w: 1, b: 1 }, start: { w: -3.5, b: 3 } } as const;
export const RACE_WINDOW = { wMin: -4.5, wMax: 3, bMin: -2, bMax: 4.5, width: 80, height: 80 } as const;
/** The bowl's samples while κ moves frame by frame; RACE_WINDOW's once it holds still. */
export const RACE_DRAG_WINDOW = { ...RACE_WINDOW, width: 40, height: 40 } as const;
/** The second track: lesson 10's cross-entropy landscape, from source 004's start w = b = −1. */
export const LOGISTIC_WINDOW = { wMin: -2, wMax: 8, bMin: -4, bMax: 4, width: 61, height: 61 } as const;

export const momentumFigure = defineFigure({
  kappa: { kind: 'number', label: 'Condition number κ', min: 1, max: 200, step: 1, default: 50, scale: 'log' },
  lr: { kind: 'number', label: 'Learning rate α', min: 0.001, max: 0.1, step: 0.0005, default: 0.02, scale: 'log' },
  beta: { kind: 'number', label: 'Momentum β', min: 0, max: 0.99, step: 0.01, default: 0.9 },
  'adam-lr': { kind: 'number', label: 'Adam and RMSProp rate', min: 0.005, max: 0.5, step: 0.005, default: 0.1, scale: 'log' },
  beta1: { kind: 'number', label: 'Adam β₁', min: 0, max: 0.99, step: 0.01, default: 0.9 },
  beta2: { kind: 'number', label: 'Adam β₂', min: 0.5, max: 0.9999, step: 0.0001, default: 0.999 },
  'log-eps': { kind: 'number', label: 'Adam ε (log₁₀)', min: -10, max: -1, step: 0.5, default: -8 },
  track: { kind: 'choice', label: 'Landscape', options: ['bowl', 'logistic'], default: 'bowl' },
  step: { kind: 'integer', label: 'Step', min: 0, max: RACE_STEPS, default: RACE_STEPS },
});
