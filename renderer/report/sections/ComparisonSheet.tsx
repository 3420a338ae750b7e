import { useTranslation } from 'react-i18next';
import type { ComparisonReport } from '../../../shared/report/report-contents';
import { REPORT_RANGE_RUNS, REPORT_RUN_DAYS } from '../../../shared/report/flow-report';
import { LadderChart } from '../../comparison/LadderChart';
import { RangeChart } from '../../flow/RangeChart';
import { MetricsTable } from '../../comparison/MetricsTable';
import { Sheet } from '../Sheet';

/** The comparison view's table and ladders, for one future state against the map it came from. */
export function ComparisonSheet({ comparison, width }: { comparison: ComparisonReport; width: number }) {
  const { t } = useTranslation('report');
  const { current, future } = comparison;
  return (
    <Sheet orientation="landscape" label={t('comparison.label', { current: current.map.name, future: future.map.name })} className="comparison-sheet">
      <header className="map-heading">
        <span className="sheet-kicker">{t('comparison.kicker')}</span>
        <h2 className="sheet-title">
          {current.map.name} → {future.map.name}
        </h2>
      </header>
      <MetricsTable rows={comparison.rows} currentName={current.map.name} futureName={future.map.name} note={comparison.note} />
      <LadderChart chart={comparison.chart} settings={current.map.settings} fixedWidth={width} />
    </Sheet>
  );
}

/** Both maps simulated as drawn, their lead-time ranges on one scale, on a page of their own. */
export function ComparisonRangeSheet({ comparison, width }: { comparison: ComparisonReport; width: number }) {
  const { t } = useTranslation('report');
  const { current, future } = comparison;
  if (!comparison.ranges.some((entry) => entry.range?.pooled)) return null;
  const title = t('comparison.ranges', { current: current.map.name, future: future.map.name });
  return (
    <Sheet orientation="landscape" label={title}>
      <h2>{title}</h2>
      <p className="muted">
        {t('comparison.rangesNote', { runs: REPORT_RANGE_RUNS, days: REPORT_RUN_DAYS })} {t('flow.stocksHeld')}
      </p>
      <RangeChart ranges={comparison.ranges} settings={current.map.settings} target={null} width={Math.min(width, 900)} />
    </Sheet>
  );
}
