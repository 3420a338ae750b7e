import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';

/**
 * Which current-map nodes a future-map node derives from. A node's origins are its `originId`
 * plus any `mergedOriginIds` (several stations merged into one cell). Origins that are not on the
 * current map are ignored. A node with no origin on the current map that has the same id as a
 * current node is that node: copying a map keeps its ids, and a map compared with itself must
 * show no change.
 */
export function originsOf(node: MapNode): Id[] {
  const ids = node.originId === null ? [] : [node.originId];
  return node.mergedOriginIds ? [...new Set([...ids, ...node.mergedOriginIds])] : ids;
}

export function matchOrigins(current: readonly MapNode[], future: readonly MapNode[]): Map<MapNode, MapNode[]> {
  const currentById = new Map<Id, MapNode>();
  for (const node of current) currentById.set(node.id, node);
  const matches = new Map<MapNode, MapNode[]>();
  for (const node of future) {
    const origins: MapNode[] = [];
    for (const id of originsOf(node)) {
      const origin = currentById.get(id);
      if (origin) origins.push(origin);
    }
    const sameNode = origins.length === 0 ? currentById.get(node.id) : undefined;
    matches.set(node, sameNode ? [sameNode] : origins);
  }
  return matches;
}
