import type { Connector } from '../model/connector';
import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import type { FlowRole } from '../model/node-kind-specs';
import { isMaterialFlow } from './node-roles';
import type { NodeIndex, NodePositions } from './node-index';

/**
 * The material flow as a graph: the nodes that can carry material (see node-roles.ts) and the
 * push, pull and FIFO connectors between them. Every connector points the way material moves,
 * from supplier towards customer, including pull arrows out of a supermarket. Connectors that
 * touch anything else (an info flow, a sticky note) are not part of it.
 *
 * Every node of the map is a vertex, numbered by its position in the map's node list (so the
 * graph shares the list and its positions instead of copying them); a node that carries no
 * material (role "none") is a vertex no arrow touches. Edges are numbered in connector order.
 * Adjacency is kept in compressed form: the edges leaving vertex v are outEdges[outStart[v]] up
 * to (not including) outEdges[outStart[v + 1]], likewise for entering edges. Typed arrays
 * instead of an object per vertex keep the algorithms over the graph linear in practice as well
 * as in theory: on a map of 10,000 steps the garbage collector, not the arithmetic, would
 * otherwise dominate.
 */
export type FlowGraph = {
  nodes: readonly MapNode[];
  roles: readonly FlowRole[];
  indexOf: NodePositions;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** Each edge's connector, by its position in the map's connector list. */
  edgeConnector: Int32Array;
  connectors: readonly Connector[];
  /** Each arrow's rework rate as a share from 0 to below 1; 0 where none is drawn. */
  edgeReworkShare: Float64Array;
  outStart: Int32Array;
  outEdges: Int32Array;
  inStart: Int32Array;
  inEdges: Int32Array;
};

function compress(vertexCount: number, ends: Int32Array): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(vertexCount + 1);
  for (const end of ends) start[end + 1] = at(start, end + 1) + 1;
  for (let v = 0; v < vertexCount; v += 1) start[v + 1] = at(start, v + 1) + at(start, v);
  const cursor = start.slice(0, vertexCount);
  const edges = new Int32Array(ends.length);
  ends.forEach((end, edge) => {
    const slot = at(cursor, end);
    edges[slot] = edge;
    cursor[end] = slot + 1;
  });
  return { start, edges };
}

/** `index`: the map's nodes read once (node-index.ts), shared with whoever else needs them. */
export function buildFlowGraph(connectors: readonly Connector[], index: NodeIndex): FlowGraph {
  const { nodes, roles, positions } = index;
  const from = new Int32Array(connectors.length);
  const to = new Int32Array(connectors.length);
  const connector = new Int32Array(connectors.length);
  const share = new Float64Array(connectors.length);
  let count = 0;
  connectors.forEach(({ kind, fromId, toId, reworkRate }, position) => {
    if (!isMaterialFlow(kind)) return;
    const tail = positions.get(fromId);
    const head = positions.get(toId);
    if (tail === undefined || head === undefined || tail === head || roles[tail] === 'none' || roles[head] === 'none') return;
    from[count] = tail;
    to[count] = head;
    connector[count] = position;
    share[count] = (reworkRate ?? 0) / 100;
    count += 1;
  });
  const edgeFrom = from.slice(0, count);
  const edgeTo = to.slice(0, count);
  const out = compress(nodes.length, edgeFrom);
  const into = compress(nodes.length, edgeTo);
  return {
    nodes,
    roles,
    indexOf: positions,
    edgeFrom,
    edgeTo,
    edgeConnector: connector.slice(0, count),
    connectors,
    edgeReworkShare: share.slice(0, count),
    outStart: out.start,
    outEdges: out.edges,
    inStart: into.start,
    inEdges: into.edges,
  };
}

/** The id of the connector an edge stands for. */
export function edgeConnectorId(graph: FlowGraph, edge: number): Id {
  return graph.connectors[at(graph.edgeConnector, edge)]?.id ?? '';
}

/**
 * Reads an index array at a position that is in range by construction. The compiler's
 * noUncheckedIndexedAccess cannot know that, and a silent 0 would hide a bug, so it throws.
 * It takes one array type only, so that the engine compiles it to a single fast load.
 */
export function at(array: Int32Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw new RangeError(`Flow graph index ${index} is out of range`);
  return value;
}

/** The node at a vertex, which exists by construction (as `at`). */
export function nodeAt(graph: FlowGraph, vertex: number): MapNode {
  const node = graph.nodes[vertex];
  if (node === undefined) throw new RangeError(`Flow graph vertex ${vertex} is out of range`);
  return node;
}

export function inDegree(graph: FlowGraph, vertex: number): number {
  return at(graph.inStart, vertex + 1) - at(graph.inStart, vertex);
}

/** Marks (by vertex) the vertices weakly connected to `start`, itself included. */
export function componentOf(graph: FlowGraph, start: number): Uint8Array {
  const { outStart, outEdges, inStart, inEdges, edgeFrom, edgeTo } = graph;
  const marked = new Uint8Array(graph.nodes.length);
  const queue = new Int32Array(graph.nodes.length);
  let queued = 0;
  const visit = (vertex: number) => {
    if (marked[vertex] === 1) return;
    marked[vertex] = 1;
    queue[queued++] = vertex;
  };
  visit(start);
  for (let head = 0; head < queued; head += 1) {
    const vertex = at(queue, head);
    for (let k = at(outStart, vertex); k < at(outStart, vertex + 1); k += 1) visit(at(edgeTo, at(outEdges, k)));
    for (let k = at(inStart, vertex); k < at(inStart, vertex + 1); k += 1) visit(at(edgeFrom, at(inEdges, k)));
  }
  return marked;
}
