import type { FlowRole } from '../model/node-kind-specs';
import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import { flowRole } from './node-roles';

/**
 * A map's node list with, by position, what each node is to the flow, and where each id stands.
 * The flow graph numbers its vertices by these positions, lineage finds a future node's origins
 * by them, and the comparison tells steps and stocks apart by the roles. Read in one pass and
 * shared, because on a map of thousands of nodes every pass over the node objects costs a cache
 * miss per node, and filling a map of ids is among the engine's dearest steps.
 */
export type NodePositions = ReadonlyMap<Id, number>;

export type NodeIndex = { nodes: readonly MapNode[]; roles: readonly FlowRole[]; positions: NodePositions };

/** `visit`: anything else to read from each node in the same pass (lineage.ts reads its origins). */
export function indexNodes(nodes: readonly MapNode[], visit?: (node: MapNode, position: number) => void): NodeIndex {
  const positions = new Map<Id, number>();
  // One pass fills both; map makes the roles' array at its length at once.
  const roles = nodes.map((node, position): FlowRole => {
    positions.set(node.id, position);
    visit?.(node, position);
    return flowRole(node.kind);
  });
  return { nodes, roles, positions };
}
