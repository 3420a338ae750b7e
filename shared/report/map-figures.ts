import { formatFigure } from '../comparison/format-comparison';
import { translator } from '../i18n/i18n-instance';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';
import type { MapSettings } from '../model/vsm-map';
import { METRIC_DEFINITIONS, METRIC_KEYS, type MetricKey, type MetricUnit, type VsmMetrics } from '../vsm';

/**
 * One map's figures, each with its value as the engine computed it and as the app shows it: the
 * headline figures (the comparison's measures, for one map) and each process step's own. The
 * report prints the shown text; the CSV carries both, so a spreadsheet gets the exact number.
 * Labels and shown figures are in the language and locale of `format`.
 */
export type FigureRow = { key: string; label: string; value: number | null; unit: MetricUnit; shown: string };

export type StepFigures = { nodeId: string; label: string; onCriticalPath: boolean; overTakt: boolean; figures: FigureRow[] };

type DaySettings = Pick<MapSettings, 'workingTimePerDay'>;

function row(key: string, label: string, value: number | null, unit: MetricUnit, settings: DaySettings, format: LocaleFormat): FigureRow {
  return { key, label, value, unit, shown: formatFigure(value, unit, settings, format) };
}

export function mapFigureRows(
  metrics: VsmMetrics,
  settings: DaySettings,
  format: LocaleFormat = ENGLISH,
  keys: readonly MetricKey[] = METRIC_KEYS,
): FigureRow[] {
  const t = translator(format.language, 'vsm');
  return keys.map((key) => {
    const { unit, read } = METRIC_DEFINITIONS[key];
    return row(key, t(`metric.${key}`), read(metrics), unit, settings, format);
  });
}

export function stepFigureRows(metrics: VsmMetrics, settings: DaySettings, format: LocaleFormat = ENGLISH): StepFigures[] {
  const t = translator(format.language, 'vsm');
  const figure = (
    key: 'cycleTime' | 'processTime' | 'leadTime' | 'percentCompleteAccurate' | 'operators' | 'taktRatio',
    value: number | null,
    unit: MetricUnit,
  ) => row(key, t(`stepFigure.${key}`), value, unit, settings, format);
  return metrics.steps.map((step) => ({
    nodeId: step.nodeId,
    label: step.label,
    onCriticalPath: step.onCriticalPath,
    overTakt: step.overTakt,
    figures: [
      figure('cycleTime', step.cycleTime, 'seconds'),
      figure('processTime', step.processTime, 'seconds'),
      figure('leadTime', step.leadTime, 'seconds'),
      figure('percentCompleteAccurate', step.percentCompleteAccurate, 'percent'),
      figure('operators', step.operators, 'count'),
      figure('taktRatio', step.taktRatio, 'ratio'),
    ],
  }));
}
