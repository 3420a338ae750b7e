import type { AnchorBox } from '../../../shared/geometry/connector-route';
import type { Rect } from '../../../shared/geometry/rect';
import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { extentWith } from './extent';
import { NODE_KIND_VIEWS } from './node-kind-views';

/** Everything a node draws, including what hangs below its box (see extentWith). */
export function nodeExtent(node: MapNode, settings: Pick<MapSettings, 'workingTimePerDay'>): Rect {
  return extentWith(node, settings, NODE_KIND_VIEWS[node.kind].text);
}

/** The node's box for connectors, with what hangs below it, so an arrow leaving downwards clears the data box. */
export function anchorBox(node: MapNode, settings: Pick<MapSettings, 'workingTimePerDay'>): AnchorBox {
  const extent = nodeExtent(node, settings);
  return { x: node.x, y: node.y, width: node.width, height: node.height, below: extent.y + extent.height - (node.y + node.height) };
}
