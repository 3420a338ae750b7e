/**
 * CSV as RFC 4180 has it and spreadsheets read it: comma-separated, CRLF line ends, a field in
 * double quotes when it holds a comma, a quote, a line break or space at either end, with its
 * quotes doubled; a byte-order mark first, so Excel reads the text as UTF-8. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @ or a tab) gets an apostrophe in
 * front, as OWASP advises for CSV files; numbers are written as numbers.
 */
export type CsvCell = string | number | boolean | null;

const BOM = '\uFEFF';

function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A number without float noise (0.1 + 0.2 is written 0.3), in plain decimal notation for usual sizes. */
function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  const text = formulaSafe(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
