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

/** For each future node, by position, the positions in `current` of the nodes it derives from. */
export function matchOrigins(current: readonly MapNode[], future: readonly MapNode[]): number[][] {
  const positionOf = new Map<Id, number>();
  current.forEach((node, position) => positionOf.set(node.id, position));
  return future.map((node) => {
    // The usual node, with one origin or none, in one small array: on a map of thousands of
    // steps, growing an array per node made most of the comparison's garbage.
    if (!node.mergedOriginIds) {
      const origin = node.originId === null ? undefined : positionOf.get(node.originId);
      const position = origin ?? positionOf.get(node.id);
      return position === undefined ? [] : [position];
    }
    const origins: number[] = [];
    for (const id of originsOf(node)) {
      const position = positionOf.get(id);
      if (position !== undefined) origins.push(position);
    }
    const sameNode = origins.length === 0 ? positionOf.get(node.id) : undefined;
    return sameNode === undefined ? origins : [sameNode];
  });
}
