/** What reading an event log (shared/event-log) tells the user. English is the reference every other language must match. */
export const logReading = {
  roleLabel: {
    caseId: 'Case id',
    activity: 'Activity',
    timestamp: 'Timestamp (or completion time)',
    startTimestamp: 'Start time (optional)',
    lifecycle: 'Lifecycle (optional)',
    resource: 'Resource (optional)',
  },
  roleName: {
    caseId: 'Case id',
    activity: 'Activity',
    timestamp: 'Timestamp',
    startTimestamp: 'Start time',
    lifecycle: 'Lifecycle',
    resource: 'Resource',
  },
  chooseColumn: {
    caseId: 'Choose the column that holds the case id.',
    activity: 'Choose the column that holds the activity.',
    timestamp: 'Choose the column that holds the timestamp (or completion time).',
  },
  onePurpose: 'Each column can serve one purpose only.',
  noTimedEvents: 'The file holds no start or complete events, so nothing can be timed.',
  noEvents: 'The file holds no events.',
  column: '“{{name}}”',
  columnAt: '“{{name}}” (column {{index}})',
  row: 'row {{number}}',
  event: 'event {{number}}',
  rowStart: 'Row {{number}}',
  eventStart: 'Event {{number}}',
  timestampFormat: {
    iso: 'ISO 8601 (2026-03-14 09:30)',
    dayMonthYear: 'Day first (14.03.2026 09:30)',
    monthDayYear: 'Month first (03/14/2026 9:30 AM)',
    epochSeconds: 'Seconds since 1970',
    epochMilliseconds: 'Milliseconds since 1970',
  },
  moreRows_one: ' ({{count}} more row like it)',
  moreRows_other: ' ({{count}} more rows like it)',
  moreEvents_one: ' ({{count}} more event like it)',
  moreEvents_other: ' ({{count}} more events like it)',
  missingValue: '{{where}}: column {{column}} is empty{{more}}.',
  badTimestamp_one:
    '{{count}} timestamp in column {{column}} could not be read as {{format}}; the first is {{example}} on {{where}}. Choose the format the file uses.',
  badTimestamp_other:
    '{{count}} timestamps in column {{column}} could not be read as {{format}}; the first is {{example}} on {{where}}. Choose the format the file uses.',
  backInTime:
    "Case {{caseId}} goes back in time on {{where}}: {{time}} in column {{column}} is before {{previousTime}} on {{previousWhere}}{{more}}. A case's events must be listed in the order they happened.",
} as const;
