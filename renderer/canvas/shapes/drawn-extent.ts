import type { Rect } from '../../../shared/geometry/rect';
import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { symbolDataLine } from './data-lines';
import { fitText } from './fit-text';
import { nodeExtent } from './node-extent';
import { captionOf, NODE_KIND_VIEWS } from './node-kind-views';

/**
 * Everything a node draws once its text has been fitted (fit-text.ts): its extent, plus what a
 * shape grows by to hold text that does not fit even when set smaller. A process box and a note
 * grow downwards, a kaizen burst about its centre, text centred in a symbol both ways. Pictures
 * of the map (the PNG export and the report's pages) frame and cut by it, so grown text is never
 * cut off at the picture's edge. It measures text, so it runs in a page, not in plain Node.
 */
export function drawnExtent(node: MapNode, settings: Pick<MapSettings, 'workingTimePerDay'>): Rect {
  const extent = nodeExtent(node, settings);
  const { text: layout } = NODE_KIND_VIEWS[node.kind];
  const text = node.kind === 'process' || node.kind === 'kaizen-burst' ? node.text || captionOf(node.kind) : node.text;
  if (text === '') return extent;
  const placement = layout(node, symbolDataLine(node, settings) !== null);
  const fitted = fitText(text, placement, placement.bold ? 'bold' : 'normal');
  const overflow = fitted.height - placement.height;
  if (overflow <= 0) return extent;
  if (node.kind === 'kaizen-burst') {
    const grow = fitted.height / placement.height;
    const [width, height] = [node.width * grow, node.height * grow];
    return { x: node.x + (node.width - width) / 2, y: node.y + (node.height - height) / 2, width, height };
  }
  if (node.kind === 'process' || placement.verticalAlign === 'top') return { ...extent, height: extent.height + overflow };
  return { ...extent, y: extent.y - overflow / 2, height: extent.height + overflow };
}
