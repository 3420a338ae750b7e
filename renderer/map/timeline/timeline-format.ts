import { formatFigure } from '../../../shared/comparison/format-comparison';
import type { MapSettings } from '../../../shared/model/vsm-map';
import type { VsmMetrics } from '../../../shared/vsm';

/**
 * The totals under the ladder, as text: every figure is the engine's, formatted as the comparison
 * and the report format it, so the screen and the printed report say the same.
 */
export type TimelineTotals = { leadTime: string; processTime: string; activityRatio: string; taktTime: string };

export function formatTotals(metrics: VsmMetrics, settings: Pick<MapSettings, 'workingTimePerDay'>): TimelineTotals {
  /** First pass, and beside it the figure with rework once a rework rate makes them differ. */
  const withRework = (firstPass: number, expected: number | null) => {
    const shown = formatFigure(firstPass, 'seconds', settings);
    if (expected === firstPass) return shown;
    return `${shown} · ${expected === null ? 'endless' : formatFigure(expected, 'seconds', settings)} with rework`;
  };
  return {
    leadTime: withRework(metrics.leadTime, metrics.expectedLeadTime),
    processTime: withRework(metrics.processTime, metrics.expectedProcessTime),
    activityRatio: formatFigure(metrics.activityRatio, 'ratio', settings),
    taktTime: formatFigure(metrics.taktTime, 'seconds', settings),
  };
}
