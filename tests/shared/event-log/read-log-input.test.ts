import { describe, expect, it } from 'vitest';
import { describeReading, guessColumnMapping, readColumn } from '../../../shared/event-log/column-roles';
import { previewCsv, readCsvText } from '../../../shared/event-log/csv-log';
import { createRowReader, mappingProblems, type ReadOutcome } from '../../../shared/event-log/read-event-rows';
import { parseTimestamp, type TimestampFormat } from '../../../shared/event-log/timestamp-formats';
import { createXesReader, type XesEvent } from '../../../shared/event-log/xes-reader';

function readCsv(csv: string, format: TimestampFormat = 'iso', delimiter = ','): ReadOutcome {
  const { headers } = previewCsv(csv, 5, null);
  const reader = createRowReader({ headers, mapping: guessColumnMapping(headers), timestampFormat: format, rowLabel: 'row' });
  readCsvText(csv, delimiter, reader);
  return reader.finish();
}

function problemsOf(outcome: ReadOutcome): string[] {
  return outcome.ok ? [] : outcome.problems;
}

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

  it('says what each column was read as', () => {
    expect(describeReading(readColumn(['2026-01-01T10:00:00Z', '2026-01-02 11:00']))).toBe('dates (ISO 8601)');
    expect(describeReading(readColumn(['14.01.2026 10:00', '15.01.2026']))).toBe('dates (day first)');
    expect(describeReading(readColumn(['start', 'complete']))).toBe('start / complete');
    expect(describeReading(readColumn(['12', '7.5']))).toBe('numbers');
    expect(describeReading(readColumn(['Fix', 'Review', 'Fix']))).toBe('text (2 different in the preview)');
    expect(describeReading(readColumn(['', ' ']))).toBe('empty');
  });

  it('asks for every required column, and for each column to serve one purpose', () => {
    expect(mappingProblems({ caseId: 0, activity: 1 })).toEqual(['Choose the column that holds the timestamp (or completion time).']);
    expect(mappingProblems({ caseId: 0, activity: 0, timestamp: 1 })).toEqual(['Each column can serve one purpose only.']);
  });
});

describe('CSV files', () => {
  it('reads any delimiter and a UTF-8 byte-order mark, with quoted fields', () => {
    const csv = '\ufeffCase;Activity;Timestamp\n1;"Check; then ""approve""";2026-01-01T10:00:00Z\n1;Ship;2026-01-01T12:00:00Z\n';
    const preview = previewCsv(csv, 10, null);
    expect(preview.delimiter).toBe(';');
    expect(preview.headers).toEqual(['Case', 'Activity', 'Timestamp']);
    const outcome = readCsv(csv, 'iso', ';');
    expect(outcome.ok && outcome.table.activities).toEqual(['Check; then "approve"', 'Ship']);
  });

  it('names the row and the column of an empty value, and counts the others', () => {
    const csv = 'Case,Activity,Timestamp\n1,A,2026-01-01T10:00:00Z\n1,,2026-01-01T11:00:00Z\n2,,2026-01-01T11:00:00Z\n';
    expect(problemsOf(readCsv(csv))).toEqual(['Row 3: column “Activity” is empty (1 more row like it).']);
  });

  it('counts unparseable timestamps and shows the first', () => {
    const csv = 'Case,Activity,Timestamp\n1,A,2026-01-01T10:00:00Z\n1,B,01/02/2026\n2,A,soon\n';
    expect(problemsOf(readCsv(csv))).toEqual([
      '2 timestamps in column “Timestamp” could not be read as ISO 8601 (2026-03-14 09:30); the first is “01/02/2026” on row 3. Choose the format the file uses.',
    ]);
  });

  it('refuses a case whose events go back in time, naming the case, both rows and the column', () => {
    const csv = 'Case,Activity,Timestamp\n7,A,2026-01-02T10:00:00Z\n8,A,2026-01-01T10:00:00Z\n7,B,2026-01-01T09:00:00Z\n';
    expect(problemsOf(readCsv(csv))).toEqual([
      'Case “7” goes back in time on row 4: 2026-01-01T09:00:00.000Z in column “Timestamp” is before 2026-01-02T10:00:00.000Z on row 2. A case\'s events must be listed in the order they happened.',
    ]);
  });

  it('refuses a row whose start is after its completion', () => {
    const csv = 'Case,Activity,Start time,Timestamp\n1,A,2026-01-01T12:00:00Z,2026-01-01T10:00:00Z\n';
    expect(problemsOf(readCsv(csv))[0]).toMatch(/^Case “1” goes back in time on row 2: .* in column “Timestamp”/);
  });

  it('says an empty file or a header alone holds no events', () => {
    expect(problemsOf(readCsv('Case,Activity,Timestamp\n'))).toEqual(['The file holds no events.']);
    expect(problemsOf(readCsv('Case,Activity,Timestamp,Lifecycle\n1,A,2026-01-01T10:00:00Z,schedule\n'))).toEqual([
      'The file holds no start or complete events, so nothing can be timed.',
    ]);
  });

  it('reads a separate start-time column as the start of each row’s pass', () => {
    const csv = 'Case,Activity,Start time,Timestamp\n1,A,2026-01-01T10:00:00Z,2026-01-01T11:00:00Z\n';
    const outcome = readCsv(csv);
    expect(outcome.ok && [...outcome.table.isStart]).toEqual([1, 0]);
    expect(outcome.ok && outcome.firstTime).toBe(Date.UTC(2026, 0, 1, 10));
  });
});

describe('XES files', () => {
  const xes = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <global scope="trace"><string key="concept:name" value="UNKNOWN"/></global>
  <global scope="event"><string key="lifecycle:transition" value="complete"/></global>
  <string key="concept:name" value="The log's own name"/>
  <trace>
    <string key="concept:name" value="case-1"/>
    <event>
      <string key="concept:name" value="Register"/>
      <date key="time:timestamp" value="2026-01-01T10:00:00.000+01:00"/>
      <list key="tags"><string key="concept:name" value="nested, not the activity"/></list>
    </event>
    <event>
      <string key="concept:name" value="Decide"/>
      <string key="lifecycle:transition" value="start"/>
      <date key="time:timestamp" value="2026-01-01T11:00:00.000+01:00"/>
    </event>
  </trace>
</log>`;

  it('streams events with their trace’s attributes as case:…, the declared defaults filled in, nested attributes skipped', () => {
    const events: XesEvent[] = [];
    const reader = createXesReader((event) => events.push(event));
    for (let at = 0; at < xes.length; at += 37) reader.write(xes.slice(at, at + 37));
    reader.close();
    expect(events).toEqual([
      { 'case:concept:name': 'case-1', 'concept:name': 'Register', 'lifecycle:transition': 'complete', 'time:timestamp': '2026-01-01T10:00:00.000+01:00' },
      { 'case:concept:name': 'case-1', 'concept:name': 'Decide', 'lifecycle:transition': 'start', 'time:timestamp': '2026-01-01T11:00:00.000+01:00' },
    ]);
  });

  it('says so when the file is not well-formed XML or not a log', () => {
    const broken = createXesReader(() => undefined);
    expect(() => {
      broken.write('<log><trace></log>');
      broken.close();
    }).toThrow(/not a well-formed XES file/);
    const other = createXesReader(() => undefined);
    other.write('<html></html>');
    expect(() => other.close()).toThrow('This is not an XES file: it has no <log> element.');
  });
});
