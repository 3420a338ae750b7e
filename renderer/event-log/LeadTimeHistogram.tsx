import { Trans, useTranslation } from 'react-i18next';
import type { LeadTimeDistribution } from '../../shared/model/event-log-source';
import { formatDuration } from '../../shared/vsm';
import { CALENDAR_DAYS } from './calendar-time';

/** Each case's lead time as bars: how many cases took how long, with the median and P85 named. */
export function LeadTimeHistogram({ leadTime }: { leadTime: LeadTimeDistribution }) {
  const { t } = useTranslation('eventLog');
  const most = Math.max(1, ...leadTime.histogram.map((bin) => bin.cases));
  const time = (seconds: number) => formatDuration(seconds, CALENDAR_DAYS);
  return (
    <figure className="event-log-histogram">
      <figcaption>
        <Trans
          t={t}
          i18nKey="histogram.caption"
          values={{ median: time(leadTime.median), p85: time(leadTime.p85), longest: time(leadTime.longest) }}
          components={{ strong: <strong /> }}
        />
      </figcaption>
      <ol aria-label={t('histogram.label')}>
        {leadTime.histogram.map((bin, index) => (
          <li key={index} title={t('histogram.bin', { count: bin.cases, from: time(bin.from), to: time(bin.to) })}>
            <span className="visually-hidden">{t('histogram.bin', { count: bin.cases, from: time(bin.from), to: time(bin.to) })}</span>
            <span className="event-log-bar" style={{ height: `${(bin.cases / most) * 100}%` }} />
            <span className="event-log-bin" aria-hidden="true">
              {time(bin.to)}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
