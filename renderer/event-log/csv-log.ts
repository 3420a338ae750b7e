import Papa from 'papaparse';
import type { RowReader } from '../../shared/event-log/read-event-rows';

/**
 * CSV as this import reads it: any delimiter (papaparse guesses it from the first rows unless
 * the user picks one), quoted fields with the delimiter or line breaks inside, UTF-8 with or
 * without a byte-order mark. The first record is the header, so data rows are numbered from 2
 * as a spreadsheet shows them.
 */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const NEWLINES = ['\r\n', '\n', '\r'] as const;

export type Newline = (typeof NEWLINES)[number];

/** The line break papaparse found, as one its parser accepts; XES and single-line files get "\n". */
export function newlineOf(value: string): Newline {
  return NEWLINES.find((newline) => newline === value) ?? '\n';
}

export type CsvPreview = { headers: string[]; rows: string[][]; delimiter: string; newline: Newline };

/** The header and the first `rowCount` rows of the start of a file. */
export function previewCsv(start: string, rowCount: number, delimiter: CsvDelimiter | null): CsvPreview {
  const parsed = Papa.parse<string[]>(withoutByteOrderMark(start), { preview: rowCount + 1, delimiter: delimiter ?? '', skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
  return { headers: headers.map((header) => header.trim()), rows, delimiter: parsed.meta.delimiter, newline: newlineOf(parsed.meta.linebreak) };
}

/** Feeds records to `reader` from the second on; call once per record in file order. */
export function csvRecordSink(reader: RowReader): (record: string[]) => void {
  let row = 0;
  return (record) => {
    row += 1;
    if (row > 1) reader.read(record, row);
  };
}
