import type { EventLogSource } from '../model/event-log-source';
import { formatDuration } from '../vsm';
import { countOf } from '../util/count-words';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The line the report prints under a measured map's title: which file, which dates, how many cases. */
export function sourceLine(source: EventLogSource): string {
  const from = day.format(new Date(source.firstEventAt));
  const to = day.format(new Date(source.lastEventAt));
  const span = from === to ? `on ${from}` : `from ${from} to ${to}`;
  return `Measured from the event log ${source.fileName}: ${countOf(source.cases, 'case')}, ${countOf(source.events, 'event')} ${span}.`;
}

/** Each case's lead time as the report prints it, in calendar time as the log measured it. */
export function leadTimeLine({ leadTime }: EventLogSource): string {
  const time = (seconds: number) => formatDuration(seconds, { workingTimePerDay: 86_400 });
  return `Lead time per case: median ${time(leadTime.median)}, 85 % within ${time(leadTime.p85)}, 95 % within ${time(leadTime.p95)}, longest ${time(leadTime.longest)}.`;
}
