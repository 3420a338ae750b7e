import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatDuration, type VsmMetrics } from '../../../shared/vsm';

/** The totals under the ladder, as text; every figure is the engine's, only the formatting is here. */
export type TimelineTotals = { leadTime: string; processTime: string; activityRatio: string; taktTime: string };

const ratio = new Intl.NumberFormat('en', { style: 'percent', maximumSignificantDigits: 2 });

export function formatTotals(metrics: VsmMetrics, settings: Pick<MapSettings, 'workingTimePerDay'>): TimelineTotals {
  return {
    leadTime: formatDuration(metrics.leadTime, settings),
    processTime: formatDuration(metrics.processTime, settings),
    activityRatio: metrics.activityRatio === null ? '—' : ratio.format(metrics.activityRatio),
    taktTime: metrics.taktTime === null ? '—' : formatDuration(metrics.taktTime, settings),
  };
}
