import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chanceOfMeeting } from '../../shared/flow/simulation/monte-carlo';
import { AS_DRAWN } from '../../shared/flow/simulation/what-if';
import type { MapDocument } from '../../shared/model/vsm-map';
import { workingDaySeconds } from '../../shared/vsm';
import { FlowJobStatus } from './FlowJobStatus';
import { RangeChart } from './RangeChart';
import { useSimulationProblemText } from './use-simulation-problem';
import { useFlowJob } from './use-flow-job';
import './flow.css';

const RUNS = 30;
const DAYS = 30;

/**
 * The comparison's answer to "will the future state really get us there?": both maps simulated
 * as drawn, many times, their lead-time ranges on one scale, and the chance that an order goes
 * through the future state within a number of days. Runs in the flow worker, on request.
 */
export function FlowComparison({ current, future }: { current: MapDocument; future: MapDocument }) {
  const { t } = useTranslation('flow');
  const problemText = useSimulationProblemText();
  const { state, start, cancel } = useFlowJob();
  const [targetDays, setTargetDays] = useState('');
  const { settings } = current.map;
  const day = workingDaySeconds(settings);
  const target = Number(targetDays) > 0 ? Number(targetDays) * day : null;
  const run = () =>
    start({
      kind: 'range',
      entries: [
        { doc: current, whatIf: AS_DRAWN, name: current.map.name },
        { doc: future, whatIf: AS_DRAWN, name: future.map.name },
      ],
      days: DAYS,
      runs: RUNS,
      seed: 1,
    });
  const ranges = state.status === 'done' && state.result.kind === 'range' ? state.result.ranges : null;
  return (
    <section className="flow-comparison" aria-label={t('comparison.label')}>
      <div className="flow-actions">
        <button type="button" className="button" onClick={run} disabled={state.status === 'running'}>
          {t('comparison.run', { count: RUNS })}
        </button>
        <label className="flow-field">
          <span>{t('comparison.chanceWithin')}</span>
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
      </div>
      <FlowJobStatus state={state} onCancel={cancel} />
      {ranges && (
        <>
          {ranges.map(
            (entry) =>
              entry.problem && (
                <p key={entry.mapId} className="form-error">
                  {t('comparison.problem', { name: entry.name, problem: problemText(entry.problem) })}
                </p>
              ),
          )}
          <RangeChart ranges={ranges} settings={settings} target={target} width={460} />
          {target !== null && (
            <p>
              {ranges
                .map((entry) =>
                  t('comparison.chance', {
                    name: entry.name,
                    chance: entry.range ? t('percent', { value: Math.round(chanceOfMeeting(entry.range, target) * 100) }) : '—',
                    days: targetDays,
                  }),
                )
                .join(' · ')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
