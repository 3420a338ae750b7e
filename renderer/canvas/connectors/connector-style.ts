import { CANVAS_FONT_FAMILY } from '../shapes/shape-style';

/** The look of flows: material flows bold, information flows thin, all in the notation's ink. */
export const MATERIAL_WIDTH = 3;
export const INFO_WIDTH = 2;
export const HEAD_LENGTH = 16;
export const HEAD_WIDTH = 14;
export const PUSH_BAND = 14;
export const PUSH_STRIPE = 12;
export const ZIGZAG_AMPLITUDE = 12;
export const PULL_BEND = 0.16;
export const LABEL_FONT = `15px ${CANVAS_FONT_FAMILY}`;
export const FIFO_FONT = `bold 15px ${CANVAS_FONT_FAMILY}`;
/** How wide a band around a connector catches the pointer, in canvas units. */
export const HIT_WIDTH = 18;
