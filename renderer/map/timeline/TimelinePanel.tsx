import { memo, useRef, useState } from 'react';
import type { Id } from '../../../shared/model/ids';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatDuration, type VsmMetrics } from '../../../shared/vsm';
import { useDismiss } from '../../components/use-dismiss';
import { ladderColumns } from './ladder-columns';
import { formatTotals, type TimelineTotals } from './timeline-format';
import './timeline.css';

const TOTALS: Array<[string, string, Exclude<keyof TimelineTotals, 'withRework'>]> = [
  ['lead-time', 'Lead time', 'leadTime'],
  ['process-time', 'Process time', 'processTime'],
  ['activity-ratio', 'Activity ratio', 'activityRatio'],
  ['takt-time', 'Takt time', 'taktTime'],
];

type TimelinePanelProps = {
  metrics: VsmMetrics;
  settings: MapSettings;
  selection: ReadonlySet<Id>;
  onSelectNodes: (ids: readonly Id[]) => void;
};

/**
 * The lead-time ladder under the map, as in Learning to See: waits on the upper rungs,
 * processing on the lower, along the value stream's critical path, with the totals beside it
 * and what the engine could not work out one click away. It reads the engine's figures and
 * computes none of its own. A finding selects what it is about; one about the whole map selects
 * nothing, which brings the map settings into the inspector.
 */
export const TimelinePanel = memo(function TimelinePanel({ metrics, settings, selection, onSelectNodes }: TimelinePanelProps) {
  const [showFindings, setShowFindings] = useState(false);
  const findingsRef = useRef<HTMLDivElement>(null);
  useDismiss(showFindings, findingsRef, () => setShowFindings(false));
  const totals = formatTotals(metrics, settings);
  const columns = ladderColumns(metrics);
  const findings = metrics.diagnostics.filter((finding) => finding.severity !== 'info');
  return (
    <section className="timeline-panel" aria-label="Timeline">
      <ol className="timeline-ladder" aria-label="Lead-time ladder">
        {columns.length === 0 && (
          <li className="timeline-empty">Connect process boxes with push, pull or FIFO arrows to see the lead-time ladder.</li>
        )}
        {columns.map((column, index) => {
          const starts = column.upper !== null ? 'high' : 'low';
          const previous = columns[index - 1];
          const previousEnds = previous ? (previous.lower !== null ? 'low' : 'high') : starts;
          const classes = ['timeline-rung', column.upper !== null ? 'has-upper' : '', column.lower !== null ? 'has-lower' : ''];
          if (previousEnds !== starts) classes.push('steps-in');
          if (selection.has(column.nodeId)) classes.push('timeline-selected');
          const time = (seconds: number | null) => (seconds === null ? '' : formatDuration(seconds, settings));
          return (
            <li key={column.nodeId} className={classes.filter(Boolean).join(' ')} data-node-id={column.nodeId}>
              <button type="button" title={column.label} onClick={() => onSelectNodes([column.nodeId])}>
                <span className="timeline-upper" data-kind="wait">
                  {time(column.upper)}
                </span>
                <span className="timeline-lower" data-kind="process">
                  {time(column.lower)}
                </span>
                <span className="timeline-label">{column.label}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="timeline-summary">
        <dl className="timeline-totals" aria-label="Totals">
          {TOTALS.map(([metric, label, key]) => (
            <div key={metric}>
              <dt>{label}</dt>
              <dd data-metric={metric}>
                {totals[key]}
                {(key === 'leadTime' || key === 'processTime') && totals.withRework[key] !== null && (
                  <span className="timeline-rework" data-metric={`${metric}-with-rework`}>
                    {totals.withRework[key]}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
        <div className="timeline-findings" ref={findingsRef}>
          <button
            type="button"
            className={findings.length > 0 ? 'button timeline-findings-button has-findings' : 'button timeline-findings-button'}
            aria-expanded={showFindings}
            onClick={() => setShowFindings((open) => !open)}
            disabled={findings.length === 0}
            title="What the figures are missing or where the map breaks a mapping rule"
          >
            {findings.length === 0 ? '✓ Nothing to check' : `⚠ ${findings.length} to check`}
          </button>
          {showFindings && findings.length > 0 && (
            <ul className="timeline-findings-list" aria-label="Things to check">
              {findings.map((finding, index) => (
                <li key={`${finding.code}-${index}`} data-severity={finding.severity} data-code={finding.code}>
                  <button
                    type="button"
                    title={finding.nodeIds.length === 0 ? 'Show the map settings' : 'Select what this is about'}
                    onClick={() => onSelectNodes(finding.nodeIds)}
                  >
                    {finding.message}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
});
