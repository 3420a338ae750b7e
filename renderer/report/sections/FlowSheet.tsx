import { REPORT_RUN_DAYS } from '../../../shared/report/flow-report';
import type { MapReport } from '../../../shared/report/report-contents';
import { formatDuration } from '../../../shared/vsm';
import { RunSummary } from '../../flow/RunSummary';
import '../../flow/flow.css';
import { Sheet } from '../Sheet';

/**
 * A map's flow on paper: the figures with rework and against a measured lead time, one
 * simulated run of the line as drawn (its constraint, the queues building, WIP over time), and
 * the wastes its kaizen bursts and notes point at.
 */
export function FlowSheet({ map, width }: { map: MapReport; width: number }) {
  const { metrics, flow } = map;
  const { settings } = map.doc.map;
  const title = map.doc.map.name;
  const time = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds, settings));
  return (
    <Sheet orientation="landscape" label={`${title}, flow`} className="flow-sheet">
      <h2>{title}: flow</h2>
      <dl className="flow-figures">
        <div>
          <dt>Lead time, first pass · with rework</dt>
          <dd>
            {time(metrics.leadTime)} · {metrics.expectedLeadTime === null ? 'never ends' : time(metrics.expectedLeadTime)}
          </dd>
        </div>
        {metrics.unmappedWaiting !== null && (
          <div>
            <dt>Measured lead time · unmapped waiting</dt>
            <dd>
              {time(settings.measuredLeadTime ?? null)} · {time(metrics.unmappedWaiting)}
            </dd>
          </div>
        )}
        {flow.wastes.length > 0 && (
          <div>
            <dt>Wastes named on the map</dt>
            <dd>{flow.wastes.map((waste) => `${waste.label} ${waste.count}`).join(' · ')}</dd>
          </div>
        )}
      </dl>
      {flow.run ? (
        <>
          <p className="muted">The line as drawn, simulated for {REPORT_RUN_DAYS} working days at takt (seed 1):</p>
          <RunSummary result={flow.run} settings={settings} chartWidth={Math.min(width, 900)} />
        </>
      ) : (
        <p className="muted">Not simulated: {flow.problem ?? 'the map has no flow to run.'}</p>
      )}
    </Sheet>
  );
}
