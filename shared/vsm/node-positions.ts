import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';

/**
 * Where each node stands in its map's node list, by id. The flow graph numbers its vertices by
 * these positions and lineage finds a future node's origins by them, so the comparison builds
 * this once for the current map and both read it: on a map of thousands of nodes, filling a
 * map of ids is among the engine's dearest steps.
 */
export type NodePositions = ReadonlyMap<Id, number>;

export function nodePositions(nodes: readonly MapNode[]): NodePositions {
  const positions = new Map<Id, number>();
  nodes.forEach((node, position) => positions.set(node.id, position));
  return positions;
}
