import { CONVENTIONS, type Dataset } from '../../../../src/engine/index';
import { fixture } from './close';

/** The fixtures' data sets by key, as plain { x, y } arrays. */
export const DATA = fixture<Record<string, { x: number[]; y: number[] }>>('datasets.json') as Record<string, Dataset & { x: number[]; y: number[] }>;

/** The convention preset a source's experiments use. */
export const CONVENTION_OF = {
  '000': CONVENTIONS.source000,
  '002': CONVENTIONS.source002,
  '003': CONVENTIONS.source003,
} as const;
