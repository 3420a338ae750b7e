import { exhaustiveSwitchError } from '../util/exhaustive';
import { translator } from '../i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

/**
 * How a timestamp column is read. ISO 8601 (what XES and most exports write) is the default;
 * the others are the day-first, month-first and epoch spellings spreadsheets and ticket systems
 * export, picked by the user when the preview shows ISO does not fit. A time without a zone is
 * read as UTC: only differences between events matter, and reading every event the same way
 * keeps them right (except across a daylight-saving change, which shifts one interval by an hour).
 */
export const TIMESTAMP_FORMATS = ['iso', 'day-month-year', 'month-day-year', 'epoch-seconds', 'epoch-milliseconds'] as const;

export type TimestampFormat = (typeof TIMESTAMP_FORMATS)[number];

/** Each format in the catalogue (namespace `logReading`). */
const FORMAT_WORDS = {
  iso: 'iso',
  'day-month-year': 'dayMonthYear',
  'month-day-year': 'monthDayYear',
  'epoch-seconds': 'epochSeconds',
  'epoch-milliseconds': 'epochMilliseconds',
} as const satisfies Record<TimestampFormat, string>;

/** A format's name with an example, in `language`: "Day first (14.03.2026 09:30)". */
export function timestampFormatLabel(format: TimestampFormat, language: Language = DEFAULT_LANGUAGE): string {
  return translator(language, 'logReading')(`timestampFormat.${FORMAT_WORDS[format]}`);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const NUMERIC_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AP]M)?)?$/i;
const EPOCH = /^-?\d+(?:\.\d+)?$/;

/** Milliseconds since the epoch, or null when the text is not a timestamp in that format. */
export function parseTimestamp(text: string, format: TimestampFormat): number | null {
  const time = parseInFormat(text.trim(), format);
  // Beyond ±273,790 years a date has no ISO form; such a number was not a timestamp.
  return time !== null && Number.isFinite(new Date(time).getTime()) ? time : null;
}

function parseInFormat(value: string, format: TimestampFormat): number | null {
  switch (format) {
    case 'iso':
      return parseIso(value);
    case 'day-month-year':
      return parseNumericDate(value, 'day-first');
    case 'month-day-year':
      return parseNumericDate(value, 'month-first');
    case 'epoch-seconds':
      return EPOCH.test(value) ? Number(value) * 1_000 : null;
    case 'epoch-milliseconds':
      return EPOCH.test(value) ? Number(value) : null;
    default:
      return exhaustiveSwitchError(format, 'timestamp format');
  }
}

function parseIso(value: string): number | null {
  const match = ISO.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const local = utcTime(Number(year), Number(month), Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), fraction);
  if (local === null) return null;
  return local - zoneOffsetMs(zone);
}

function parseNumericDate(value: string, order: 'day-first' | 'month-first'): number | null {
  const match = NUMERIC_DATE.exec(value);
  if (!match) return null;
  const [, first, second, year, hourText, minute, secondsText, fraction, meridiem] = match;
  const [day, month] = order === 'day-first' ? [first, second] : [second, first];
  let hour = Number(hourText ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
  }
  return utcTime(Number(year), Number(month), Number(day), hour, Number(minute ?? 0), Number(secondsText ?? 0), fraction);
}

function utcTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const millis = fraction ? Math.round(Number(`0.${fraction}`) * 1_000) : 0;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC rolls 31 April over into 1 May; a date that rolled over was not a date.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time;
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4) || 0);
  return sign * (hours * 60 + minutes) * 60_000;
}
