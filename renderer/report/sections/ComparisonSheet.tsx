import type { ComparisonReport } from '../../../shared/report/report-contents';
import { REPORT_RANGE_RUNS } from '../../../shared/report/flow-report';
import { LadderChart } from '../../comparison/LadderChart';
import { RangeChart } from '../../flow/RangeChart';
import { MetricsTable } from '../../comparison/MetricsTable';
import { Sheet } from '../Sheet';

/** The comparison view's table and ladders, for one future state against the map it came from. */
export function ComparisonSheet({ comparison, width }: { comparison: ComparisonReport; width: number }) {
  const { current, future } = comparison;
  return (
    <Sheet orientation="landscape" label={`Comparison: ${current.map.name} and ${future.map.name}`} className="comparison-sheet">
      <header className="map-heading">
        <span className="sheet-kicker">Current and future state</span>
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
  const { current, future } = comparison;
  if (!comparison.ranges.some((entry) => entry.range?.pooled)) return null;
  return (
    <Sheet orientation="landscape" label={`Simulated lead-time ranges: ${current.map.name} and ${future.map.name}`}>
      <h2>
        Simulated lead-time ranges: {current.map.name} and {future.map.name}
      </h2>
      <p className="muted">
        Each map as drawn, {REPORT_RANGE_RUNS} runs of 30 working days at takt; the bar runs from the median (P50) to P95, the tick is P85.
      </p>
      <RangeChart ranges={comparison.ranges} settings={current.map.settings} target={null} width={Math.min(width, 900)} />
    </Sheet>
  );
}
