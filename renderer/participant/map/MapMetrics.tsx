import { useMemo } from 'react';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { computeMetrics, formatDuration } from '../../../shared/vsm';

/** The figures the room talks about, under the map: the same engine the facilitator's timeline uses. */
export function MapMetrics({ doc }: { doc: MapDocument }) {
  const metrics = useMemo(() => computeMetrics(doc), [doc]);
  const settings = doc.map.settings;
  const rows: [string, string][] = [
    ['Lead time', formatDuration(metrics.leadTime, settings)],
    ['Process time', formatDuration(metrics.processTime, settings)],
    ['Activity ratio', metrics.activityRatio === null ? '—' : `${(metrics.activityRatio * 100).toFixed(1)} %`],
    ['Takt time', metrics.taktTime === null ? '—' : formatDuration(metrics.taktTime, settings)],
    ['Steps', String(metrics.stepCount)],
    ['Inventory', String(metrics.totalInventory)],
  ];
  return (
    <dl className="map-metrics" aria-label="Figures of the map">
      {rows.map(([term, value]) => (
        <div key={term} className="map-metric">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
