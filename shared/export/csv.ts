/**
 * CSV as RFC 4180 has it and spreadsheets read it: comma-separated, CRLF line ends, a field in
 * double quotes when it holds a comma, a quote, a line break or space at either end, with its
 * quotes doubled; a byte-order mark first, so Excel reads the text as UTF-8. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @ or a tab) gets an apostrophe in
 * front, as OWASP advises for CSV files; numbers are written as numbers.
 *
 * A spreadsheet reads a CSV file by its computer's regional settings: where the decimal mark
 * is a comma (German, French, Spanish), Excel expects fields separated by semicolons and "0,4"
 * for a number. The dialect follows the export's locale, so a German plant's file opens in
 * columns with its numbers as numbers; yes and no are in the export's language.
 */
export type CsvCell = string | number | boolean | null;

export type CsvDialect = { separator: ',' | ';'; decimal: '.' | ','; yes: string; no: string };

export const ENGLISH_CSV: CsvDialect = { separator: ',', decimal: '.', yes: 'yes', no: 'no' };

const BOM = '\uFEFF';

function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A number without float noise (0.1 + 0.2 is written 0.3), in plain decimal notation for usual sizes. */
function formatNumber(value: number, decimal: CsvDialect['decimal']): string {
  if (!Number.isFinite(value)) return '';
  const plain = String(Number(value.toPrecision(12)));
  return decimal === ',' ? plain.replace('.', ',') : plain;
}

function quoted(text: string, separator: CsvDialect['separator']): string {
  const needsQuotes = /["\r\n]|^\s|\s$/.test(text) || text.includes(separator);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvField(cell: CsvCell, dialect: CsvDialect = ENGLISH_CSV): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return quoted(formatNumber(cell, dialect.decimal), dialect.separator);
  if (typeof cell === 'boolean') return quoted(cell ? dialect.yes : dialect.no, dialect.separator);
  return quoted(formulaSafe(cell), dialect.separator);
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = ENGLISH_CSV): string {
  const line = (cells: readonly CsvCell[]) => cells.map((cell) => csvField(cell, dialect)).join(dialect.separator);
  return BOM + [header, ...rows].map(line).join('\r\n') + '\r\n';
}
