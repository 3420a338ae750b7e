import type { Rect } from '../../../shared/geometry/rect';
import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { dataBoxHeight, processDataRows, symbolDataLine } from './data-lines';
import { CAPTION_MIN_WIDTH, DATA_LINE_HEIGHT, type TextLayout } from './text-layout';

/**
 * Everything a node draws, including what hangs below its box (a process's data box, a
 * symbol's count and caption), given where its kind places its text: zoom to fit and the marquee
 * use it, so nothing drawn is cut off or missed. Connectors and snapping use the box itself.
 */
export function extentWith(node: MapNode, settings: Pick<MapSettings, 'workingTimePerDay'>, layout: TextLayout): Rect {
  if (node.kind === 'process') {
    return { x: node.x, y: node.y, width: node.width, height: node.height + dataBoxHeight(processDataRows(node.process, settings).length) };
  }
  const hasDataLine = symbolDataLine(node, settings) !== null;
  if (node.kind === 'shipment') {
    const width = hasDataLine ? Math.max(node.width, CAPTION_MIN_WIDTH) : node.width;
    return { x: node.x - (width - node.width) / 2, y: node.y, width, height: node.height + (hasDataLine ? DATA_LINE_HEIGHT : 0) };
  }
  const text = layout(node, hasDataLine);
  const textBottom = node.text.trim() === '' ? 0 : text.y + text.height;
  const left = Math.min(0, text.x);
  return {
    x: node.x + left,
    y: node.y,
    width: Math.max(node.width, text.x + text.width) - left,
    height: Math.max(node.height, hasDataLine ? node.height + DATA_LINE_HEIGHT : 0, textBottom),
  };
}
