import type { LeadTimeDistribution } from '../../shared/model/event-log-source';
import { formatDuration } from '../../shared/vsm';
import { CALENDAR_DAYS } from './calendar-time';

/** Each case's lead time as bars: how many cases took how long, with the median and P85 named. */
export function LeadTimeHistogram({ leadTime }: { leadTime: LeadTimeDistribution }) {
  const most = Math.max(1, ...leadTime.histogram.map((bin) => bin.cases));
  const time = (seconds: number) => formatDuration(seconds, CALENDAR_DAYS);
  return (
    <figure className="event-log-histogram">
      <figcaption>
        Lead time per case: median <strong>{time(leadTime.median)}</strong>, P85 <strong>{time(leadTime.p85)}</strong>, longest{' '}
        {time(leadTime.longest)}
      </figcaption>
      <ol aria-label="Cases by lead time">
        {leadTime.histogram.map((bin, index) => (
          <li key={index} title={`${bin.cases.toLocaleString('en')} cases from ${time(bin.from)} to ${time(bin.to)}`}>
            <span className="visually-hidden">
              {bin.cases.toLocaleString('en')} cases from {time(bin.from)} to {time(bin.to)}
            </span>
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
