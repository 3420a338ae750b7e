import { at, type FlowGraph } from './flow-graph';

/**
 * A hand-off is work passing from one step to another along a material arrow, whether directly
 * or through the stocks and trucks between them (Stamping → inventory → Spot Weld I is one).
 * Each ordered pair of steps counts once, however many routes join them; a rework arrow back to
 * an earlier step is a hand-off too, because the work really changes hands again. Each search
 * stamps what it has seen with its step's number, so no search needs a set of its own.
 */
export function countHandOffs(graph: FlowGraph): number {
  const { roles, outStart, outEdges, edgeTo } = graph;
  const seenBy = new Int32Array(roles.length).fill(-1);
  const frontier = new Int32Array(roles.length);
  let count = 0;
  roles.forEach((role, step) => {
    if (role !== 'step') return;
    let queued = 0;
    frontier[queued++] = step;
    seenBy[step] = step;
    for (let head = 0; head < queued; head += 1) {
      const vertex = at(frontier, head);
      for (let k = at(outStart, vertex); k < at(outStart, vertex + 1); k += 1) {
        const next = at(edgeTo, at(outEdges, k));
        if (seenBy[next] === step) continue;
        seenBy[next] = step;
        const nextRole = roles[next];
        if (nextRole === 'step') count += 1;
        else if (nextRole === 'stock' || nextRole === 'transport') frontier[queued++] = next;
      }
    }
  });
  return count;
}
