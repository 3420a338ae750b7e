import { exhaustiveSwitchError } from '../util/exhaustive';
import { translator } from '../i18n/i18n-instance';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';
import { readLifecycle, REQUIRED_ROLES, type ColumnMapping } from './column-roles';
import { createEventTableBuilder, type EventTable } from './event-table';
import { parseTimestamp, timestampFormatLabel, type TimestampFormat } from './timestamp-formats';

/**
 * Turns a log's rows (CSV records, or XES events flattened to the same shape) into events, and
 * collects what is wrong with them instead of stopping at the first problem, so one message can
 * say how many rows are affected and show the first. Any problem refuses the whole log: a map
 * measured from a log with holes in it would look right and be wrong. Transitions other than
 * start and complete (schedule, suspend, assign…) are not timed and are only counted.
 */
export type RowProblem =
  /** `column` is how messages name the column after the word "column": “Date”, or “Date” (column 3) when two share the name. */
  | { kind: 'missing-value'; column: string; row: number; count: number }
  | { kind: 'bad-timestamp'; column: string; row: number; example: string; format: TimestampFormat; count: number }
  | { kind: 'back-in-time'; caseId: string; column: string; row: number; previousRow: number; time: number; previousTime: number; count: number };

export type ReadSetup = {
  headers: readonly string[];
  mapping: ColumnMapping;
  timestampFormat: TimestampFormat;
  /** "row" for a CSV file (the header is row 1), "event" for XES (events counted from 1). */
  rowLabel: 'row' | 'event';
  /** The language and locale of the messages; English when not given. */
  format?: LocaleFormat;
};

export type RowReader = {
  /** `row` is the number a message names for this record. */
  read(fields: readonly string[], row: number): void;
  finish(): ReadOutcome;
};

export type ReadOutcome =
  { ok: true; table: EventTable; ignoredTransitions: number; firstTime: number; lastTime: number } | { ok: false; problems: string[] };

/** A message for each required role without a column; empty when the mapping can be read. */
export function mappingProblems(mapping: ColumnMapping, format: LocaleFormat = ENGLISH): string[] {
  const t = translator(format.language, 'logReading');
  const missing = REQUIRED_ROLES.filter((role) => mapping[role] === undefined).map((role) => t(`chooseColumn.${role}`));
  const used = Object.values(mapping);
  const twice = used.length !== new Set(used).size ? [t('onePurpose')] : [];
  return [...missing, ...twice];
}

export function createRowReader(setup: ReadSetup): RowReader {
  const { headers, mapping, timestampFormat, rowLabel, format = ENGLISH } = setup;
  const t = translator(format.language, 'logReading');
  // Exports repeat header names (two "Date" or "Custom field" columns); the place tells them apart.
  const columnName = (index: number | undefined) => {
    if (index === undefined) return '';
    const header = headers[index];
    if (header === undefined || header === '') return String(index + 1);
    return headers.indexOf(header) === headers.lastIndexOf(header)
      ? t('column', { name: header })
      : t('columnAt', { name: header, index: index + 1 });
  };
  const builder = createEventTableBuilder(64 * 1_024);
  const problems = new Map<string, RowProblem>();
  let lastBeginOfCase = new Float64Array(1_024).fill(Number.NaN);
  let lastEndOfCase = new Float64Array(1_024).fill(Number.NaN);
  let lastRowOfCase = new Int32Array(1_024);
  let ignoredTransitions = 0;
  let firstTime = Number.POSITIVE_INFINITY;
  let lastTime = Number.NEGATIVE_INFINITY;

  const note = (key: string, problem: RowProblem) => {
    const known = problems.get(key);
    if (known) known.count += 1;
    else problems.set(key, problem);
  };

  const required = (fields: readonly string[], index: number | undefined, row: number): string | null => {
    const value = index === undefined ? '' : (fields[index] ?? '').trim();
    if (value === '') {
      note(`missing:${index}`, { kind: 'missing-value', column: columnName(index), row, count: 1 });
      return null;
    }
    return value;
  };

  const time = (text: string, index: number | undefined, row: number): number | null => {
    const parsed = parseTimestamp(text, timestampFormat);
    if (parsed === null) {
      note(`time:${index}`, { kind: 'bad-timestamp', column: columnName(index), row, example: text, format: timestampFormat, count: 1 });
    }
    return parsed;
  };

  /**
   * A row goes back in time when it began and ended before the case's rows so far: steps that ran
   * side by side overlap, and an export lists them by start or by completion, so either order holds.
   * A row that ends before it began goes back in time by itself.
   */
  const keepsOrder = (caseId: string, begin: number, end: number, row: number): boolean => {
    const index = builder.caseIndex(caseId);
    if (index >= lastEndOfCase.length) {
      const grown = (from: Float64Array) => {
        const to = new Float64Array(from.length * 2).fill(Number.NaN);
        to.set(from);
        return to;
      };
      lastBeginOfCase = grown(lastBeginOfCase);
      lastEndOfCase = grown(lastEndOfCase);
      const rows = new Int32Array(lastRowOfCase.length * 2);
      rows.set(lastRowOfCase);
      lastRowOfCase = rows;
    }
    const column = columnName(mapping.timestamp);
    if (end < begin) {
      note('order', { kind: 'back-in-time', caseId, column, row, previousRow: row, time: end, previousTime: begin, count: 1 });
      return false;
    }
    const previousBegin = lastBeginOfCase[index] ?? Number.NaN;
    const previousEnd = lastEndOfCase[index] ?? Number.NaN;
    if (end < previousEnd && begin < previousBegin) {
      note('order', {
        kind: 'back-in-time',
        caseId,
        column,
        row,
        previousRow: lastRowOfCase[index] ?? 0,
        time: end,
        previousTime: previousEnd,
        count: 1,
      });
      return false;
    }
    lastBeginOfCase[index] = Number.isNaN(previousBegin) ? begin : Math.max(previousBegin, begin);
    if (Number.isNaN(previousEnd) || end >= previousEnd) {
      lastEndOfCase[index] = end;
      lastRowOfCase[index] = row;
    }
    return true;
  };

  return {
    read(fields, row) {
      if (fields.every((field) => field.trim() === '')) return;
      const caseId = required(fields, mapping.caseId, row);
      const activity = required(fields, mapping.activity, row);
      const stamp = required(fields, mapping.timestamp, row);
      const completed = stamp === null ? null : time(stamp, mapping.timestamp, row);
      const startText = mapping.startTimestamp === undefined ? '' : (fields[mapping.startTimestamp] ?? '').trim();
      const started = startText === '' ? null : time(startText, mapping.startTimestamp, row);
      if (caseId === null || activity === null || completed === null || (startText !== '' && started === null)) return;
      const transition = mapping.lifecycle === undefined ? 'complete' : readLifecycle(fields[mapping.lifecycle] ?? '');
      if (transition === 'other') {
        ignoredTransitions += 1;
        return;
      }
      if (!keepsOrder(caseId, started ?? completed, completed, row)) return;
      if (started !== null) builder.add(caseId, activity, started, 'start');
      builder.add(caseId, activity, completed, transition);
      firstTime = Math.min(firstTime, started ?? completed);
      lastTime = Math.max(lastTime, completed);
    },
    finish() {
      const messages = [...problems.values()].map((problem) => describeRowProblem(problem, rowLabel, format));
      if (messages.length > 0) return { ok: false, problems: messages };
      const table = builder.build();
      if (table.count === 0) {
        return {
          ok: false,
          problems: [ignoredTransitions > 0 ? t('noTimedEvents') : t('noEvents')],
        };
      }
      return { ok: true, table, ignoredTransitions, firstTime, lastTime };
    },
  };
}

/** A row problem in words, in the language and locale of `format`. */
export function describeRowProblem(problem: RowProblem, rowLabel: 'row' | 'event', format: LocaleFormat = ENGLISH): string {
  const t = translator(format.language, 'logReading');
  const where = (row: number) => t(rowLabel, { number: format.number(row) });
  const more = (count: number) => (count > 1 ? t(rowLabel === 'row' ? 'moreRows' : 'moreEvents', { count: count - 1 }) : '');
  const quoted = (text: string) => t('column', { name: text });
  switch (problem.kind) {
    case 'missing-value':
      return t('missingValue', {
        where: t(rowLabel === 'row' ? 'rowStart' : 'eventStart', { number: format.number(problem.row) }),
        column: problem.column,
        more: more(problem.count),
      });
    case 'bad-timestamp':
      return t('badTimestamp', {
        count: problem.count,
        column: problem.column,
        format: timestampFormatLabel(problem.format, format.language),
        example: quoted(problem.example),
        where: where(problem.row),
      });
    case 'back-in-time':
      return t('backInTime', {
        caseId: quoted(problem.caseId),
        where: where(problem.row),
        time: new Date(problem.time).toISOString(),
        column: problem.column,
        previousTime: new Date(problem.previousTime).toISOString(),
        previousWhere: where(problem.previousRow),
        more: more(problem.count),
      });
    default:
      return exhaustiveSwitchError(problem, 'row problem');
  }
}
