/**
 * The part of d3-geo Plot runs for Downhill's charts: geoTransform, which Plot calls once as it
 * loads (its identity projection). Plot calls geoPath and geoStream only for map projections, geo
 * and contour marks and GeoJSON clips, and the landscapes draw their contours with
 * src/charts/grid-marks.ts.
 */
import { unavailable } from './unavailable.mjs';

export { geoTransform } from 'd3-geo';
export const geoPath = unavailable('geoPath');
export const geoStream = unavailable('geoStream');

export const geoAlbers = unavailable('geoAlbers');
export const geoAlbersUsa = unavailable('geoAlbersUsa');
export const geoArea = unavailable('geoArea');
export const geoAzimuthalEqualArea = unavailable('geoAzimuthalEqualArea');
export const geoAzimuthalEqualAreaRaw = unavailable('geoAzimuthalEqualAreaRaw');
export const geoAzimuthalEquidistant = unavailable('geoAzimuthalEquidistant');
export const geoAzimuthalEquidistantRaw = unavailable('geoAzimuthalEquidistantRaw');
export const geoBounds = unavailable('geoBounds');
export const geoCentroid = unavailable('geoCentroid');
export const geoCircle = unavailable('geoCircle');
export const geoClipRectangle = unavailable('geoClipRectangle');
export const geoClipAntimeridian = unavailable('geoClipAntimeridian');
export const geoClipCircle = unavailable('geoClipCircle');
export const geoClipExtent = unavailable('geoClipExtent');
export const geoConicConformal = unavailable('geoConicConformal');
export const geoConicConformalRaw = unavailable('geoConicConformalRaw');
export const geoConicEqualArea = unavailable('geoConicEqualArea');
export const geoConicEqualAreaRaw = unavailable('geoConicEqualAreaRaw');
export const geoConicEquidistant = unavailable('geoConicEquidistant');
export const geoConicEquidistantRaw = unavailable('geoConicEquidistantRaw');
export const geoContains = unavailable('geoContains');
export const geoDistance = unavailable('geoDistance');
export const geoEqualEarth = unavailable('geoEqualEarth');
export const geoEqualEarthRaw = unavailable('geoEqualEarthRaw');
export const geoEquirectangular = unavailable('geoEquirectangular');
export const geoEquirectangularRaw = unavailable('geoEquirectangularRaw');
export const geoGnomonic = unavailable('geoGnomonic');
export const geoGnomonicRaw = unavailable('geoGnomonicRaw');
export const geoGraticule = unavailable('geoGraticule');
export const geoGraticule10 = unavailable('geoGraticule10');
export const geoIdentity = unavailable('geoIdentity');
export const geoInterpolate = unavailable('geoInterpolate');
export const geoLength = unavailable('geoLength');
export const geoMercator = unavailable('geoMercator');
export const geoMercatorRaw = unavailable('geoMercatorRaw');
export const geoNaturalEarth1 = unavailable('geoNaturalEarth1');
export const geoNaturalEarth1Raw = unavailable('geoNaturalEarth1Raw');
export const geoOrthographic = unavailable('geoOrthographic');
export const geoOrthographicRaw = unavailable('geoOrthographicRaw');
export const geoProjection = unavailable('geoProjection');
export const geoProjectionMutator = unavailable('geoProjectionMutator');
export const geoRotation = unavailable('geoRotation');
export const geoStereographic = unavailable('geoStereographic');
export const geoStereographicRaw = unavailable('geoStereographicRaw');
export const geoTransverseMercator = unavailable('geoTransverseMercator');
export const geoTransverseMercatorRaw = unavailable('geoTransverseMercatorRaw');
