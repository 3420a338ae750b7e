import type { FlowEdge, FlowGraph, FlowVertex } from './flow-graph';

/**
 * Where the flow branches and joins, the totals follow the critical path: the route from where
 * material enters to where it leaves with the longest lead time (ties go to the longer process
 * time, then to the arrow drawn first). It is a longest-path search over the first-pass flow in
 * topological order, linear in the size of the map. A vertex with no arrows at all is not part
 * of any flow and cannot be the critical path while arrows exist elsewhere.
 */
export type PathWeight = { lead: number; process: number };

export type CriticalPath = { vertices: FlowVertex[]; leadTime: number; processTime: number };

type Best = { vertex: FlowVertex; lead: number; process: number; previous: Best | null };

function isLonger(a: Best, b: Best): boolean {
  return a.lead > b.lead || (a.lead === b.lead && a.process > b.process);
}

export function findCriticalPath(
  graph: FlowGraph,
  setAside: ReadonlySet<FlowEdge>,
  weightOf: (vertex: FlowVertex) => PathWeight,
): CriticalPath {
  const counts = (edges: readonly FlowEdge[]) => edges.filter((edge) => !setAside.has(edge)).length;
  const waiting = new Map(graph.vertices.map((vertex) => [vertex, counts(vertex.in)]));
  const best = new Map<FlowVertex, Best>();
  const ready = graph.vertices.filter((vertex) => waiting.get(vertex) === 0);
  let longest: Best | null = null;

  for (const vertex of ready) {
    const here = best.get(vertex) ?? { vertex, ...weightOf(vertex), previous: null };
    const onward = vertex.out.filter((edge) => !setAside.has(edge));
    for (const edge of onward) {
      const weight = weightOf(edge.to);
      const candidate = { vertex: edge.to, lead: here.lead + weight.lead, process: here.process + weight.process, previous: here };
      const known = best.get(edge.to);
      if (!known || isLonger(candidate, known)) best.set(edge.to, candidate);
      const left = (waiting.get(edge.to) ?? 0) - 1;
      waiting.set(edge.to, left);
      if (left === 0) ready.push(edge.to);
    }
    const isEnd = onward.length === 0 && vertex.in.length + vertex.out.length > 0;
    if (isEnd && (!longest || isLonger(here, longest))) longest = here;
  }

  const vertices: FlowVertex[] = [];
  for (let step = longest; step; step = step.previous) vertices.push(step.vertex);
  return { vertices: vertices.reverse(), leadTime: longest?.lead ?? 0, processTime: longest?.process ?? 0 };
}
