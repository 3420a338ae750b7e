import { useTranslation } from 'react-i18next';
import type { SimulationResult } from '../../shared/flow/simulation/simulation-result';
import type { MapSettings } from '../../shared/model/vsm-map';
import { formatDuration, workingDaySeconds } from '../../shared/vsm';
import { useLocaleFormat } from '../i18n/I18nProvider';
import { UtilisationBars } from './UtilisationBars';
import { WipChart } from './WipChart';

/** One run's figures: throughput against demand, lead-time percentiles, the constraint, the queues that keep growing, and the charts. */
export function RunSummary({ result, settings, chartWidth }: { result: SimulationResult; settings: MapSettings; chartWidth?: number }) {
  const { t } = useTranslation('flow');
  const format = useLocaleFormat();
  const perDay = (count: number) => format.number(count, { maximumFractionDigits: 0 });
  const time = (seconds: number) => formatDuration(seconds, settings, { format });
  const constraint = result.stations.find((station) => station.nodeId === result.constraint);
  const growing = result.stations.filter((station) => station.growing);
  const short = result.throughputPerDay < result.demandPerDay * 0.98;
  return (
    <div className="flow-run">
      <dl className="flow-figures">
        <div>
          <dt>{t('run.throughput')}</dt>
          <dd className={short ? 'flow-over' : undefined}>
            {t('run.throughputValue', { throughput: perDay(result.throughputPerDay), demand: perDay(result.demandPerDay) })}
          </dd>
        </div>
        <div>
          <dt>{t('run.leadTime')}</dt>
          <dd>{result.leadTime ? `${time(result.leadTime.p50)} · ${time(result.leadTime.p85)} · ${time(result.leadTime.p95)}` : t('run.noItem')}</dd>
        </div>
        <div>
          <dt>{t('run.constraint')}</dt>
          <dd>{constraint ? t('run.constraintValue', { label: constraint.label, load: Math.round(constraint.load * 100) }) : '—'}</dd>
        </div>
        <div>
          <dt>{t('run.growing')}</dt>
          <dd className={growing.length > 0 ? 'flow-over' : undefined}>
            {growing.length === 0 ? t('run.noQueue') : growing.map((station) => t('run.queueBefore', { label: station.label })).join(', ')}
          </dd>
        </div>
      </dl>
      <UtilisationBars stations={result.stations} constraint={result.constraint} />
      <WipChart result={result} daySeconds={workingDaySeconds(settings)} width={chartWidth} />
    </div>
  );
}
