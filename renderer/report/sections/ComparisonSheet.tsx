import type { ComparisonReport } from '../../../shared/report/report-contents';
import { LadderChart } from '../../comparison/LadderChart';
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
