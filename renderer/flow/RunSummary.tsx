import type { SimulationResult } from '../../shared/flow/simulation/simulation-result';
import type { MapSettings } from '../../shared/model/vsm-map';
import { formatDuration, workingDaySeconds } from '../../shared/vsm';
import { UtilisationBars } from './UtilisationBars';
import { WipChart } from './WipChart';

const perDay = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** One run's figures: throughput against demand, lead-time percentiles, the constraint, the queues that keep growing, and the charts. */
export function RunSummary({ result, settings, chartWidth }: { result: SimulationResult; settings: MapSettings; chartWidth?: number }) {
  const time = (seconds: number) => formatDuration(seconds, settings);
  const constraint = result.stations.find((station) => station.nodeId === result.constraint);
  const growing = result.stations.filter((station) => station.growing);
  const short = result.throughputPerDay < result.demandPerDay * 0.98;
  return (
    <div className="flow-run">
      <dl className="flow-figures">
        <div>
          <dt>Throughput</dt>
          <dd className={short ? 'flow-over' : undefined}>
            {perDay.format(result.throughputPerDay)} a day against demand of {perDay.format(result.demandPerDay)}
          </dd>
        </div>
        <div>
          <dt>Lead time P50 · P85 · P95</dt>
          <dd>
            {result.leadTime ? `${time(result.leadTime.p50)} · ${time(result.leadTime.p85)} · ${time(result.leadTime.p95)}` : 'no item got through'}
          </dd>
        </div>
        <div>
          <dt>Constraint</dt>
          <dd>{constraint ? `${constraint.label} (load ${Math.round(constraint.load * 100)} %)` : '—'}</dd>
        </div>
        <div>
          <dt>Growing without bound</dt>
          <dd className={growing.length > 0 ? 'flow-over' : undefined}>
            {growing.length === 0 ? 'no queue' : growing.map((station) => `the queue before ${station.label}`).join(', ')}
          </dd>
        </div>
      </dl>
      <UtilisationBars stations={result.stations} constraint={result.constraint} />
      <WipChart result={result} daySeconds={workingDaySeconds(settings)} width={chartWidth} />
    </div>
  );
}
