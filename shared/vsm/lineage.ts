import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import type { NodePositions } from './node-positions';

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

/**
 * For each future node, by position, the positions in the current map of the nodes it derives
 * from: those of future node f are `positions[start[f]]` up to (not including)
 * `positions[start[f + 1]]`. Two flat arrays rather than an array per node: on a map of
 * thousands of steps, an array per node made most of the comparison's garbage.
 */
export type Origins = { start: Int32Array; positions: Int32Array };

export function matchOrigins(current: NodePositions, future: readonly MapNode[]): Origins {
  const start = new Int32Array(future.length + 1);
  // Room for every origin a node names (its own id stands in only when it names none found).
  const room = future.reduce((total, node) => total + 1 + (node.mergedOriginIds?.length ?? 0), 0);
  const positions = new Int32Array(room);
  let count = 0;
  const add = (position: number | undefined) => {
    if (position !== undefined) positions[count++] = position;
  };
  future.forEach((node, index) => {
    if (!node.mergedOriginIds) {
      const origin = node.originId === null ? undefined : current.get(node.originId);
      add(origin ?? current.get(node.id));
    } else {
      const found = count;
      for (const id of originsOf(node)) add(current.get(id));
      if (count === found) add(current.get(node.id));
    }
    start[index + 1] = count;
  });
  return { start, positions: positions.subarray(0, count) };
}
