import type { MapNode } from '../../../shared/model/map-node';
import { BODY_FONT_SIZE, CAPTION_FONT_SIZE, LINE_HEIGHT, NOTE_FONT_SIZE, NOTE_PADDING, TEXT_PADDING, TITLE_FONT_SIZE } from './shape-style';

/**
 * Where a node's own text sits, relative to the node's top-left corner. The shapes draw it there
 * and the in-place editor lays its text box exactly over it, so typing happens where the words
 * will be. Symbols too small to hold words (a triangle, a head and shoulders) carry a caption
 * below them; a caption sits under the symbol's data line when the symbol shows one.
 */
export type TextPlacement = {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  bold: boolean;
  align: 'left' | 'center';
  verticalAlign: 'top' | 'middle';
  padding: number;
};

export const CAPTION_MIN_WIDTH = 170;
const CAPTION_LINES = 3;
/** The data line under a symbol (an inventory count, a truck's frequency). */
export const DATA_LINE_HEIGHT = 24;

function inside(node: MapNode, options: Partial<TextPlacement> = {}): TextPlacement {
  return {
    x: 0,
    y: 0,
    width: node.width,
    height: node.height,
    fontSize: BODY_FONT_SIZE,
    bold: false,
    align: 'center',
    verticalAlign: 'middle',
    padding: TEXT_PADDING,
    ...options,
  };
}

/** The top part of a factory symbol, above which the sawtooth roof is drawn. */
export const FACTORY_ROOF_SHARE = 0.34;

/** The truck's cargo box, as shares of the symbol's width and height. */
export const TRUCK_CARGO = { width: 0.62, height: 0.72 };

/** Where one kind of node places its text; each kind names its layout in NODE_KIND_VIEWS. */
export type TextLayout = (node: MapNode, hasDataLine: boolean) => TextPlacement;

export const noteText: TextLayout = (node) => inside(node, { fontSize: NOTE_FONT_SIZE, align: 'left', verticalAlign: 'top', padding: NOTE_PADDING });

export const freeText: TextLayout = (node) => inside(node, { fontSize: NOTE_FONT_SIZE + 4, align: 'left', verticalAlign: 'top', padding: 4 });

export const titleText: TextLayout = (node) => inside(node, { fontSize: TITLE_FONT_SIZE, bold: true });

export const labelText: TextLayout = (node) => inside(node, { fontSize: BODY_FONT_SIZE + 1 });

export const burstText: TextLayout = (node) =>
  inside(node, {
    x: node.width * 0.12,
    y: node.height * 0.2,
    width: node.width * 0.76,
    height: node.height * 0.6,
    fontSize: BODY_FONT_SIZE - 1,
    bold: true,
    padding: 0,
  });

export const factoryText: TextLayout = (node) => {
  const roof = node.height * FACTORY_ROOF_SHARE;
  return inside(node, { y: roof, height: node.height - roof, fontSize: BODY_FONT_SIZE - 1, padding: 4 });
};

/**
 * With a frequency to show, the name takes the top half of the cargo box and the frequency the
 * rest. The type is a size smaller than other names so that a one-word name ("Shipment") fits the
 * cargo box whole instead of breaking inside the word.
 */
export const truckText: TextLayout = (node, hasDataLine) => {
  const cargoHeight = node.height * TRUCK_CARGO.height;
  return inside(node, {
    width: node.width * TRUCK_CARGO.width,
    height: hasDataLine ? cargoHeight * 0.55 : cargoHeight,
    fontSize: BODY_FONT_SIZE - 3,
    padding: 2,
  });
};

/** Below a symbol too small to hold words, under its data line when it shows one. */
export const captionText: TextLayout = (node, hasDataLine) => {
  const width = Math.max(node.width, CAPTION_MIN_WIDTH);
  return {
    x: (node.width - width) / 2,
    y: node.height + (hasDataLine ? DATA_LINE_HEIGHT : 4),
    width,
    height: Math.ceil(CAPTION_LINES * CAPTION_FONT_SIZE * LINE_HEIGHT) + 4,
    fontSize: CAPTION_FONT_SIZE,
    bold: false,
    align: 'center',
    verticalAlign: 'top',
    padding: 2,
  };
};
