import type { FlowGraph, FlowVertex } from './flow-graph';

/**
 * A hand-off is work passing from one step to another along a material arrow, whether directly
 * or through the stocks and trucks between them (Stamping → inventory → Spot Weld I is one).
 * Each ordered pair of steps counts once, however many routes join them; a rework arrow back to
 * an earlier step is a hand-off too, because the work really changes hands again.
 */
export function countHandOffs(graph: FlowGraph): number {
  let count = 0;
  for (const step of graph.vertices) {
    if (step.role !== 'step') continue;
    const reached = new Set<FlowVertex>();
    const between = new Set<FlowVertex>();
    const frontier = [step];
    for (const vertex of frontier) {
      for (const { to } of vertex.out) {
        if (to.role === 'step') {
          if (to !== step) reached.add(to);
        } else if ((to.role === 'stock' || to.role === 'transport') && !between.has(to)) {
          between.add(to);
          frontier.push(to);
        }
      }
    }
    count += reached.size;
  }
  return count;
}
