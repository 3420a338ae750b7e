import type { VsmMetrics } from './metric-types';

/**
 * Each headline figure of a map, before and after, with which way is better, so the comparison
 * table can say "better" or "worse" without knowing lean. Takt time follows the customer, not
 * the improvement, so it is neither. The relative change is against the before figure and is
 * null when that is zero or unknown.
 */
export const METRIC_KEYS = [
  'leadTime',
  'processTime',
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

export const METRIC_DEFINITIONS: Readonly<Record<MetricKey, MetricDefinition>> = {
  leadTime: { label: 'Lead time', unit: 'seconds', better: 'lower', read: (m) => m.leadTime },
  processTime: { label: 'Process time', unit: 'seconds', better: 'lower', read: (m) => m.processTime },
  activityRatio: { label: 'Activity ratio', unit: 'ratio', better: 'higher', read: (m) => m.activityRatio },
  rolledPercentCompleteAccurate: {
    label: 'Rolled %C&A',
    unit: 'percent',
    better: 'higher',
    read: (m) => m.rolledPercentCompleteAccurate,
  },
  totalInventory: { label: 'Total inventory', unit: 'count', better: 'lower', read: (m) => m.totalInventory },
  totalOperators: { label: 'Operators', unit: 'count', better: 'lower', read: (m) => m.totalOperators },
  taktTime: { label: 'Takt time', unit: 'seconds', better: 'neither', read: (m) => m.taktTime },
  bottleneckCycleTime: {
    label: 'Bottleneck cycle time',
    unit: 'seconds',
    better: 'lower',
    read: (m) => m.bottleneck?.cycleTime ?? null,
  },
  stepsOverTakt: {
    label: 'Steps slower than takt',
    unit: 'count',
    better: 'lower',
    read: (m) => m.stepsOverTakt.length,
  },
  stepCount: { label: 'Steps', unit: 'count', better: 'lower', read: (m) => m.stepCount },
  handOffs: { label: 'Hand-offs', unit: 'count', better: 'lower', read: (m) => m.handOffs },
  reworkLoops: { label: 'Rework loops', unit: 'count', better: 'lower', read: (m) => m.reworkLoops.length },
};

function verdict(better: Direction, before: number | null, after: number | null): Verdict {
  if (before === null || after === null) return before === after ? 'same' : 'unknown';
  if (before === after) return 'same';
  if (better === 'neither') return 'changed';
  return after < before === (better === 'lower') ? 'better' : 'worse';
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
