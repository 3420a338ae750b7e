import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import { indexNodes, type NodeIndex } from './node-index';

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

/** The origins' array, larger when a merge needs more room than one origin a node. */
function grown(positions: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= positions.length) return positions;
  const larger = new Int32Array(Math.max(needed, positions.length * 2));
  larger.set(positions);
  return larger;
}

/**
 * The future map's index (node-index.ts) with each future node's origins in the current map,
 * read in the same pass over the future nodes. A merge that names one origin twice counts it
 * once: each current position found is stamped with the future node that took it (distinct ids
 * stand at distinct positions, so this is originsOf's rule), which needs no set per merged node.
 */
export function indexWithOrigins(current: NodeIndex, future: readonly MapNode[]): { index: NodeIndex; origins: Origins } {
  const byId = current.positions;
  const start = new Int32Array(future.length + 1);
  let positions = new Int32Array(future.length);
  let takenBy: Int32Array | null = null;
  let count = 0;
  const index = indexNodes(future, (node, position) => {
    const found = count;
    const merged = node.mergedOriginIds;
    if (merged) {
      const taken = (takenBy ??= new Int32Array(current.nodes.length).fill(-1));
      positions = grown(positions, count + 1 + merged.length + future.length - position);
      const first = node.originId === null ? undefined : byId.get(node.originId);
      if (first !== undefined) {
        taken[first] = position;
        positions[count++] = first;
      }
      for (const id of merged) {
        const origin = byId.get(id);
        if (origin === undefined || taken[origin] === position) continue;
        taken[origin] = position;
        positions[count++] = origin;
      }
    } else if (node.originId !== null) {
      const origin = byId.get(node.originId);
      if (origin !== undefined) positions[count++] = origin;
    }
    if (count === found) {
      const own = byId.get(node.id);
      if (own !== undefined) positions[count++] = own;
    }
    start[position + 1] = count;
  });
  return { index, origins: { start, positions: positions.subarray(0, count) } };
}
