import { uiText } from '../ui-text/ui-text';
import Papa from 'papaparse';
import type { Newline } from './csv-log';

/**
 * Reads a CSV file slice by slice without ever holding it whole. papaparse's own file streamer
 * decodes each slice on its own, so a UTF-8 character cut by a slice boundary ("Prüfung") turns
 * into two replacement characters and a new, false activity. Here the bytes go through one
 * streaming TextDecoder (which also drops a byte-order mark), papaparse's parser reads the text
 * up to the last complete record, and the unfinished record is carried into the next slice
 * (a quoted field may run across lines and slices).
 */
export type CsvDialect = { delimiter: string; newline: Newline };

type ParsedSlice = { data: unknown[]; meta: { cursor: number } };

function isParsedSlice(value: unknown): value is ParsedSlice {
  if (typeof value !== 'object' || value === null || !('data' in value) || !('meta' in value)) return false;
  const { data, meta } = value;
  return Array.isArray(data) && typeof meta === 'object' && meta !== null && 'cursor' in meta && typeof meta.cursor === 'number';
}

/**
 * No exported record is this long; an unfinished one that grows past it is a quote never closed,
 * which would otherwise carry (and parse again) the rest of the file with every slice.
 */
export const LONGEST_RECORD_CHARS = 8 * 1024 * 1024;

export async function streamCsvFile(
  file: Blob,
  dialect: CsvDialect,
  sliceBytes: number,
  onRecord: (record: string[]) => void,
  onProgress: (fraction: number) => void,
  longestRecord = LONGEST_RECORD_CHARS,
): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let records = 0;
  const readRecords = (text: string, last: boolean): string => {
    const parsed: unknown = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' }).parse(text, 0, !last);
    if (!isParsedSlice(parsed)) throw new Error(uiText('eventLog:files.csvUnexpected'));
    for (const record of parsed.data) {
      if (!Array.isArray(record)) continue;
      records += 1;
      onRecord(record.map(String));
    }
    return last ? '' : text.slice(parsed.meta.cursor);
  };
  let carried = '';
  for (let offset = 0; offset < file.size; offset += sliceBytes) {
    const bytes = new Uint8Array(await file.slice(offset, offset + sliceBytes).arrayBuffer());
    carried = readRecords(carried + decoder.decode(bytes, { stream: true }), false);
    if (carried.length > longestRecord) {
      throw new Error(uiText('eventLog:files.unclosedQuote', { row: records + 1 }));
    }
    onProgress(Math.min(1, (offset + bytes.length) / Math.max(file.size, 1)));
  }
  readRecords(carried + decoder.decode(), true);
}
