/**
 * The three runs of lesson 12, shared by the figure and the numbers the prose quotes, so both say
 * the same thing: batch size 1, k and n on lesson 5's data, with one schedule and one seed.
 */
import { CONVENTIONS } from '../engine/conventions';
import { stochasticDescent, type StochasticHistory } from '../engine/stochastic';
import { type LearningRate } from '../engine/schedule';
import { descentData } from '../figures/descent';
import { MINIBATCH_EPOCHS, type ScheduleName } from '../figures/minibatch';

export const MINIBATCH_DATA = descentData();

/** The schedule for a base rate: step decay halves it every 10 epochs' worth of updates; 1/t decays per epoch. */
export function scheduleFor(name: ScheduleName, rate: number, batchSize: number): LearningRate {
  const perEpoch = Math.ceil(MINIBATCH_DATA.x.length / batchSize);
  if (name === 'step') return { kind: 'step', rate, factor: 0.5, every: 10 * perEpoch };
  if (name === 'inverse-time') return { kind: 'inverse-time', rate, decay: 1 / perEpoch };
  return rate;
}

export function minibatchRun(batchSize: number, rate: number, schedule: ScheduleName, seed: number, epochs = MINIBATCH_EPOCHS): StochasticHistory {
  return stochasticDescent(MINIBATCH_DATA, CONVENTIONS.textbook, { batchSize, learningRate: scheduleFor(schedule, rate, batchSize), epochs, seed });
}
