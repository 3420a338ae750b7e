import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model/ids';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatDuration, type VsmMetrics } from '../../../shared/vsm';
import { useDismiss } from '../../components/use-dismiss';
import { useLocaleFormat } from '../../i18n/I18nProvider';
import { ladderColumns, type LadderColumn } from './ladder-columns';
import { formatTotals, type TimelineTotals } from './timeline-format';
import './timeline.css';

const TOTALS: Array<[string, Exclude<keyof TimelineTotals, 'withRework'>]> = [
  ['lead-time', 'leadTime'],
  ['process-time', 'processTime'],
  ['activity-ratio', 'activityRatio'],
  ['takt-time', 'taktTime'],
];

type TimelinePanelProps = {
  metrics: VsmMetrics;
  settings: MapSettings;
  selection: ReadonlySet<Id>;
  onSelectNodes: (ids: readonly Id[]) => void;
};

/** A rung's classes: which rungs it has, whether it steps between them from the one before, whether it is selected. */
function rungClasses(columns: readonly LadderColumn[], index: number, selection: ReadonlySet<Id>): string {
  const column = columns[index]!;
  const starts = column.upper !== null ? 'high' : 'low';
  const previous = columns[index - 1];
  const previousEnds = previous ? (previous.lower !== null ? 'low' : 'high') : starts;
  const classes = ['timeline-rung', column.upper !== null ? 'has-upper' : '', column.lower !== null ? 'has-lower' : ''];
  if (previousEnds !== starts) classes.push('steps-in');
  if (selection.has(column.nodeId)) classes.push('timeline-selected');
  return classes.filter(Boolean).join(' ');
}

/**
 * The lead-time ladder under the map, as in Learning to See: waits on the upper rungs,
 * processing on the lower, along the value stream's critical path, with the totals beside it
 * and what the engine could not work out one click away. It reads the engine's figures and
 * computes none of its own. A finding selects what it is about; one about the whole map selects
 * nothing, which brings the map settings into the inspector.
 */
export const TimelinePanel = memo(function TimelinePanel({ metrics, settings, selection, onSelectNodes }: TimelinePanelProps) {
  const { t } = useTranslation('map');
  const [showFindings, setShowFindings] = useState(false);
  const findingsRef = useRef<HTMLDivElement>(null);
  useDismiss(showFindings, findingsRef, () => setShowFindings(false));
  const format = useLocaleFormat();
  const totals = formatTotals(metrics, settings, format);
  const columns = ladderColumns(metrics);
  const findings = metrics.diagnostics.filter((finding) => finding.severity !== 'info');
  return (
    <section className="timeline-panel" aria-label={t('timeline.label')}>
      <ol className="timeline-ladder" aria-label={t('timeline.ladder')}>
        {columns.length === 0 && <li className="timeline-empty">{t('timeline.empty')}</li>}
        {columns.map((column, index) => {
          const time = (seconds: number | null) => (seconds === null ? '' : formatDuration(seconds, settings, { format }));
          return (
            <li key={column.nodeId} className={rungClasses(columns, index, selection)} data-node-id={column.nodeId}>
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
        <dl className="timeline-totals" aria-label={t('timeline.totals')}>
          {TOTALS.map(([metric, key]) => (
            <div key={metric}>
              <dt>{t(`timeline.totalNames.${key}`)}</dt>
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
            title={t('timeline.findingsTitle')}
          >
            {findings.length === 0 ? t('timeline.nothingToCheck') : t('timeline.toCheck', { count: findings.length })}
          </button>
          {showFindings && findings.length > 0 && (
            <ul className="timeline-findings-list" aria-label={t('timeline.thingsToCheck')}>
              {findings.map((finding, index) => (
                <li key={`${finding.code}-${index}`} data-severity={finding.severity} data-code={finding.code}>
                  <button
                    type="button"
                    title={finding.nodeIds.length === 0 ? t('timeline.showSettings') : t('timeline.selectSubject')}
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
