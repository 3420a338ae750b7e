import type { Id } from '../model/ids';
import type { STOCK_KINDS } from '../model/map-node';
import type { Diagnostic } from './diagnostics';
import type { ReworkLoop } from './rework-loops';
import type { WaitSource } from './step-times';

/** What computeMetrics reports. Every time is in seconds; see step-times.ts for how they are read. */

export type StockKind = (typeof STOCK_KINDS)[number];

export type StepMetrics = {
  nodeId: Id;
  kind: 'process';
  label: string;
  processTime: number | null;
  leadTime: number | null;
  cycleTime: number | null;
  /** The stated lead time was below the process time, so the process time stands in for it. */
  leadTimeBelowProcessTime: boolean;
  operators: number | null;
  percentCompleteAccurate: number | null;
  /** Cycle time over takt: above 1 the step cannot keep up with the customer. */
  taktRatio: number | null;
  overTakt: boolean;
  onFlow: boolean;
  onCriticalPath: boolean;
  /** The step's own queue as a share of its lead time, 0 to 1; null without a lead time. */
  waitingShare: number | null;
  /** Passes an item makes through this step once rework is counted; 1 off the critical path. */
  expectedVisits: number;
};

export type StockMetrics = {
  nodeId: Id;
  label: string;
  kind: StockKind;
  quantity: number | null;
  waitTime: number | null;
  waitSource: WaitSource | null;
  onFlow: boolean;
  onCriticalPath: boolean;
  /** As a step's: an item sent back waits here again. */
  expectedVisits: number;
};

/**
 * One rung of the lead-time ladder. A stock is one wait; a step is its own queue (lead time less
 * process time, as a wait, when there is one) followed by its process time. Summed, the waits and
 * processes give the lead time; the processes alone give the process time.
 */
export type TimelineSegment = { nodeId: Id; kind: 'wait' | 'process'; seconds: number; label: string };

export type VsmMetrics = {
  dailyDemand: number | null;
  taktTime: number | null;
  /** Along the critical path, first pass (rework loops set aside). */
  leadTime: number;
  processTime: number;
  /**
   * Along the same path with rework counted: each stop's times times its expected visits
   * (rework-visits.ts). Equal to the first-pass figures when no rework arrow has a rate; null
   * when the rates sent back from one step add up to 100 % or more.
   */
  expectedLeadTime: number | null;
  expectedProcessTime: number | null;
  /**
   * The measured end-to-end lead time (map settings) less the mapped one: waiting that happens
   * but is not on the map. Null without a measurement; 0 when the map claims as much or more
   * (the diagnostics then say so).
   */
  unmappedWaiting: number | null;
  /** Process time over lead time, 0 to 1; null while the lead time is zero. */
  activityRatio: number | null;
  /** Product of the steps' %C&A as a percentage, 0 to 100; null when no step has one. */
  rolledPercentCompleteAccurate: number | null;
  totalInventory: number;
  totalOperators: number;
  stepCount: number;
  /** Material-flow connections from one step to the next, through any stocks or transport between. */
  handOffs: number;
  /** Node ids from where material enters to where it leaves. */
  criticalPath: Id[];
  timeline: TimelineSegment[];
  bottleneck: { nodeId: Id; cycleTime: number } | null;
  stepsOverTakt: Id[];
  steps: StepMetrics[];
  stocks: StockMetrics[];
  reworkLoops: ReworkLoop[];
  diagnostics: Diagnostic[];
};
