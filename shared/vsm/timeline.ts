import type { StepMetrics, StockMetrics, TimelineSegment } from './metric-types';

/**
 * The lead-time ladder along the critical path, in flow order, from the metrics of the steps and
 * stocks on it (boundaries and trucks add no rung). A stock without a known wait still gets a
 * rung of zero, so the ladder shows every triangle the map shows on that path.
 */
export function buildTimeline(stops: readonly (StepMetrics | StockMetrics)[]): TimelineSegment[] {
  // At most two rungs a stop, cut to those made: a path of thousands of stops never grows it.
  const segments = new Array<TimelineSegment>(2 * stops.length);
  let count = 0;
  for (const stop of stops) {
    const { nodeId, label } = stop;
    if (stop.kind !== 'process') {
      segments[count++] = { nodeId, kind: 'wait', seconds: stop.waitTime ?? 0, label };
      continue;
    }
    const work = stop.processTime ?? 0;
    const queue = (stop.leadTime ?? 0) - work;
    if (queue > 0) segments[count++] = { nodeId, kind: 'wait', seconds: queue, label };
    segments[count++] = { nodeId, kind: 'process', seconds: work, label };
  }
  segments.length = count;
  return segments;
}
