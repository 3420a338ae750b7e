import type { EventLogSource } from '../model/event-log-source';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The line the report prints under a measured map's title: which file, which dates, how many cases. */
export function sourceLine(source: EventLogSource): string {
  const from = day.format(new Date(source.firstEventAt));
  const to = day.format(new Date(source.lastEventAt));
  const span = from === to ? `on ${from}` : `from ${from} to ${to}`;
  return `Measured from the event log ${source.fileName}: ${source.cases.toLocaleString('en')} cases, ${source.events.toLocaleString('en')} events ${span}.`;
}
