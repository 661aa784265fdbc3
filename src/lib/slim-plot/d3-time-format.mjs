/**
 * Date formatting, for time axes and tips on dates, which Downhill's charts never show; Plot and
 * d3-scale import it at module level, and the real module builds its English locale on load.
 */
import { unavailable } from './unavailable.mjs';

export const isoFormat = unavailable('isoFormat');
export const isoParse = unavailable('isoParse');
export const timeFormat = unavailable('timeFormat');
export const timeFormatDefaultLocale = unavailable('timeFormatDefaultLocale');
export const timeFormatLocale = unavailable('timeFormatLocale');
export const timeParse = unavailable('timeParse');
export const utcFormat = unavailable('utcFormat');
export const utcParse = unavailable('utcParse');
