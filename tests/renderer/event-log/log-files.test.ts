import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '../../../shared/event-log/column-roles';
import { createRowReader, type ReadOutcome } from '../../../shared/event-log/read-event-rows';
import type { TimestampFormat } from '../../../shared/event-log/timestamp-formats';
import Papa from 'papaparse';
import { csvRecordSink, previewCsv, withoutByteOrderMark } from '../../../renderer/event-log/csv-log';
import { createXesReader, type XesEvent } from '../../../renderer/event-log/xes-reader';
import { streamCsvFile } from '../../../renderer/event-log/csv-file-stream';
import { previewLog } from '../../../renderer/event-log/log-preview';

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
      "Case “7” goes back in time on row 4: 2026-01-01T09:00:00.000Z in column “Timestamp” is before 2026-01-02T10:00:00.000Z on row 2. A case's events must be listed in the order they happened.",
    ]);
  });

  it('refuses a row whose start is after its completion', () => {
    const csv = 'Case,Activity,Start time,Timestamp\n1,A,2026-01-01T12:00:00Z,2026-01-01T10:00:00Z\n';
    expect(problemsOf(readCsv(csv))[0]).toMatch(/^Case “1” goes back in time on row 2: .* in column “Timestamp”/);
  });

  it('reads steps that ran side by side in a case, listed by start or by completion, and still refuses a row that went back entirely', () => {
    const byStart =
      'Case,Activity,Start time,End time\n1,A,2026-01-01T09:00:00Z,2026-01-01T11:00:00Z\n1,B,2026-01-01T09:30:00Z,2026-01-01T10:00:00Z\n';
    const byCompletion =
      'Case,Activity,Start time,End time\n1,A,2026-01-01T09:00:00Z,2026-01-01T10:00:00Z\n1,B,2026-01-01T09:30:00Z,2026-01-01T11:00:00Z\n';
    expect(problemsOf(readCsv(byStart))).toEqual([]);
    expect(problemsOf(readCsv(byCompletion))).toEqual([]);
    const outcome = readCsv(byCompletion);
    expect(outcome.ok && [outcome.firstTime, outcome.lastTime]).toEqual([Date.UTC(2026, 0, 1, 9), Date.UTC(2026, 0, 1, 11)]);
    const backwards =
      'Case,Activity,Start time,End time\n1,A,2026-01-01T09:00:00Z,2026-01-01T10:00:00Z\n1,B,2026-01-01T08:00:00Z,2026-01-01T08:30:00Z\n';
    expect(problemsOf(readCsv(backwards))).toEqual([
      "Case “1” goes back in time on row 3: 2026-01-01T08:30:00.000Z in column “End time” is before 2026-01-01T10:00:00.000Z on row 2. A case's events must be listed in the order they happened.",
    ]);
  });

  it('names a column by its place as well when two columns share a header', () => {
    const csv = 'Case,Activity,Date,Date\n1,A,soon,2026-01-01\n';
    expect(problemsOf(readCsv(csv))).toEqual([
      '1 timestamp in column “Date” (column 3) could not be read as ISO 8601 (2026-03-14 09:30); the first is “soon” on row 2. Choose the format the file uses.',
    ]);
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
  const text =
    '\ufeffFall;Tätigkeit;Zeit\r\nA-1;Prüfung;2026-01-01T10:00:00Z\r\nA-1;"Rückfrage; ""dringend""\r\nzweite Zeile";2026-01-01T11:00:00Z\r\nA-2;Übergabe ✓;2026-01-02T09:00:00Z\r\n';
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
      await streamCsvFile(
        file,
        { delimiter: ';', newline: '\r\n' },
        sliceBytes,
        (record) => records.push(record),
        (fraction) => progress.push(fraction),
      );
      expect(
        records.filter((record) => !isBlank(record)),
        `slices of ${sliceBytes} bytes`,
      ).toEqual(whole);
      expect(progress.at(-1)).toBe(1);
    }
  });
});

describe('a quote that is never closed', () => {
  it('stops at the row where it opens, instead of reading the rest of the file as one value', async () => {
    const rows = Array.from({ length: 60_000 }, (_, index) => `${index},Step,2026-01-01T10:00:00Z`);
    const text = ['Case,Activity,Timestamp', '1,A,2026-01-01T09:00:00Z', '2,"Broken,2026-01-01T09:00:00Z', ...rows].join('\n');
    const records: string[][] = [];
    const reading = streamCsvFile(
      new Blob([text]),
      { delimiter: ',', newline: '\n' },
      64 * 1024,
      (record) => records.push(record),
      () => undefined,
      256 * 1024,
    );
    await expect(reading).rejects.toThrow(
      'Row 3: a value that opens with a double quote (") is never closed, so the rest of the file would be read as one value. Close the quote or remove it, then choose the file again.',
    );
    expect(records).toHaveLength(2);
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
      {
        'case:concept:name': 'case-1',
        'concept:name': 'Register',
        'lifecycle:transition': 'complete',
        'time:timestamp': '2026-01-01T10:00:00.000+01:00',
      },
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

describe('files that are not logs', () => {
  it('says a binary file (a spreadsheet or a program renamed .csv) is not text, instead of previewing its bytes', async () => {
    const zip = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xb5, 0x55, 0x30, 0x23, 0xf4, 0x00, 0x00, 0x00, 0x4c, 0x02,
      0x00, 0x00, 0x13, 0x00,
    ]);
    const message = 'This file is not text, so it is not a CSV or XES export. A spreadsheet (.xlsx) must be saved as CSV first.';
    await expect(previewLog(new File([zip, zip, zip], 'tickets.csv'), null)).rejects.toThrow(message);
    await expect(previewLog(new File([zip], 'log.xes'), null)).rejects.toThrow(message);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Case,Activity'].flatMap((char) => [char.charCodeAt(0), 0])]);
    await expect(previewLog(new File([utf16], 'tickets.csv'), null)).rejects.toThrow(
      'This file is saved as UTF-16 (“Unicode text”). Save or export it as a UTF-8 CSV and choose it again.',
    );
    await expect(previewLog(new File(['Case,Activity,Timestamp\n1,Prüfung ✓,2026-01-01T10:00:00Z\n'], 'ok.csv'), null)).resolves.toMatchObject({
      headers: ['Case', 'Activity', 'Timestamp'],
    });
  });
});
