import { formatFigure } from '../comparison/format-comparison';
import type { MapSettings } from '../model/vsm-map';
import { METRIC_DEFINITIONS, METRIC_KEYS, type MetricKey, type MetricUnit, type VsmMetrics } from '../vsm';

/**
 * One map's figures, each with its value as the engine computed it and as the app shows it: the
 * headline figures (the comparison's measures, for one map) and each process step's own. The
 * report prints the shown text; the CSV carries both, so a spreadsheet gets the exact number.
 */
export type FigureRow = { key: string; label: string; value: number | null; unit: MetricUnit; shown: string };

export type StepFigures = { nodeId: string; label: string; onCriticalPath: boolean; overTakt: boolean; figures: FigureRow[] };

type DaySettings = Pick<MapSettings, 'workingTimePerDay'>;

function row(key: string, label: string, value: number | null, unit: MetricUnit, settings: DaySettings): FigureRow {
  return { key, label, value, unit, shown: formatFigure(value, unit, settings) };
}

export function mapFigureRows(metrics: VsmMetrics, settings: DaySettings, keys: readonly MetricKey[] = METRIC_KEYS): FigureRow[] {
  return keys.map((key) => {
    const { label, unit, read } = METRIC_DEFINITIONS[key];
    return row(key, label, read(metrics), unit, settings);
  });
}

export function stepFigureRows(metrics: VsmMetrics, settings: DaySettings): StepFigures[] {
  return metrics.steps.map((step) => ({
    nodeId: step.nodeId,
    label: step.label,
    onCriticalPath: step.onCriticalPath,
    overTakt: step.overTakt,
    figures: [
      row('cycleTime', 'Cycle time', step.cycleTime, 'seconds', settings),
      row('processTime', 'Process time', step.processTime, 'seconds', settings),
      row('leadTime', 'Lead time', step.leadTime, 'seconds', settings),
      row('percentCompleteAccurate', '%C&A', step.percentCompleteAccurate, 'percent', settings),
      row('operators', 'Operators', step.operators, 'count', settings),
      row('taktRatio', 'Cycle time / takt', step.taktRatio, 'ratio', settings),
    ],
  }));
}
