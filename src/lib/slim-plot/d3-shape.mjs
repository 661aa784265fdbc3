/**
 * The part of d3-shape Plot runs for Downhill's charts: the line and area generators with the
 * linear curve (no chart sets a curve) and the symbols (the symbol scale's default ranges hold all of
 * them). Plot's curve option maps every other curve by name, so without this they all ship.
 */
import { unavailable } from './unavailable.mjs';

export { area, curveLinear, line, symbol, symbolAsterisk, symbolCircle, symbolCross, symbolDiamond, symbolDiamond2, symbolPlus, symbolSquare, symbolSquare2, symbolStar, symbolTimes, symbolTriangle, symbolTriangle2, symbolWye, symbolX, symbols, symbolsFill, symbolsStroke } from 'd3-shape';
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
