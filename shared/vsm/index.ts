/**
 * The value stream mapping engine: pure functions from a MapDocument to the figures a workshop
 * works with. No I/O, no UI; the canvas, the comparison view and the PDF report all call these.
 *
 * - computeMetrics(doc): takt, lead time, process time, activity ratio, rolled %C&A, inventory,
 *   operators, hand-offs, each step against takt, the critical path, the lead-time ladder
 *   (timeline), rework loops and diagnostics.
 * - compareMaps(current, future): every figure before and after, step lineage (removed, added,
 *   changed, merged, split), inventory removed and the future's kaizen bursts.
 * - deriveFutureState(current): the copy a future-state map starts from, with lineage.
 * - units.ts / parseDuration: seconds to and from s, min, h and working days.
 *
 * Policies, each stated at the top of its module: how step times are read from the data box
 * (step-times.ts), what counts as the flow (node-roles.ts, flow-graph.ts), branches and joins
 * (critical-path.ts), rework loops (rework-loops.ts), the length of a working day (units.ts),
 * and merges (lineage.ts). Times are always seconds; percentages are 0 to 100 except the
 * activity ratio, which is a fraction from 0 to 1.
 */
export { computeMetrics } from './compute-metrics';
export type { StepMetrics, StockKind, StockMetrics, TimelineSegment, VsmMetrics } from './metric-types';
export { compareMaps, type KaizenBurst, type MapComparison } from './compare-maps';
export {
  METRIC_DEFINITIONS,
  METRIC_KEYS,
  type Direction,
  type MetricComparison,
  type MetricKey,
  type MetricUnit,
  type Verdict,
} from './compare-metrics';
export type { FieldChange, StepComparison, StepField, StepRef } from './compare-steps';
export { deriveFutureState, type DeriveOptions } from './derive-future-state';
export { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Severity } from './diagnostics';
export { dailyDemand, taktTime } from './demand';
export { stepTimes, stockWait, type StepTimes, type StockWait, type WaitSource } from './step-times';
export { originsOf } from './lineage';
export { flowRole, isMaterialFlow, isProcessNode, isStockNode, kindName, nodeLabel } from './node-roles';
export type { ReworkLoop } from './rework-loops';
export { buildTimeline } from './timeline';
export {
  DEFAULT_WORKING_DAY_SECONDS,
  TIME_UNITS,
  formatDuration,
  fromUnit,
  naturalUnit,
  secondsPerUnit,
  toUnit,
  workingDaySeconds,
  type FormatOptions,
  type TimeUnit,
} from './units';
export { parseDuration, type DurationParse } from './parse-duration';
export { WORKED_EXAMPLES, type WorkedExample } from './examples';
