/**
 * Plot's raster mark imports Delaunay to interpolate scattered samples; Downhill's rasters are
 * full grids (no interpolation), and no chart draws a Voronoi diagram.
 */
import { unavailable } from './unavailable.mjs';

export const Delaunay = unavailable('Delaunay');
export const Voronoi = unavailable('Voronoi');
