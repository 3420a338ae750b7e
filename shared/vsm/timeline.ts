import type { Id } from '../model/ids';
import type { StepMetrics, StockMetrics, TimelineSegment } from './metric-types';

/**
 * The lead-time ladder along the critical path, in flow order. Boundaries and trucks add no
 * rung. A stock without a known wait still gets a rung of zero, so the ladder shows every
 * triangle the map shows on that path.
 */
export function buildTimeline(
  criticalPath: readonly Id[],
  steps: ReadonlyMap<Id, StepMetrics>,
  stocks: ReadonlyMap<Id, StockMetrics>,
): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  for (const nodeId of criticalPath) {
    const stock = stocks.get(nodeId);
    if (stock) segments.push({ nodeId, kind: 'wait', seconds: stock.waitTime ?? 0, label: stock.label });
    const step = steps.get(nodeId);
    if (!step) continue;
    const work = step.processTime ?? 0;
    const queue = (step.leadTime ?? 0) - work;
    if (queue > 0) segments.push({ nodeId, kind: 'wait', seconds: queue, label: step.label });
    segments.push({ nodeId, kind: 'process', seconds: work, label: step.label });
  }
  return segments;
}
