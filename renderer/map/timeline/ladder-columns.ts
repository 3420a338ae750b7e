import type { Id } from '../../../shared/model/ids';
import type { VsmMetrics } from '../../../shared/vsm';

/**
 * The ladder's columns: one for each node on the critical path that takes time, in flow order.
 * A stock is a wait on the upper rung. A step is its process time on the lower rung and, when
 * it also has a queue (an office step's lead time longer than its work), its lead time on the
 * upper rung as well, as Martin & Osterling draw it. The figures are the engine's; this only
 * arranges them.
 */
export type LadderColumn = { nodeId: Id; label: string; upper: number | null; lower: number | null };

export function ladderColumns(metrics: VsmMetrics): LadderColumn[] {
  const steps = new Map(metrics.steps.map((step) => [step.nodeId, step]));
  const columns: LadderColumn[] = [];
  for (const segment of metrics.timeline) {
    const last = columns.at(-1);
    const column = last?.nodeId === segment.nodeId ? last : { nodeId: segment.nodeId, label: segment.label, upper: null, lower: null };
    if (column !== last) columns.push(column);
    const step = steps.get(segment.nodeId);
    if (segment.kind === 'process') column.lower = segment.seconds;
    else column.upper = step ? step.leadTime : segment.seconds;
  }
  return columns;
}
