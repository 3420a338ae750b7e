import { at, type FlowGraph } from './flow-graph';

/**
 * Where the flow branches and joins, the totals follow the critical path: the route from where
 * material enters to where it leaves with the longest lead time (ties go to the longer process
 * time, then to the arrow drawn first). It is a longest-path search over the first-pass flow
 * (the closing arrows of rework loops set aside) in topological order, linear in the size of the
 * map. A vertex with no arrows at all is not part of any flow and cannot be the critical path
 * while arrows exist elsewhere. Nor does the path end where material only goes back (a repair
 * station drawn beside the line, whose one arrow leads back to a step already passed) while it
 * can end where material leaves. Weights are per vertex: a step's lead and process time, a
 * stock's wait (as lead time only), zero for the rest.
 */
export type PathWeights = { lead: Float64Array; process: Float64Array };

/** The path as vertices from entry to exit, with its totals. */
export type CriticalPath = { vertices: Int32Array; leadTime: number; processTime: number };

/** As flow-graph.ts's `at`, for the per-vertex times. */
function timeAt(array: Float64Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw new RangeError(`Path index ${index} is out of range`);
  return value;
}

function isLonger(lead: number, work: number, otherLead: number, otherWork: number): boolean {
  return lead > otherLead || (lead === otherLead && work > otherWork);
}

/** Whether the path ending at `vertex` is longer than the one ending at `other` (-1: none yet). */
function endsLonger(vertex: number, other: number, lead: Float64Array, work: Float64Array): boolean {
  return other === -1 || isLonger(timeAt(lead, vertex), timeAt(work, vertex), timeAt(lead, other), timeAt(work, other));
}

export function findCriticalPath(graph: FlowGraph, closing: Uint8Array, weights: PathWeights): CriticalPath {
  const { outStart, outEdges, edgeTo, inStart } = graph;
  const count = graph.nodes.length;
  const waiting = new Int32Array(count);
  graph.edgeTo.forEach((to, edge) => {
    if (closing[edge] === 0) waiting[to] = at(waiting, to) + 1;
  });
  const lead = weights.lead.slice();
  const work = weights.process.slice();
  const previous = new Int32Array(count).fill(-1);
  const ready = new Int32Array(count);
  let readyCount = 0;
  waiting.forEach((left, vertex) => {
    if (left === 0) ready[readyCount++] = vertex;
  });

  let end = -1;
  /** The longest end from which material only goes back, for a flow with no other end. */
  let backEnd = -1;
  for (let head = 0; head < readyCount; head += 1) {
    const from = at(ready, head);
    let onward = 0;
    let back = 0;
    for (let k = at(outStart, from); k < at(outStart, from + 1); k += 1) {
      const edge = at(outEdges, k);
      if (closing[edge] === 1) {
        back += 1;
        continue;
      }
      onward += 1;
      const to = at(edgeTo, edge);
      const candidateLead = timeAt(lead, from) + timeAt(weights.lead, to);
      const candidateWork = timeAt(work, from) + timeAt(weights.process, to);
      if (previous[to] === -1 || isLonger(candidateLead, candidateWork, timeAt(lead, to), timeAt(work, to))) {
        lead[to] = candidateLead;
        work[to] = candidateWork;
        previous[to] = from;
      }
      waiting[to] = at(waiting, to) - 1;
      if (waiting[to] === 0) ready[readyCount++] = to;
    }
    const hasArrows = at(outStart, from + 1) > at(outStart, from) || at(inStart, from + 1) > at(inStart, from);
    if (onward === 0 && hasArrows && back === 0 && endsLonger(from, end, lead, work)) end = from;
    if (onward === 0 && hasArrows && back > 0 && endsLonger(from, backEnd, lead, work)) backEnd = from;
  }
  if (end === -1) end = backEnd;

  let length = 0;
  for (let vertex = end; vertex !== -1; vertex = at(previous, vertex)) length += 1;
  const vertices = new Int32Array(length);
  for (let vertex = end, index = length - 1; vertex !== -1; vertex = at(previous, vertex), index -= 1) vertices[index] = vertex;
  return {
    vertices,
    leadTime: end === -1 ? 0 : timeAt(lead, end),
    processTime: end === -1 ? 0 : timeAt(work, end),
  };
}
