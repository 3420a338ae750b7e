import { MAX_MEASURED_STEPS, type MeasuredStream } from '../../shared/event-log/measured-stream';
import { formatDuration } from '../../shared/vsm';
import { CALENDAR_DAYS } from './calendar-time';
import { LeadTimeHistogram } from './LeadTimeHistogram';
import type { ScreenOverview, ScreenVariant } from './worker-messages';
import { countOf } from '../../shared/util/count-words';

type StepsStepProps = {
  overview: ScreenOverview;
  kept: ReadonlySet<number>;
  onKeptChange: (kept: ReadonlySet<number>) => void;
  measured: MeasuredStream | null;
};

const LISTED_VARIANTS = 8;
/** A log with thousands of distinct activities lists the most common; a map keeps at most MAX_MEASURED_STEPS anyway. */
const LISTED_ACTIVITIES = 200;
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** The variants with their share, the activities to keep, and the map's steps as they will be. */
export function StepsStep({ overview, kept, onKeptChange, measured }: StepsStepProps) {
  const names = new Map(overview.activities.map((activity) => [activity.index, activity.name]));
  const toggle = (index: number) => {
    const next = new Set(kept);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    onKeptChange(next);
  };
  const keepCommon = (share: number) =>
    onKeptChange(
      new Set(
        overview.activities
          .filter((activity) => activity.cases >= overview.cases * share)
          .slice(0, MAX_MEASURED_STEPS)
          .map((activity) => activity.index),
      ),
    );
  const listed = overview.activities.slice(0, LISTED_ACTIVITIES);
  const unlisted = overview.activities.length - listed.length;
  const time = (seconds: number) => formatDuration(seconds, CALENDAR_DAYS);
  return (
    <div className="event-log-steps">
      <p className="event-log-summary">
        {countOf(overview.cases, 'case')}, {countOf(overview.events, 'event')} from {date.format(overview.firstTime)} to{' '}
        {date.format(overview.lastTime)}; {countOf(overview.variantCount, 'variant')}.
        {overview.ignoredTransitions > 0 &&
          ` ${overview.ignoredTransitions.toLocaleString('en')} events of other lifecycle transitions (schedule, suspend…) are not timed.`}
        {!overview.hasProcessTimes &&
          ' The log has no start events, so process times are left for the room to fill in; each step’s wait is the time since the previous step finished.'}
      </p>
      <div className="event-log-columns-2">
        <section aria-labelledby="event-log-activities">
          <h3 id="event-log-activities" tabIndex={-1} data-stage-focus>
            Steps to keep
          </h3>
          <p className="muted">Activities left out are folded into “other”: their time counts as wait before the next kept step.</p>
          <div className="event-log-quick">
            <button type="button" className="button button-quiet" onClick={() => keepCommon(0.2)}>
              Main path (in ≥ 20 % of cases)
            </button>
            <button type="button" className="button button-quiet" onClick={() => keepCommon(0)}>
              {overview.activities.length > MAX_MEASURED_STEPS ? `The ${MAX_MEASURED_STEPS} most common` : 'All'}
            </button>
          </div>
          <ul className="event-log-activities" aria-labelledby="event-log-activities">
            {listed.map((activity) => (
              <li key={activity.index}>
                <label>
                  <input type="checkbox" checked={kept.has(activity.index)} onChange={() => toggle(activity.index)} />
                  <span className="event-log-activity-name">{activity.name}</span>
                  <span className="muted">{percent.format(activity.cases / overview.cases)} of cases</span>
                </label>
              </li>
            ))}
          </ul>
          {unlisted > 0 && <p className="muted">and {unlisted.toLocaleString('en')} rarer activities, folded into “other”</p>}
        </section>
        <section aria-labelledby="event-log-variants">
          <h3 id="event-log-variants">Variants</h3>
          <ol className="event-log-variants" aria-labelledby="event-log-variants">
            {overview.variants.slice(0, LISTED_VARIANTS).map((variant, index) => (
              <li key={index}>
                <span className="event-log-share">{percent.format(variant.cases / overview.cases)}</span>
                <span>{variantPath(variant, kept, names)}</span>
              </li>
            ))}
          </ol>
          {overview.variantCount > LISTED_VARIANTS && (
            <p className="muted">and {(overview.variantCount - LISTED_VARIANTS).toLocaleString('en')} rarer variants</p>
          )}
          <LeadTimeHistogram leadTime={overview.leadTime} />
        </section>
      </div>
      <section aria-labelledby="event-log-map-steps">
        <h3 id="event-log-map-steps">The map’s steps, in order</h3>
        {measured === null ? (
          <p className="muted">Measuring…</p>
        ) : (
          <ol className="event-log-map-steps" aria-labelledby="event-log-map-steps">
            {measured.steps.map((step) => (
              <li key={step.activity}>
                <strong>{step.activity}</strong>
                <span>{countOf(step.cases, 'case')}</span>
                {step.waitBefore && (
                  <span>
                    wait {time(step.waitBefore.median)} (P85 {time(step.waitBefore.p85)})
                  </span>
                )}
                {step.processTime && (
                  <span>
                    work {time(step.processTime.median)} (P85 {time(step.processTime.p85)})
                  </span>
                )}
                {step.rework && <span>rework {percent.format(step.rework.rate)}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** A variant's path with left-out activities shown as one "other" wherever they run together. */
function variantPath(variant: ScreenVariant, kept: ReadonlySet<number>, names: ReadonlyMap<number, string>): string {
  const parts: string[] = [];
  for (const activity of variant.activities) {
    const name = kept.has(activity) ? (names.get(activity) ?? '') : 'other';
    if (name === 'other' && parts.at(-1) === 'other') continue;
    parts.push(name);
  }
  return parts.join(' → ');
}
