import type { MapNode } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatFigure } from '../../../shared/comparison/format-comparison';
import type { VsmMetrics } from '../../../shared/vsm';

const visits = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

type NodeFiguresProps = { node: MapNode; metrics: VsmMetrics; settings: MapSettings };

/** What the engine worked out for this node: its times as counted, against takt, and whether it is on the critical path. */
export function NodeFigures({ node, metrics, settings }: NodeFiguresProps) {
  const step = metrics.steps.find((candidate) => candidate.nodeId === node.id);
  const stock = metrics.stocks.find((candidate) => candidate.nodeId === node.id);
  const time = (seconds: number | null) => formatFigure(seconds, 'seconds', settings);
  const rows: Array<[string, string]> = [];
  if (step) {
    rows.push(['Counted process time', time(step.processTime)], ['Counted lead time', time(step.leadTime)]);
    if (step.waitingShare !== null) rows.push(['Share of lead time waiting', formatFigure(step.waitingShare * 100, 'percent', settings)]);
    if (step.expectedVisits !== 1) rows.push(['Passes with rework', visits.format(step.expectedVisits)]);
    if (step.taktRatio !== null) rows.push(['Cycle time against takt', formatFigure(step.taktRatio, 'ratio', settings)]);
    rows.push(['On the critical path', step.onCriticalPath ? 'Yes' : 'No']);
  }
  if (stock) {
    const source = stock.waitSource === 'quantity' ? ' (from quantity and demand)' : '';
    rows.push(['Waiting time', `${time(stock.waitTime)}${stock.waitTime === null ? '' : source}`]);
    if (stock.expectedVisits !== 1) rows.push(['Passes with rework', visits.format(stock.expectedVisits)]);
    rows.push(['On the critical path', stock.onCriticalPath ? 'Yes' : 'No']);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="inspector-figures" aria-label="Figures">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
