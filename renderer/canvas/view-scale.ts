import { createContext } from 'react';

/**
 * The zoom of the canvas an overlay is drawn on (the facilitator's wall, the projector), for
 * marks that must keep a size on screen whatever the zoom, such as voting dots.
 */
export const ViewScaleContext = createContext(1);
