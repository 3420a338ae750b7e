import type { MapNode } from '../../../shared/model/map-node';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
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
export const CAPTION_LINES = 3;
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

export function captionPlacement(node: MapNode, hasDataLine: boolean): TextPlacement {
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
}

/** The top part of a factory symbol, above which the sawtooth roof is drawn. */
export const FACTORY_ROOF_SHARE = 0.34;

/** The truck's cargo box, as shares of the symbol's width and height. */
export const TRUCK_CARGO = { width: 0.62, height: 0.72 };

export function textPlacement(node: MapNode, hasDataLine: boolean): TextPlacement {
  switch (node.kind) {
    case 'sticky-note':
      return inside(node, { fontSize: NOTE_FONT_SIZE, align: 'left', verticalAlign: 'top', padding: NOTE_PADDING });
    case 'text':
      return inside(node, { fontSize: NOTE_FONT_SIZE + 4, align: 'left', verticalAlign: 'top', padding: 4 });
    case 'process':
      return inside(node, { fontSize: TITLE_FONT_SIZE, bold: true });
    case 'production-control':
      return inside(node, { fontSize: BODY_FONT_SIZE + 1 });
    case 'kaizen-burst':
      return inside(node, {
        x: node.width * 0.12,
        y: node.height * 0.2,
        width: node.width * 0.76,
        height: node.height * 0.6,
        fontSize: BODY_FONT_SIZE - 1,
        bold: true,
        padding: 0,
      });
    case 'supplier':
    case 'customer':
    case 'outside-source': {
      const roof = node.height * FACTORY_ROOF_SHARE;
      return inside(node, { y: roof, height: node.height - roof, fontSize: BODY_FONT_SIZE - 1, padding: 4 });
    }
    case 'shipment': {
      // With a frequency to show, the name takes the top half of the cargo box and the frequency
      // the rest. The type is a size smaller than other names so that a one-word name ("Shipment")
      // fits the cargo box whole instead of breaking inside the word.
      const cargoHeight = node.height * TRUCK_CARGO.height;
      return inside(node, {
        width: node.width * TRUCK_CARGO.width,
        height: hasDataLine ? cargoHeight * 0.55 : cargoHeight,
        fontSize: BODY_FONT_SIZE - 3,
        padding: 2,
      });
    }
    case 'inventory':
    case 'supermarket':
    case 'fifo-lane':
    case 'safety-buffer':
    case 'operator':
    case 'go-see':
      return captionPlacement(node, hasDataLine);
    default:
      return exhaustiveSwitchError(node, 'node kind');
  }
}
