import { exhaustiveSwitchError } from '../util/exhaustive';
import { parseTimestamp, TIMESTAMP_FORMATS, type TimestampFormat } from './timestamp-formats';

/**
 * What each column of a log means. Case id, activity and timestamp are required; a lifecycle
 * column (start / complete) or a separate start-time column lets the import measure process
 * time; a resource column is read for the preview only. Guesses follow the names XES and the
 * common process-mining exports use, so most files need no mapping at all.
 */
export const COLUMN_ROLES = ['caseId', 'activity', 'timestamp', 'startTimestamp', 'lifecycle', 'resource'] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const REQUIRED_ROLES = ['caseId', 'activity', 'timestamp'] as const satisfies readonly ColumnRole[];

/** The column index of each role; a role with no column is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

const NAME_HINTS: Record<ColumnRole, readonly string[]> = {
  caseId: [
    'case:concept:name',
    'case id',
    'caseid',
    'case_id',
    'case',
    'ticket',
    'ticket id',
    'issue key',
    'issue id',
    'issue',
    'key',
    'order',
    'order id',
    'claim id',
    'id',
  ],
  activity: ['concept:name', 'activity', 'activity name', 'event', 'task', 'step', 'status'],
  timestamp: [
    'time:timestamp',
    'timestamp',
    'complete timestamp',
    'end',
    'end time',
    'completed',
    'time',
    'date',
    'updated',
    'changed',
    'changed at',
    'transition date',
  ],
  startTimestamp: ['start timestamp', 'start time', 'start', 'started'],
  lifecycle: ['lifecycle:transition', 'lifecycle', 'transition', 'event type'],
  resource: ['org:resource', 'resource', 'user', 'assignee', 'agent', 'performer'],
};

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
}

/** The best guess for each role from the header names; each column serves one role at most. */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const names = headers.map(normalise);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const role of COLUMN_ROLES) {
    for (const hint of NAME_HINTS[role]) {
      const index = names.findIndex((name, column) => !taken.has(column) && name === normalise(hint));
      if (index >= 0) {
        mapping[role] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** How the preview reads a column's sample values, so the user sees a date column was taken as dates. */
export type ColumnReading =
  | { kind: 'empty' }
  | { kind: 'timestamp'; format: TimestampFormat }
  | { kind: 'number' }
  | { kind: 'lifecycle' }
  | { kind: 'text'; distinct: number };

/**
 * Whole numbers of 10 or 13 digits that fall in this century are epoch seconds or milliseconds
 * (what APIs and databases export); other numbers stay numbers, so a numeric case id is not a date.
 */
const EPOCH_READINGS = [
  { digits: 13, format: 'epoch-milliseconds' },
  { digits: 10, format: 'epoch-seconds' },
] as const satisfies readonly { digits: number; format: TimestampFormat }[];

function isEpochIn(value: string, { digits, format }: (typeof EPOCH_READINGS)[number]): boolean {
  const time = value.length === digits && /^\d+$/.test(value) ? parseTimestamp(value, format) : null;
  return time !== null && time >= Date.UTC(2000, 0, 1) && time < Date.UTC(2100, 0, 1);
}

export function readColumn(samples: readonly string[]): ColumnReading {
  const values = samples.map((sample) => sample.trim()).filter((sample) => sample !== '');
  if (values.length === 0) return { kind: 'empty' };
  // A clock with AM / PM is written by US software, which puts the month first; 12/05 is then 5 December.
  const usClock = values.some((value) => /\d\s*[AP]M$/i.test(value));
  const dateFormats = TIMESTAMP_FORMATS.filter((format) => format !== 'epoch-seconds' && format !== 'epoch-milliseconds').sort(
    (a, b) => Number(usClock && b === 'month-day-year') - Number(usClock && a === 'month-day-year'),
  );
  const format = dateFormats.find((candidate) => values.every((value) => parseTimestamp(value, candidate) !== null));
  if (format) return { kind: 'timestamp', format };
  const epoch = EPOCH_READINGS.find((reading) => values.every((value) => isEpochIn(value, reading)));
  if (epoch) return { kind: 'timestamp', format: epoch.format };
  if (values.every((value) => /^-?\d+(?:[.,]\d+)?$/.test(value))) return { kind: 'number' };
  if (values.every((value) => readLifecycle(value) !== 'other')) return { kind: 'lifecycle' };
  return { kind: 'text', distinct: new Set(values).size };
}

const TIMESTAMP_READINGS: Record<TimestampFormat, string> = {
  iso: 'ISO 8601',
  'day-month-year': 'day first',
  'month-day-year': 'month first',
  'epoch-seconds': 'seconds since 1970',
  'epoch-milliseconds': 'milliseconds since 1970',
};

export function describeReading(reading: ColumnReading): string {
  switch (reading.kind) {
    case 'empty':
      return 'empty';
    case 'timestamp':
      return `dates (${TIMESTAMP_READINGS[reading.format]})`;
    case 'number':
      return 'numbers';
    case 'lifecycle':
      return 'start / complete';
    case 'text':
      return `text (${reading.distinct.toLocaleString('en')} different in the preview)`;
    default:
      return exhaustiveSwitchError(reading, 'column reading');
  }
}

/** XES's standard transitions; the ones between start and complete (suspend, assign…) are not timed. */
export function readLifecycle(value: string): 'start' | 'complete' | 'other' {
  const word = value.trim().toLowerCase();
  if (word === 'start' || word === 'started' || word === 'begin') return 'start';
  if (word === 'complete' || word === 'completed' || word === 'end' || word === 'done' || word === '') return 'complete';
  return 'other';
}
