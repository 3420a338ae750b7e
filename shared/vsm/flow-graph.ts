import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import type { MapDocument } from '../model/vsm-map';
import { flowRole, isMaterialFlow, type FlowRole } from './node-roles';

/**
 * The material flow as a graph: the nodes that can carry material (see node-roles.ts) and the
 * push, pull and FIFO connectors between them. Every connector points the way material moves,
 * from supplier towards customer, including pull arrows out of a supermarket. Connectors that
 * touch anything else (an info flow, a sticky note) are not part of it. Vertices carry their
 * own edge lists and a dense index, so every algorithm over the graph stays linear.
 */
export type FlowVertex = {
  index: number;
  node: MapNode;
  role: FlowRole;
  /** Edges in the document's connector order. */
  out: FlowEdge[];
  in: FlowEdge[];
};

export type FlowEdge = { index: number; from: FlowVertex; to: FlowVertex; connectorId: Id };

export type FlowGraph = { vertices: readonly FlowVertex[]; edges: readonly FlowEdge[] };

export function buildFlowGraph(doc: MapDocument): FlowGraph {
  const vertices: FlowVertex[] = [];
  const byId = new Map<Id, FlowVertex>();
  for (const node of doc.nodes) {
    const role = flowRole(node.kind);
    if (role === 'none') continue;
    const vertex: FlowVertex = { index: vertices.length, node, role, out: [], in: [] };
    vertices.push(vertex);
    byId.set(node.id, vertex);
  }
  const edges: FlowEdge[] = [];
  for (const connector of doc.connectors) {
    if (!isMaterialFlow(connector.kind)) continue;
    const from = byId.get(connector.fromId);
    const to = byId.get(connector.toId);
    if (!from || !to || from === to) continue;
    const edge: FlowEdge = { index: edges.length, from, to, connectorId: connector.id };
    from.out.push(edge);
    to.in.push(edge);
    edges.push(edge);
  }
  return { vertices, edges };
}

/** The vertices weakly connected to `start`, itself included. */
export function componentOf(start: FlowVertex): Set<FlowVertex> {
  const seen = new Set([start]);
  for (const vertex of seen) {
    for (const edge of vertex.out) seen.add(edge.to);
    for (const edge of vertex.in) seen.add(edge.from);
  }
  return seen;
}
