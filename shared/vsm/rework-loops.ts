import type { Id } from '../model/ids';
import { at, edgeConnectorId, inDegree, type FlowGraph } from './flow-graph';

/**
 * A rework loop is an arrow that sends material back to a step it has already passed. They are
 * found by one depth-first walk that starts from where material enters (vertices nothing flows
 * into, in document order) and follows arrows in document order: an arrow back to a vertex still
 * on the walk closes a loop. That arrow, the "closing" one, is the rework arrow a facilitator
 * drew; setting it aside leaves the first-pass flow, which has no cycles, so the totals are
 * finite and each step counts once. The walk keeps its own stack, so long flows cannot overflow
 * the call stack.
 *
 * A flow with no entry (no supplier drawn, and the first step fed back by rework) has no vertex
 * nothing flows into. Starting it from whichever vertex comes first in the document could take
 * a forward arrow for the rework one, so such a flow is walked from where its material most
 * plausibly enters: the step a rated rework arrow sends back to, else the leftmost (then
 * topmost) vertex, since a value stream map is read from left to right.
 */
export type ReworkLoop = {
  /** The loop's vertices in flow order, starting where the rework arrow sends material back to. */
  nodeIds: Id[];
  closingConnectorId: Id;
};

/** `closing[edge]` is 1 for each arrow that closes a loop; `loopVertices[i]` are loop i's nodes as vertices. */
export type LoopAnalysis = { loops: ReworkLoop[]; closing: Uint8Array; loopVertices: Int32Array[] };

export function findReworkLoops(graph: FlowGraph): LoopAnalysis {
  const { nodes, outStart, outEdges, edgeTo } = graph;
  const closing = new Uint8Array(graph.edgeFrom.length);
  const depthOnWalk = new Int32Array(nodes.length).fill(-1);
  const finished = new Uint8Array(nodes.length);
  const walk = new Int32Array(nodes.length);
  const cursor = new Int32Array(nodes.length);
  const loops: ReworkLoop[] = [];
  const loopVertices: Int32Array[] = [];

  const walkFrom = (root: number) => {
    if (finished[root] === 1) return;
    let depth = 0;
    walk[0] = root;
    cursor[0] = at(outStart, root);
    depthOnWalk[root] = 0;
    while (depth >= 0) {
      const vertex = at(walk, depth);
      const position = at(cursor, depth);
      if (position === at(outStart, vertex + 1)) {
        depthOnWalk[vertex] = -1;
        finished[vertex] = 1;
        depth -= 1;
        continue;
      }
      cursor[depth] = position + 1;
      const edge = at(outEdges, position);
      const target = at(edgeTo, edge);
      const targetDepth = at(depthOnWalk, target);
      if (targetDepth >= 0) {
        closing[edge] = 1;
        const vertices = walk.slice(targetDepth, depth + 1);
        loopVertices.push(vertices);
        loops.push({ nodeIds: Array.from(vertices, (index) => nodes[index]?.id ?? ''), closingConnectorId: edgeConnectorId(graph, edge) });
      } else if (finished[target] === 0) {
        depth += 1;
        walk[depth] = target;
        cursor[depth] = at(outStart, target);
        depthOnWalk[target] = depth;
      }
    }
  };

  for (let vertex = 0; vertex < nodes.length; vertex += 1) if (inDegree(graph, vertex) === 0) walkFrom(vertex);
  // Only a flow with no entry is left unwalked; most maps have none, and need not sort every vertex.
  if (finished.includes(0)) for (const vertex of fallbackRoots(graph)) walkFrom(vertex);
  return { loops, closing, loopVertices };
}

/** The vertices a flow without an entry is walked from, most plausible entry first. */
function fallbackRoots(graph: FlowGraph): number[] {
  const rated = new Set<number>();
  graph.edgeTo.forEach((to, edge) => {
    if ((graph.edgeReworkShare[edge] ?? 0) > 0) rated.add(to);
  });
  const byPosition = graph.nodes
    .map((node, vertex) => ({ vertex, x: node.x, y: node.y }))
    .sort((a, b) => a.x - b.x || a.y - b.y || a.vertex - b.vertex)
    .map((entry) => entry.vertex);
  return [...rated, ...byPosition];
}
