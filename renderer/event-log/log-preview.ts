import { uiText } from '../ui-text/ui-text';
import { readColumn, type ColumnReading } from '../../shared/event-log/column-roles';
import { previewCsv, type CsvDelimiter, type Newline } from './csv-log';
import { createXesReader, type XesEvent } from './xes-reader';
import type { LogFormat } from './worker-messages';

/**
 * The first rows of a chosen file, read from its first 256 KB on the page (small enough not to
 * be felt), for the column step: the header, the rows and what each column was read as.
 */
export const PREVIEW_ROWS = 8;
const PREVIEW_BYTES = 256 * 1024;

/** XES's standard keys first, in the order the column step lists them. */
const XES_KEYS = ['case:concept:name', 'concept:name', 'time:timestamp', 'lifecycle:transition', 'org:resource'];

export type LogPreview = { format: LogFormat; headers: string[]; rows: string[][]; readings: ColumnReading[]; delimiter: string; newline: Newline };

export function formatOf(file: File): LogFormat {
  return /\.xes$/i.test(file.name) ? 'xes' : 'csv';
}

export async function previewLog(file: File, delimiter: CsvDelimiter | null): Promise<LogPreview> {
  if (file.size === 0) throw new Error(uiText('eventLog:files.empty'));
  const bytes = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  refuseIfNotUtf8Text(bytes);
  const start = new TextDecoder('utf-8').decode(bytes);
  const whole = file.size <= PREVIEW_BYTES;
  const format = formatOf(file);
  const table = format === 'xes' ? previewXes(start, whole) : previewCsv(start, PREVIEW_ROWS, delimiter);
  if (table.headers.length === 0 || (format === 'csv' && table.headers.every((header) => header === '')))
    throw new Error(uiText('eventLog:files.empty'));
  if (table.rows.length === 0) throw new Error(format === 'xes' ? uiText('eventLog:files.noEvents') : uiText('eventLog:files.noRows'));
  const readings = table.headers.map((_, column) => readColumn(table.rows.map((row) => row[column] ?? '')));
  return { format, ...table, readings };
}

/**
 * Text files never hold a NUL byte; binary ones (a spreadsheet, an archive, a program) do within
 * their first bytes. A UTF-16 text file holds them too, and is told apart by its byte-order mark.
 */
function refuseIfNotUtf8Text(bytes: Uint8Array): void {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) throw new Error(uiText('eventLog:files.utf16'));
  if (bytes.includes(0)) throw new Error(uiText('eventLog:files.notText'));
}

function previewXes(start: string, whole: boolean): { headers: string[]; rows: string[][]; delimiter: string; newline: Newline } {
  const events: XesEvent[] = [];
  const reader = createXesReader((event) => {
    if (events.length < PREVIEW_ROWS) events.push(event);
  });
  try {
    reader.write(start);
    if (whole) reader.close();
  } catch (error) {
    // A preview cut mid-file may end mid-tag; only a file read whole, or one with no event at all, is judged here.
    if (whole || events.length === 0) throw error;
  }
  const seen = new Set(events.flatMap((event) => Object.keys(event)));
  const headers = [...XES_KEYS.filter((key) => seen.has(key)), ...[...seen].filter((key) => !XES_KEYS.includes(key)).sort()];
  return { headers, rows: events.map((event) => headers.map((header) => event[header] ?? '')), delimiter: '', newline: '\n' };
}
