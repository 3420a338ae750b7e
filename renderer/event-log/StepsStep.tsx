import { useTranslation } from 'react-i18next';
import { MAX_MEASURED_STEPS, type MeasuredStream } from '../../shared/event-log/measured-stream';
import { formatDuration } from '../../shared/vsm';
import { CALENDAR_DAYS } from './calendar-time';
import { LeadTimeHistogram } from './LeadTimeHistogram';
import type { ScreenOverview, ScreenVariant } from './worker-messages';

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
  const { t } = useTranslation('eventLog');
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
        {t('steps.summary', {
          cases: t('steps.cases', { count: overview.cases }),
          events: t('steps.events', { count: overview.events }),
          from: date.format(overview.firstTime),
          to: date.format(overview.lastTime),
          variants: t('steps.variants', { count: overview.variantCount }),
        })}
        {overview.ignoredTransitions > 0 && t('steps.ignored', { count: overview.ignoredTransitions })}
        {!overview.hasProcessTimes && t('steps.noStarts')}
      </p>
      <div className="event-log-columns-2">
        <section aria-labelledby="event-log-activities">
          <h3 id="event-log-activities" tabIndex={-1} data-stage-focus>
            {t('steps.keep')}
          </h3>
          <p className="muted">{t('steps.keepHint')}</p>
          <div className="event-log-quick">
            <button type="button" className="button button-quiet" onClick={() => keepCommon(0.2)}>
              {t('steps.mainPath')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => keepCommon(0)}>
              {overview.activities.length > MAX_MEASURED_STEPS ? t('steps.mostCommon', { count: MAX_MEASURED_STEPS }) : t('steps.all')}
            </button>
          </div>
          <ul className="event-log-activities" aria-labelledby="event-log-activities">
            {listed.map((activity) => (
              <li key={activity.index}>
                <label>
                  <input type="checkbox" checked={kept.has(activity.index)} onChange={() => toggle(activity.index)} />
                  <span className="event-log-activity-name">{activity.name}</span>
                  <span className="muted">{t('steps.ofCases', { share: percent.format(activity.cases / overview.cases) })}</span>
                </label>
              </li>
            ))}
          </ul>
          {unlisted > 0 && <p className="muted">{t('steps.rarerActivities', { count: unlisted })}</p>}
        </section>
        <section aria-labelledby="event-log-variants">
          <h3 id="event-log-variants">{t('steps.variantsHeading')}</h3>
          <ol className="event-log-variants" aria-labelledby="event-log-variants">
            {overview.variants.slice(0, LISTED_VARIANTS).map((variant, index) => (
              <li key={index}>
                <span className="event-log-share">{percent.format(variant.cases / overview.cases)}</span>
                <span>{variantPath(variant, kept, names, t('steps.other'))}</span>
              </li>
            ))}
          </ol>
          {overview.variantCount > LISTED_VARIANTS && (
            <p className="muted">{t('steps.rarerVariants', { count: overview.variantCount - LISTED_VARIANTS })}</p>
          )}
          <LeadTimeHistogram leadTime={overview.leadTime} />
        </section>
      </div>
      <section aria-labelledby="event-log-map-steps">
        <h3 id="event-log-map-steps">{t('steps.mapSteps')}</h3>
        {measured === null ? (
          <p className="muted">{t('steps.measuring')}</p>
        ) : (
          <ol className="event-log-map-steps" aria-labelledby="event-log-map-steps">
            {measured.steps.map((step) => (
              <li key={step.activity}>
                <strong>{step.activity}</strong>
                <span>{t('steps.cases', { count: step.cases })}</span>
                {step.waitBefore && <span>{t('steps.wait', { median: time(step.waitBefore.median), p85: time(step.waitBefore.p85) })}</span>}
                {step.processTime && <span>{t('steps.work', { median: time(step.processTime.median), p85: time(step.processTime.p85) })}</span>}
                {step.rework && <span>{t('steps.rework', { rate: percent.format(step.rework.rate) })}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** A variant's path with left-out activities shown as one "other" wherever they run together. */
function variantPath(variant: ScreenVariant, kept: ReadonlySet<number>, names: ReadonlyMap<number, string>, other: string): string {
  const parts: string[] = [];
  for (const activity of variant.activities) {
    const isOther = !kept.has(activity);
    if (isOther && parts.at(-1) === other) continue;
    parts.push(isOther ? other : (names.get(activity) ?? ''));
  }
  return parts.join(' → ');
}
