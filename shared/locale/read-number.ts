import type { LocaleFormat } from './locale-format';

/**
 * Reads the digits of a number as a person of the locale types them, and returns it in plain
 * JavaScript notation ("1700.5"), or null where the text cannot be read without guessing.
 *
 * - The locale's own decimal separator is read: "0,4" in German, French and Spanish; "0.4" in
 *   English and Swiss German.
 * - Thousands are read where they are grouped in threes by the locale's separator ("1.700" in
 *   German, "1 700" in French, "27,600" in English), so a grouped figure a data box shows reads
 *   back unchanged.
 * - In a decimal-comma locale a point that does not group three digits is read as a decimal
 *   point too ("0.4", the way a keypad types it); the field says how it read it.
 * - In a decimal-point locale a comma that does not group thousands is refused, never misread:
 *   "0,4" in English could be a slip for 0.4 or for 4.
 */
export type NumberReading = { ok: true; text: string } | { ok: false; reason: 'decimal-comma' };

const SPACES = /[\s\u00a0\u202f]/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function ungroup(text: string, group: string): string {
  const separator = SPACES.test(group) ? '[\\s\\u00a0\\u202f]' : group === "'" || group === '\u2019' ? "['\\u2019]" : escape(group);
  const grouped = new RegExp(`(?<![\\d.,])\\d{1,3}(?:${separator}\\d{3})+(?![\\d]|${separator}\\d)`, 'g');
  return text.replace(grouped, (digits) => digits.replace(new RegExp(separator, 'g'), ''));
}

export function readNumberText(text: string, format: Pick<LocaleFormat, 'decimalSeparator' | 'groupSeparator'>): NumberReading {
  const decimalComma = format.decimalSeparator === ',';
  const ungrouped = ungroup(text, format.groupSeparator);
  if (decimalComma) return { ok: true, text: ungrouped.replace(/(\d),(\d)/g, '$1.$2').replace(/,(\d)/g, '.$1') };
  if (/\d,\d|,\d/.test(ungrouped)) return { ok: false, reason: 'decimal-comma' };
  return { ok: true, text: ungrouped };
}
