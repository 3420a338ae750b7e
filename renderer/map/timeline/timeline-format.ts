import { formatFigure } from '../../../shared/comparison/format-comparison';
import type { MapSettings } from '../../../shared/model/vsm-map';
import type { VsmMetrics } from '../../../shared/vsm';

/**
 * The totals under the ladder, as text: every figure is the engine's, formatted as the comparison
 * and the report format it, so the screen and the printed report say the same.
 */
export type TimelineTotals = { leadTime: string; processTime: string; activityRatio: string; taktTime: string };

export function formatTotals(metrics: VsmMetrics, settings: Pick<MapSettings, 'workingTimePerDay'>): TimelineTotals {
  return {
    leadTime: formatFigure(metrics.leadTime, 'seconds', settings),
    processTime: formatFigure(metrics.processTime, 'seconds', settings),
    activityRatio: formatFigure(metrics.activityRatio, 'ratio', settings),
    taktTime: formatFigure(metrics.taktTime, 'seconds', settings),
  };
}
