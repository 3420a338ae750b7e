import type { Id } from '../model/ids';
import type { FlowEdge, FlowGraph, FlowVertex } from './flow-graph';

/**
 * A rework loop is an arrow that sends material back to a step it has already passed. They are
 * found by one depth-first walk that starts from where material enters (vertices nothing flows
 * into, in document order) and follows arrows in document order: an arrow back to a vertex still
 * on the walk closes a loop. That arrow, the "closing" one, is the rework arrow a facilitator
 * drew; setting it aside leaves the first-pass flow, which has no cycles, so the totals are
 * finite and each step counts once. The walk keeps its own stack, so long flows cannot overflow
 * the call stack.
 */
export type ReworkLoop = {
  /** The loop's vertices in flow order, starting where the rework arrow sends material back to. */
  nodeIds: Id[];
  closingConnectorId: Id;
};

export type LoopAnalysis = { loops: ReworkLoop[]; closingEdges: ReadonlySet<FlowEdge> };

type Frame = { vertex: FlowVertex; nextEdge: number };

export function findReworkLoops(graph: FlowGraph): LoopAnalysis {
  const onWalk = new Map<FlowVertex, number>();
  const finished = new Set<FlowVertex>();
  const loops: ReworkLoop[] = [];
  const closingEdges = new Set<FlowEdge>();
  const entries = graph.vertices.filter((vertex) => vertex.in.length === 0);

  for (const root of [...entries, ...graph.vertices]) {
    if (finished.has(root)) continue;
    const walk: Frame[] = [{ vertex: root, nextEdge: 0 }];
    onWalk.set(root, 0);
    for (let frame = walk.at(-1); frame; frame = walk.at(-1)) {
      const edge = frame.vertex.out[frame.nextEdge];
      if (!edge) {
        walk.pop();
        onWalk.delete(frame.vertex);
        finished.add(frame.vertex);
        continue;
      }
      frame.nextEdge += 1;
      const depth = onWalk.get(edge.to);
      if (depth !== undefined) {
        closingEdges.add(edge);
        const nodeIds = walk.slice(depth).map((step) => step.vertex.node.id);
        loops.push({ nodeIds, closingConnectorId: edge.connectorId });
      } else if (!finished.has(edge.to)) {
        onWalk.set(edge.to, walk.length);
        walk.push({ vertex: edge.to, nextEdge: 0 });
      }
    }
  }
  return { loops, closingEdges };
}
