/**
 * Plot's raster mark and its basic transforms seed a generator with randomLcg (for dithering and
 * shuffling); nothing in Downhill draws random variates through d3 (the engine has its own seeded
 * generator), and every other generator is a module-level IIFE that would otherwise ship.
 */
import { unavailable } from './unavailable.mjs';

export { randomLcg } from 'd3-random';
export const randomBates = unavailable('randomBates');
export const randomBernoulli = unavailable('randomBernoulli');
export const randomBeta = unavailable('randomBeta');
export const randomBinomial = unavailable('randomBinomial');
export const randomCauchy = unavailable('randomCauchy');
export const randomExponential = unavailable('randomExponential');
export const randomGamma = unavailable('randomGamma');
export const randomGeometric = unavailable('randomGeometric');
export const randomInt = unavailable('randomInt');
export const randomIrwinHall = unavailable('randomIrwinHall');
export const randomLogNormal = unavailable('randomLogNormal');
export const randomLogistic = unavailable('randomLogistic');
export const randomNormal = unavailable('randomNormal');
export const randomPareto = unavailable('randomPareto');
export const randomPoisson = unavailable('randomPoisson');
export const randomUniform = unavailable('randomUniform');
export const randomWeibull = unavailable('randomWeibull');
