import { translator } from '../i18n/i18n-instance';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';
import type { EventLogSource } from '../model/event-log-source';
import { formatDuration } from '../vsm';

/** The line the report prints under a measured map's title: which file, which dates (as the log wrote them, in UTC), how many cases. */
export function sourceLine(source: EventLogSource, format: LocaleFormat = ENGLISH): string {
  const t = translator(format.language, 'content');
  const from = format.date(source.firstEventAt.slice(0, 10));
  const to = format.date(source.lastEventAt.slice(0, 10));
  const counts = {
    file: source.fileName,
    cases: t('measured.cases', { count: source.cases, cases: format.number(source.cases) }),
    events: t('measured.events', { count: source.events, events: format.number(source.events) }),
  };
  return from === to ? t('measured.sourceOneDay', { ...counts, day: from }) : t('measured.sourceDays', { ...counts, from, to });
}

/** Each case's lead time as the report prints it, in calendar time as the log measured it. */
export function leadTimeLine({ leadTime }: EventLogSource, format: LocaleFormat = ENGLISH): string {
  const time = (seconds: number) => formatDuration(seconds, { workingTimePerDay: 86_400 }, { format });
  return translator(format.language, 'content')('measured.leadTime', {
    median: time(leadTime.median),
    p85: time(leadTime.p85),
    p95: time(leadTime.p95),
    longest: time(leadTime.longest),
  });
}
