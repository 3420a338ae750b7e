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

export const COLUMN_ROLE_LABELS: Record<ColumnRole, string> = {
  caseId: 'Case id',
  activity: 'Activity',
  timestamp: 'Timestamp (or completion time)',
  startTimestamp: 'Start time (optional)',
  lifecycle: 'Lifecycle (optional)',
  resource: 'Resource (optional)',
};

/** A role's name in the preview's column headings. */
export const COLUMN_ROLE_NAMES: Record<ColumnRole, string> = {
  caseId: 'Case id',
  activity: 'Activity',
  timestamp: 'Timestamp',
  startTimestamp: 'Start time',
  lifecycle: 'Lifecycle',
  resource: 'Resource',
};

/** The column index of each role; a role with no column is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

const NAME_HINTS: Record<ColumnRole, readonly string[]> = {
  caseId: ['case:concept:name', 'case id', 'caseid', 'case_id', 'case', 'ticket', 'ticket id', 'order', 'order id', 'claim id', 'id'],
  activity: ['concept:name', 'activity', 'activity name', 'event', 'task', 'step', 'status'],
  timestamp: ['time:timestamp', 'timestamp', 'complete timestamp', 'end', 'end time', 'completed', 'time', 'date'],
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

export function readColumn(samples: readonly string[]): ColumnReading {
  const values = samples.map((sample) => sample.trim()).filter((sample) => sample !== '');
  if (values.length === 0) return { kind: 'empty' };
  const dateFormats = TIMESTAMP_FORMATS.filter((format) => format !== 'epoch-seconds' && format !== 'epoch-milliseconds');
  const format = dateFormats.find((candidate) => values.every((value) => parseTimestamp(value, candidate) !== null));
  if (format) return { kind: 'timestamp', format };
  if (values.every((value) => /^-?\d+(?:[.,]\d+)?$/.test(value))) return { kind: 'number' };
  if (values.every((value) => readLifecycle(value) !== 'other')) return { kind: 'lifecycle' };
  return { kind: 'text', distinct: new Set(values).size };
}

export function describeReading(reading: ColumnReading): string {
  switch (reading.kind) {
    case 'empty':
      return 'empty';
    case 'timestamp':
      return reading.format === 'iso' ? 'dates (ISO 8601)' : reading.format === 'day-month-year' ? 'dates (day first)' : 'dates (month first)';
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
