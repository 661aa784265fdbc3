/**
 * The part of d3-shape Plot runs for Downhill's charts: the line and area generators with the
 * linear curve (no chart sets a curve), and the two symbols a Plot dot mark draws (circle and
 * triangle, in lesson 7's timing chart; the sketch layer draws its own, src/charts/dot-path.ts).
 * Plot's curve option maps every other curve by name, and its symbol option every symbol, so
 * without this they all ship.
 */
import { symbolCircle, symbolTriangle } from 'd3-shape';
import { unavailable } from './unavailable.mjs';

export { area, curveLinear, line, symbol, symbolCircle, symbolTriangle } from 'd3-shape';

/** Plot looks a symbol up by name and calls its `draw`; a left-out one fails there, by name. */
/*#__NO_SIDE_EFFECTS__*/ function unavailableSymbol(name) {
  return { draw: unavailable(name) };
}
export const symbolAsterisk = unavailableSymbol('symbolAsterisk');
export const symbolCross = unavailableSymbol('symbolCross');
export const symbolDiamond = unavailableSymbol('symbolDiamond');
export const symbolDiamond2 = unavailableSymbol('symbolDiamond2');
export const symbolPlus = unavailableSymbol('symbolPlus');
export const symbolSquare = unavailableSymbol('symbolSquare');
export const symbolSquare2 = unavailableSymbol('symbolSquare2');
export const symbolStar = unavailableSymbol('symbolStar');
export const symbolTimes = unavailableSymbol('symbolTimes');
export const symbolTriangle2 = unavailableSymbol('symbolTriangle2');
export const symbolWye = unavailableSymbol('symbolWye');
export const symbolX = symbolTimes;
// The symbol scale's default ranges, in d3's order (a chart mapping more than its first few
// categories to symbols would reach a left-out one).
export const symbolsFill = [symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye];
export const symbolsStroke = [symbolCircle, symbolPlus, symbolTimes, symbolTriangle2, symbolAsterisk, symbolSquare2, symbolDiamond2];
export const symbols = symbolsFill;
export const arc = unavailable('arc');
export const areaRadial = unavailable('areaRadial');
export const curveBasis = unavailable('curveBasis');
export const curveBasisClosed = unavailable('curveBasisClosed');
export const curveBasisOpen = unavailable('curveBasisOpen');
export const curveBumpX = unavailable('curveBumpX');
export const curveBumpY = unavailable('curveBumpY');
export const curveBundle = unavailable('curveBundle');
export const curveCardinal = unavailable('curveCardinal');
export const curveCardinalClosed = unavailable('curveCardinalClosed');
export const curveCardinalOpen = unavailable('curveCardinalOpen');
export const curveCatmullRom = unavailable('curveCatmullRom');
export const curveCatmullRomClosed = unavailable('curveCatmullRomClosed');
export const curveCatmullRomOpen = unavailable('curveCatmullRomOpen');
export const curveLinearClosed = unavailable('curveLinearClosed');
export const curveMonotoneX = unavailable('curveMonotoneX');
export const curveMonotoneY = unavailable('curveMonotoneY');
export const curveNatural = unavailable('curveNatural');
export const curveStep = unavailable('curveStep');
export const curveStepAfter = unavailable('curveStepAfter');
export const curveStepBefore = unavailable('curveStepBefore');
export const lineRadial = unavailable('lineRadial');
export const link = unavailable('link');
export const linkHorizontal = unavailable('linkHorizontal');
export const linkRadial = unavailable('linkRadial');
export const linkVertical = unavailable('linkVertical');
export const pie = unavailable('pie');
export const pointRadial = unavailable('pointRadial');
export const radialArea = unavailable('radialArea');
export const radialLine = unavailable('radialLine');
export const stack = unavailable('stack');
export const stackOffsetDiverging = unavailable('stackOffsetDiverging');
export const stackOffsetExpand = unavailable('stackOffsetExpand');
export const stackOffsetNone = unavailable('stackOffsetNone');
export const stackOffsetSilhouette = unavailable('stackOffsetSilhouette');
export const stackOffsetWiggle = unavailable('stackOffsetWiggle');
export const stackOrderAppearance = unavailable('stackOrderAppearance');
export const stackOrderAscending = unavailable('stackOrderAscending');
export const stackOrderDescending = unavailable('stackOrderDescending');
export const stackOrderInsideOut = unavailable('stackOrderInsideOut');
export const stackOrderNone = unavailable('stackOrderNone');
export const stackOrderReverse = unavailable('stackOrderReverse');
