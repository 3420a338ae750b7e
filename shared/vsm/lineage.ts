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
  const currentById = new Map(current.map((node) => [node.id, node]));
  const matches = new Map<MapNode, MapNode[]>();
  for (const node of future) {
    const origins = originsOf(node).flatMap((id) => currentById.get(id) ?? []);
    const sameNode = currentById.get(node.id);
    matches.set(node, origins.length === 0 && sameNode ? [sameNode] : origins);
  }
  return matches;
}
