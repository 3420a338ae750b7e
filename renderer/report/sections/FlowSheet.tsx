import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../i18n/I18nProvider';
import { REPORT_RUN_DAYS } from '../../../shared/report/flow-report';
import type { MapReport } from '../../../shared/report/report-contents';
import { formatDuration } from '../../../shared/vsm';
import { RunSummary } from '../../flow/RunSummary';
import { useSimulationProblemText } from '../../flow/use-simulation-problem';
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
  const { t } = useTranslation('report');
  const format = useLocaleFormat();
  const problemText = useSimulationProblemText();
  const time = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds, settings, { format }));
  return (
    <Sheet orientation="landscape" label={t('flow.label', { title })} className="flow-sheet">
      <h2>{t('flow.title', { title })}</h2>
      <dl className="flow-figures">
        <div>
          <dt>{t('flow.leadTimes')}</dt>
          <dd>
            {time(metrics.leadTime)} · {metrics.expectedLeadTime === null ? t('flow.neverEnds') : time(metrics.expectedLeadTime)}
          </dd>
        </div>
        {metrics.unmappedWaiting !== null && (
          <div>
            <dt>{t('flow.measured')}</dt>
            <dd>
              {time(settings.measuredLeadTime ?? null)} · {time(metrics.unmappedWaiting)}
            </dd>
          </div>
        )}
        {flow.wastes.length > 0 && (
          <div>
            <dt>{t('flow.wastes')}</dt>
            <dd>{flow.wastes.map((waste) => `${waste.label} ${format.number(waste.count)}`).join(' · ')}</dd>
          </div>
        )}
      </dl>
      {flow.run ? (
        <>
          <p className="muted">{t('flow.stocksHeld')}</p>
          <p className="muted">{t('flow.simulated', { days: REPORT_RUN_DAYS })}</p>
          <RunSummary result={flow.run} settings={settings} chartWidth={Math.min(width, 900)} />
        </>
      ) : (
        <p className="muted">{t('flow.notSimulated', { problem: flow.problem ? problemText(flow.problem) : t('flow.noFlow') })}</p>
      )}
    </Sheet>
  );
}
