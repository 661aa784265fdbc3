/** Plot's pointer interaction, used only by tips and crosshairs; figures handle the pointer themselves (PlotView). */
import { unavailable } from './unavailable.mjs';

export const pointer = unavailable('pointer transform', 'Plot');
export const pointerX = unavailable('pointerX transform', 'Plot');
export const pointerY = unavailable('pointerY transform', 'Plot');
export const anchorX = unavailable('anchorX', 'Plot');
export const anchorY = unavailable('anchorY', 'Plot');
