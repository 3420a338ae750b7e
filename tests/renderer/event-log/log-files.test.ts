import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '../../../shared/event-log/column-roles';
import { createRowReader, type ReadOutcome } from '../../../shared/event-log/read-event-rows';
import type { TimestampFormat } from '../../../shared/event-log/timestamp-formats';
import Papa from 'papaparse';
import { csvRecordSink, previewCsv, withoutByteOrderMark } from '../../../renderer/event-log/csv-log';
import { createXesReader, type XesEvent } from '../../../renderer/event-log/xes-reader';
import { streamCsvFile } from '../../../renderer/event-log/csv-file-stream';

function readCsv(csv: string, format: TimestampFormat = 'iso', delimiter = ','): ReadOutcome {
  const { headers } = previewCsv(csv, 5, null);
  const reader = createRowReader({ headers, mapping: guessColumnMapping(headers), timestampFormat: format, rowLabel: 'row' });
  const sink = csvRecordSink(reader);
  Papa.parse<string[]>(withoutByteOrderMark(csv), { delimiter, step: (result) => sink(result.data) });
  return reader.finish();
}

function problemsOf(outcome: ReadOutcome): string[] {
  return outcome.ok ? [] : outcome.problems;
}

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

describe('CSV files read slice by slice', () => {
  const text = '\ufeffFall;Tätigkeit;Zeit\r\nA-1;Prüfung;2026-01-01T10:00:00Z\r\nA-1;"Rückfrage; ""dringend""\r\nzweite Zeile";2026-01-01T11:00:00Z\r\nA-2;Übergabe ✓;2026-01-02T09:00:00Z\r\n';
  const whole = [
    ['Fall', 'Tätigkeit', 'Zeit'],
    ['A-1', 'Prüfung', '2026-01-01T10:00:00Z'],
    ['A-1', 'Rückfrage; "dringend"\r\nzweite Zeile', '2026-01-01T11:00:00Z'],
    ['A-2', 'Übergabe ✓', '2026-01-02T09:00:00Z'],
  ];
  // A blank line (as after the last record) is no record; the row reader skips it in any case.
  const isBlank = (record: string[]) => record.every((field) => field === '');

  it('keeps every character and record whole wherever a slice boundary falls', async () => {
    const file = new Blob([new TextEncoder().encode(text)]);
    for (let sliceBytes = 1; sliceBytes <= 40; sliceBytes += 1) {
      const records: string[][] = [];
      const progress: number[] = [];
      await streamCsvFile(file, { delimiter: ';', newline: '\r\n' }, sliceBytes, (record) => records.push(record), (fraction) => progress.push(fraction));
      expect(records.filter((record) => !isBlank(record)), `slices of ${sliceBytes} bytes`).toEqual(whole);
      expect(progress.at(-1)).toBe(1);
    }
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
