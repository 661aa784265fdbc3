/**
 * Lesson 12's figure: the same problem as lesson 5 (source 002's data, the book's loss) solved with
 * batch size 1, a batch size the reader picks, and the whole data set, for the same number of epochs,
 * with a learning-rate schedule and a shuffling seed.
 */
import { defineFigure } from '../state/figure-spec';

export const MINIBATCH_EPOCHS = 40;

export const minibatchFigure = defineFigure({
  batch: { kind: 'integer', label: 'Your batch size k', min: 1, max: 20, default: 5 },
  lr: { kind: 'number', label: 'Learning rate', min: 0.001, max: 0.1, step: 0.001, default: 0.05, scale: 'log' },
  schedule: { kind: 'choice', label: 'Schedule', options: ['constant', 'step', 'inverse-time'], default: 'constant' },
  seed: { kind: 'integer', label: 'Shuffling seed', min: 0, max: 999_999, default: 0 },
  epoch: { kind: 'integer', label: 'Epoch', min: 0, max: MINIBATCH_EPOCHS, default: MINIBATCH_EPOCHS },
  'by-steps': { kind: 'boolean', label: 'Loss against steps (not epochs)', default: false },
});

export type ScheduleName = 'constant' | 'step' | 'inverse-time';
