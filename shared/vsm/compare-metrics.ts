import type { VsmMetrics } from './metric-types';

/**
 * Each headline figure of a map, before and after, with which way is better, so the comparison
 * table can say "better" or "worse" without knowing lean. First-pass and with-rework figures sit
 * side by side; unmapped waiting is the measured lead time less the mapped one. Takt time follows the customer, not
 * the improvement, so it is neither. The relative change is against the before figure and is
 * null when that is zero or unknown.
 */
export const METRIC_KEYS = [
  'leadTime',
  'processTime',
  'expectedLeadTime',
  'expectedProcessTime',
  'unmappedWaiting',
  'activityRatio',
  'rolledPercentCompleteAccurate',
  'totalInventory',
  'totalOperators',
  'taktTime',
  'bottleneckCycleTime',
  'stepsOverTakt',
  'stepCount',
  'handOffs',
  'reworkLoops',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

export type MetricUnit = 'seconds' | 'count' | 'ratio' | 'percent';

export type Direction = 'lower' | 'higher' | 'neither';

export type Verdict = 'better' | 'worse' | 'same' | 'changed' | 'unknown';

export type MetricComparison = {
  key: MetricKey;
  label: string;
  unit: MetricUnit;
  better: Direction;
  before: number | null;
  after: number | null;
  absoluteChange: number | null;
  relativeChange: number | null;
  verdict: Verdict;
};

type MetricDefinition = { label: string; unit: MetricUnit; better: Direction; read: (m: VsmMetrics) => number | null };

function metric(label: string, unit: MetricUnit, better: Direction, read: MetricDefinition['read']): MetricDefinition {
  return { label, unit, better, read };
}

export const METRIC_DEFINITIONS: Readonly<Record<MetricKey, MetricDefinition>> = {
  leadTime: metric('Lead time', 'seconds', 'lower', (m) => m.leadTime),
  processTime: metric('Process time', 'seconds', 'lower', (m) => m.processTime),
  expectedLeadTime: metric('Lead time with rework', 'seconds', 'lower', (m) => m.expectedLeadTime),
  expectedProcessTime: metric('Process time with rework', 'seconds', 'lower', (m) => m.expectedProcessTime),
  unmappedWaiting: metric('Unmapped waiting', 'seconds', 'lower', (m) => m.unmappedWaiting),
  activityRatio: metric('Activity ratio', 'ratio', 'higher', (m) => m.activityRatio),
  rolledPercentCompleteAccurate: metric('Rolled %C&A', 'percent', 'higher', (m) => m.rolledPercentCompleteAccurate),
  totalInventory: metric('Total inventory', 'count', 'lower', (m) => m.totalInventory),
  totalOperators: metric('Operators', 'count', 'lower', (m) => m.totalOperators),
  taktTime: metric('Takt time', 'seconds', 'neither', (m) => m.taktTime),
  bottleneckCycleTime: metric('Bottleneck cycle time', 'seconds', 'lower', (m) => m.bottleneck?.cycleTime ?? null),
  stepsOverTakt: metric('Steps slower than takt', 'count', 'lower', (m) => m.stepsOverTakt.length),
  stepCount: metric('Steps', 'count', 'lower', (m) => m.stepCount),
  handOffs: metric('Hand-offs', 'count', 'lower', (m) => m.handOffs),
  reworkLoops: metric('Rework loops', 'count', 'lower', (m) => m.reworkLoops.length),
};

function verdict(better: Direction, before: number | null, after: number | null): Verdict {
  if (before === null || after === null) return before === after ? 'same' : 'unknown';
  if (before === after) return 'same';
  if (better === 'neither') return 'changed';
  const fell = after < before;
  return fell === (better === 'lower') ? 'better' : 'worse';
}

export function compareMetrics(current: VsmMetrics, future: VsmMetrics): MetricComparison[] {
  return METRIC_KEYS.map((key) => {
    const { label, unit, better, read } = METRIC_DEFINITIONS[key];
    const before = read(current);
    const after = read(future);
    const absoluteChange = before === null || after === null ? null : after - before;
    const relativeChange = absoluteChange === null || before === null || before === 0 ? null : absoluteChange / before;
    const judged = verdict(better, before, after);
    return { key, label, unit, better, before, after, absoluteChange, relativeChange, verdict: judged };
  });
}
