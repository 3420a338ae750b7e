import { describe, expect, it } from 'vitest';
import { describeReading, guessColumnMapping, readColumn } from '../../../shared/event-log/column-roles';
import { mappingProblems } from '../../../shared/event-log/read-event-rows';
import { parseTimestamp } from '../../../shared/event-log/timestamp-formats';

describe('timestamps', () => {
  it('reads ISO 8601 with and without a zone, with a space or T, to the millisecond', () => {
    expect(parseTimestamp('2026-03-14T09:30:00Z', 'iso')).toBe(Date.UTC(2026, 2, 14, 9, 30));
    expect(parseTimestamp('2026-03-14 09:30', 'iso')).toBe(Date.UTC(2026, 2, 14, 9, 30));
    expect(parseTimestamp('2026-03-14T09:30:00.250+01:00', 'iso')).toBe(Date.UTC(2026, 2, 14, 8, 30, 0, 250));
    expect(parseTimestamp('2026-03-14T09:30:00-0530', 'iso')).toBe(Date.UTC(2026, 2, 14, 15, 0));
    expect(parseTimestamp('2026-03-14', 'iso')).toBe(Date.UTC(2026, 2, 14));
  });

  it('reads the day-first, month-first and epoch spellings the user can pick', () => {
    expect(parseTimestamp('14.03.2026 09:30', 'day-month-year')).toBe(Date.UTC(2026, 2, 14, 9, 30));
    expect(parseTimestamp('03/14/2026 9:30 PM', 'month-day-year')).toBe(Date.UTC(2026, 2, 14, 21, 30));
    expect(parseTimestamp('03/14/2026 12:05 AM', 'month-day-year')).toBe(Date.UTC(2026, 2, 14, 0, 5));
    expect(parseTimestamp('1773480600', 'epoch-seconds')).toBe(1_773_480_600_000);
    expect(parseTimestamp('1773480600000', 'epoch-milliseconds')).toBe(1_773_480_600_000);
  });

  it('refuses what is not a date in that format, and dates that do not exist', () => {
    expect(parseTimestamp('14.03.2026', 'iso')).toBeNull();
    expect(parseTimestamp('2026-04-31', 'iso')).toBeNull();
    expect(parseTimestamp('31/04/2026', 'day-month-year')).toBeNull();
    expect(parseTimestamp('14/03/2026', 'month-day-year')).toBeNull();
    expect(parseTimestamp('yesterday', 'epoch-seconds')).toBeNull();
  });
});

describe('columns', () => {
  it('guesses the roles from XES and common export names', () => {
    expect(guessColumnMapping(['case:concept:name', 'concept:name', 'time:timestamp', 'lifecycle:transition', 'org:resource'])).toEqual({
      caseId: 0,
      activity: 1,
      timestamp: 2,
      lifecycle: 3,
      resource: 4,
    });
    expect(guessColumnMapping(['Ticket ID', 'Status', 'Start Time', 'End Time', 'Assignee'])).toEqual({
      caseId: 0,
      activity: 1,
      startTimestamp: 2,
      timestamp: 3,
      resource: 4,
    });
  });

  it('guesses a ticket system’s export: its issue key is the case and its update time the timestamp', () => {
    expect(guessColumnMapping(['Issue key', 'Summary', 'Status', 'Updated', 'Story Points'])).toEqual({ caseId: 0, activity: 2, timestamp: 3 });
    expect(guessColumnMapping(['Key', 'Status', 'Changed', 'Changed by'])).toEqual({ caseId: 0, activity: 1, timestamp: 2 });
  });

  it('says what each column was read as', () => {
    expect(describeReading(readColumn(['2026-01-01T10:00:00Z', '2026-01-02 11:00']))).toBe('dates (ISO 8601)');
    expect(describeReading(readColumn(['14.01.2026 10:00', '15.01.2026']))).toBe('dates (day first)');
    expect(describeReading(readColumn(['start', 'complete']))).toBe('start / complete');
    expect(describeReading(readColumn(['12', '7.5']))).toBe('numbers');
    expect(describeReading(readColumn(['Fix', 'Review', 'Fix']))).toBe('text (2 different in the preview)');
    expect(describeReading(readColumn(['', ' ']))).toBe('empty');
  });

  it('reads a clock with AM / PM as month first, as the US exports that write it do, and epoch numbers as dates', () => {
    expect(readColumn(['12/05/2026 3:04 PM', '11/05/2026 9:00 AM'])).toEqual({ kind: 'timestamp', format: 'month-day-year' });
    expect(readColumn(['12/05/2026 15:04', '11/05/2026 09:00'])).toEqual({ kind: 'timestamp', format: 'day-month-year' });
    expect(readColumn(['1773480600000', '1773484200000'])).toEqual({ kind: 'timestamp', format: 'epoch-milliseconds' });
    expect(readColumn(['1773480600', '1773484200'])).toEqual({ kind: 'timestamp', format: 'epoch-seconds' });
    expect(describeReading(readColumn(['1773480600000']))).toBe('dates (milliseconds since 1970)');
    expect(readColumn(['4711', '4712'])).toEqual({ kind: 'number' });
    expect(readColumn(['9999999999999'])).toEqual({ kind: 'number' });
  });

  it('asks for every required column, and for each column to serve one purpose', () => {
    expect(mappingProblems({ caseId: 0, activity: 1 })).toEqual(['Choose the column that holds the timestamp (or completion time).']);
    expect(mappingProblems({ caseId: 0, activity: 0, timestamp: 1 })).toEqual(['Each column can serve one purpose only.']);
  });
});

describe('timestamps beyond what a date can hold', () => {
  it('refuses an epoch number no date can hold instead of measuring with it', () => {
    expect(parseTimestamp('9'.repeat(20), 'epoch-seconds')).toBeNull();
    expect(parseTimestamp('1e400', 'epoch-milliseconds')).toBeNull();
  });
});
