/**
 * The colour schemes Downhill draws with, as d3 has them: cividis (every heatmap and the 3D
 * surface), RdBu (class probabilities), and Plot's defaults (turbo for a continuous scale,
 * observable10 for categories) so a chart without a scheme still draws. The other ramps and lists
 * are strings of hex colours that would otherwise ride along on every page.
 */
import { unavailable } from './unavailable.mjs';

export {
  interpolateCividis,
  interpolateRdBu,
  schemeRdBu,
  interpolateTurbo,
  schemeObservable10,
} from 'd3-scale-chromatic';

// Plot calls a categorical scheme's entry when it is not an array, so a stand-in fails by name.
export const schemeAccent = unavailable('schemeAccent');
export const schemeCategory10 = unavailable('schemeCategory10');
export const schemeDark2 = unavailable('schemeDark2');
export const schemePaired = unavailable('schemePaired');
export const schemePastel1 = unavailable('schemePastel1');
export const schemePastel2 = unavailable('schemePastel2');
export const schemeSet1 = unavailable('schemeSet1');
export const schemeSet2 = unavailable('schemeSet2');
export const schemeSet3 = unavailable('schemeSet3');
export const schemeTableau10 = unavailable('schemeTableau10');

export const interpolateBlues = unavailable('interpolateBlues');
export const interpolateBrBG = unavailable('interpolateBrBG');
export const interpolateBuGn = unavailable('interpolateBuGn');
export const interpolateBuPu = unavailable('interpolateBuPu');
export const interpolateCool = unavailable('interpolateCool');
export const interpolateCubehelixDefault = unavailable('interpolateCubehelixDefault');
export const interpolateGnBu = unavailable('interpolateGnBu');
export const interpolateGreens = unavailable('interpolateGreens');
export const interpolateGreys = unavailable('interpolateGreys');
export const interpolateInferno = unavailable('interpolateInferno');
export const interpolateMagma = unavailable('interpolateMagma');
export const interpolateOrRd = unavailable('interpolateOrRd');
export const interpolateOranges = unavailable('interpolateOranges');
export const interpolatePRGn = unavailable('interpolatePRGn');
export const interpolatePiYG = unavailable('interpolatePiYG');
export const interpolatePlasma = unavailable('interpolatePlasma');
export const interpolatePuBu = unavailable('interpolatePuBu');
export const interpolatePuBuGn = unavailable('interpolatePuBuGn');
export const interpolatePuOr = unavailable('interpolatePuOr');
export const interpolatePuRd = unavailable('interpolatePuRd');
export const interpolatePurples = unavailable('interpolatePurples');
export const interpolateRainbow = unavailable('interpolateRainbow');
export const interpolateRdGy = unavailable('interpolateRdGy');
export const interpolateRdPu = unavailable('interpolateRdPu');
export const interpolateRdYlBu = unavailable('interpolateRdYlBu');
export const interpolateRdYlGn = unavailable('interpolateRdYlGn');
export const interpolateReds = unavailable('interpolateReds');
export const interpolateSinebow = unavailable('interpolateSinebow');
export const interpolateSpectral = unavailable('interpolateSpectral');
export const interpolateViridis = unavailable('interpolateViridis');
export const interpolateWarm = unavailable('interpolateWarm');
export const interpolateYlGn = unavailable('interpolateYlGn');
export const interpolateYlGnBu = unavailable('interpolateYlGnBu');
export const interpolateYlOrBr = unavailable('interpolateYlOrBr');
export const interpolateYlOrRd = unavailable('interpolateYlOrRd');
export const schemeBlues = unavailable('schemeBlues');
export const schemeBrBG = unavailable('schemeBrBG');
export const schemeBuGn = unavailable('schemeBuGn');
export const schemeBuPu = unavailable('schemeBuPu');
export const schemeGnBu = unavailable('schemeGnBu');
export const schemeGreens = unavailable('schemeGreens');
export const schemeGreys = unavailable('schemeGreys');
export const schemeOrRd = unavailable('schemeOrRd');
export const schemeOranges = unavailable('schemeOranges');
export const schemePRGn = unavailable('schemePRGn');
export const schemePiYG = unavailable('schemePiYG');
export const schemePuBu = unavailable('schemePuBu');
export const schemePuBuGn = unavailable('schemePuBuGn');
export const schemePuOr = unavailable('schemePuOr');
export const schemePuRd = unavailable('schemePuRd');
export const schemePurples = unavailable('schemePurples');
export const schemeRdGy = unavailable('schemeRdGy');
export const schemeRdPu = unavailable('schemeRdPu');
export const schemeRdYlBu = unavailable('schemeRdYlBu');
export const schemeRdYlGn = unavailable('schemeRdYlGn');
export const schemeReds = unavailable('schemeReds');
export const schemeSpectral = unavailable('schemeSpectral');
export const schemeYlGn = unavailable('schemeYlGn');
export const schemeYlGnBu = unavailable('schemeYlGnBu');
export const schemeYlOrBr = unavailable('schemeYlOrBr');
export const schemeYlOrRd = unavailable('schemeYlOrRd');
