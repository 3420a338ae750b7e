import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowJobResult, RangeEntry } from '../../shared/flow/flow-job';
import { chanceOfMeeting } from '../../shared/flow/simulation/monte-carlo';
import { AS_DRAWN, type WhatIf } from '../../shared/flow/simulation/what-if';
import type { MapDocument } from '../../shared/model/vsm-map';
import { computeMetrics, formatDuration, workingDaySeconds } from '../../shared/vsm';
import { useLocaleFormat } from '../i18n/I18nProvider';
import { FlowJobStatus } from './FlowJobStatus';
import { RangeChart } from './RangeChart';
import { RunSummary } from './RunSummary';
import { useFlowJob } from './use-flow-job';
import { useSimulationProblemText } from './use-simulation-problem';
import { WhatIfForm } from './WhatIfForm';
import './flow.css';

type FlowPanelProps = { doc: MapDocument };

const RUN_DAYS = 30;
const RANGE_DAYS = 30;
/** A quick range while the room talks, or a thousand runs (a few seconds over the worker pool) for the tails. */
const RANGE_RUNS = [30, 300, 1_000] as const;

function sameWhatIf(a: WhatIf, b: WhatIf): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The Flow tab beside the map: the map's figures with rework and against a measured lead time,
 * a simulation of the line as drawn (throughput against demand, lead-time percentiles, the
 * constraint, the queues building) and its lead-time range over many runs, as drawn and under a
 * what-if. Runs happen in a worker, with a progress bar and Cancel; the map stays in use.
 */
export function FlowPanel({ doc }: FlowPanelProps) {
  const { t } = useTranslation('flow');
  const problemText = useSimulationProblemText();
  const format = useLocaleFormat();
  const { state, start, cancel } = useFlowJob();
  const [whatIf, setWhatIf] = useState<WhatIf>(AS_DRAWN);
  const [targetDays, setTargetDays] = useState('');
  const [rangeRuns, setRangeRuns] = useState<number>(RANGE_RUNS[0]);
  const [ranAt, setRanAt] = useState<MapDocument | null>(null);
  const metrics = useMemo(() => computeMetrics(doc), [doc]);
  const { settings } = doc.map;
  const daySeconds = workingDaySeconds(settings);
  const result: FlowJobResult | null = state.status === 'done' ? state.result : null;
  const target = Number(targetDays) > 0 ? Number(targetDays) * daySeconds : null;

  const runLine = () => {
    setRanAt(doc);
    start({ kind: 'run', doc, whatIf, days: RUN_DAYS, seed: 1 });
  };
  const runRange = () => {
    setRanAt(doc);
    const entries: RangeEntry[] = [{ doc, whatIf: AS_DRAWN, name: t('panel.asDrawn') }];
    if (!sameWhatIf(whatIf, AS_DRAWN)) entries.push({ doc, whatIf, name: t('panel.whatIf') });
    start({ kind: 'range', entries, days: RANGE_DAYS, runs: rangeRuns, seed: 1 });
  };
  const time = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds, settings, { format }));

  return (
    <div className="flow-panel">
      <section className="panel-section" aria-labelledby="flow-figures-heading">
        <h2 id="flow-figures-heading" className="panel-heading">
          {t('panel.figuresHeading')}
        </h2>
        <dl className="flow-figures">
          <div>
            <dt>{t('panel.leadTimeFirstPass')}</dt>
            <dd>{time(metrics.leadTime)}</dd>
          </div>
          <div>
            <dt>{t('panel.leadTimeRework')}</dt>
            <dd>{metrics.expectedLeadTime === null ? t('panel.neverEnds') : time(metrics.expectedLeadTime)}</dd>
          </div>
          <div>
            <dt>{t('panel.processTimeFirstPass')}</dt>
            <dd>{time(metrics.processTime)}</dd>
          </div>
          <div>
            <dt>{t('panel.processTimeRework')}</dt>
            <dd>{metrics.expectedProcessTime === null ? t('panel.neverEnds') : time(metrics.expectedProcessTime)}</dd>
          </div>
          <div>
            <dt>{t('panel.measuredLeadTime')}</dt>
            <dd>{settings.measuredLeadTime === undefined ? t('panel.notEntered') : time(settings.measuredLeadTime)}</dd>
          </div>
          {metrics.unmappedWaiting !== null && (
            <div>
              <dt>{t('panel.unmappedWaiting')}</dt>
              <dd>{time(metrics.unmappedWaiting)}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="panel-section" aria-labelledby="flow-sim-heading">
        <h2 id="flow-sim-heading" className="panel-heading">
          {t('panel.simulateHeading')}
        </h2>
        <p className="muted flow-intro">
          {t('panel.simulateIntro', { days: RUN_DAYS })} {t('panel.stocksHeld')}
        </p>
        <WhatIfForm value={whatIf} onChange={setWhatIf} />
        <div className="flow-actions">
          <button type="button" className="button" onClick={runLine} disabled={state.status === 'running'}>
            {t('panel.runLine')}
          </button>
          <button type="button" className="button" onClick={runRange} disabled={state.status === 'running'}>
            {t('panel.rangeButton')}
          </button>
          <select
            className="flow-runs"
            aria-label={t('panel.runsInRange')}
            value={rangeRuns}
            onChange={(event) => setRangeRuns(Number(event.target.value))}
          >
            {RANGE_RUNS.map((runs) => (
              <option key={runs} value={runs}>
                {t('panel.runs', { count: runs })}
              </option>
            ))}
          </select>
        </div>
        <FlowJobStatus state={state} onCancel={cancel} />
        {ranAt !== null && ranAt !== doc && result && <p className="muted">{t('panel.changed')}</p>}
        {result?.kind === 'run' &&
          (result.result ? (
            <RunSummary result={result.result} settings={settings} />
          ) : (
            <p className="form-error" role="alert">
              {result.problem && problemText(result.problem)}
            </p>
          ))}
        {result?.kind === 'range' && (
          <div className="flow-range-block">
            {result.ranges.map(
              (entry) =>
                entry.problem && (
                  <p key={entry.mapId} className="form-error" role="alert">
                    {problemText(entry.problem)}
                  </p>
                ),
            )}
            <RangeChart ranges={result.ranges} settings={settings} target={target} />
            <label className="flow-field">
              <span>{t('panel.chanceAtMost')}</span>
              <span className="flow-input">
                <input
                  type="text"
                  inputMode="decimal"
                  value={targetDays}
                  placeholder={t('days')}
                  onChange={(event) => setTargetDays(event.target.value)}
                />
                <span className="muted">{t('days')}</span>
              </span>
            </label>
            {target !== null && (
              <ul className="flow-chances">
                {result.ranges.map((entry) => (
                  <li key={entry.mapId}>
                    {t('panel.chance', {
                      name: entry.name,
                      chance: entry.range ? t('percent', { value: Math.round(chanceOfMeeting(entry.range, target) * 100) }) : '—',
                    })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
