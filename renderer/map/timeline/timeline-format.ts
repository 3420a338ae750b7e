import { uiFormat, uiText } from '../../ui-text/ui-text';
import { formatFigure } from '../../../shared/comparison/format-comparison';
import type { MapSettings } from '../../../shared/model/vsm-map';
import type { VsmMetrics } from '../../../shared/vsm';
import type { LocaleFormat } from '../../../shared/locale/locale-format';

/**
 * The totals under the ladder, as text: every figure is the engine's, formatted as the comparison
 * and the report format it, so the screen and the printed report say the same.
 */
export type TimelineTotals = {
  leadTime: string;
  processTime: string;
  activityRatio: string;
  taktTime: string;
  /** Lead and process time with rework, when a rework rate makes them differ from the first pass. */
  withRework: { leadTime: string | null; processTime: string | null };
};

export function formatTotals(
  metrics: VsmMetrics,
  settings: Pick<MapSettings, 'workingTimePerDay'>,
  format: LocaleFormat = uiFormat(),
): TimelineTotals {
  const withRework = (firstPass: number, expected: number | null) => {
    if (expected === firstPass) return null;
    return uiText('map:timeline.withRework', {
      figure: expected === null ? uiText('map:timeline.endless') : formatFigure(expected, 'seconds', settings, format),
    });
  };
  return {
    leadTime: formatFigure(metrics.leadTime, 'seconds', settings, format),
    processTime: formatFigure(metrics.processTime, 'seconds', settings, format),
    withRework: {
      leadTime: withRework(metrics.leadTime, metrics.expectedLeadTime),
      processTime: withRework(metrics.processTime, metrics.expectedProcessTime),
    },
    activityRatio: formatFigure(metrics.activityRatio, 'ratio', settings, format),
    taktTime: formatFigure(metrics.taktTime, 'seconds', settings, format),
  };
}
