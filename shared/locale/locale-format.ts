import { translator } from '../i18n/i18n-instance';
import { languageOfLocale, localeForLanguage, type Language } from '../i18n/languages';
import { withUnit } from '../util/unit-text';

/**
 * How figures and dates are written for one locale: "1.700 Stk." and "0,4 d" in German,
 * "1,700 pcs" and "0.4 d" in English. Numbers and dates come from `Intl` with the locale; the
 * words after a figure (units) from the catalogue of the text's language, which may differ from
 * the locale's (a German report printed on an English laptop). Every formatter that puts a
 * figure in front of a person takes one of these; none writes `'en-US'` or calls `toFixed`.
 *
 * Intl formatters are slow to make and quick to use: each is made once per locale and options.
 */
export type TimeUnitWord = 's' | 'min' | 'h' | 'd';

export type NumberStyle = { maximumFractionDigits?: number; minimumFractionDigits?: number; maximumSignificantDigits?: number };

export type LocaleFormat = {
  readonly locale: string;
  readonly language: Language;
  /** The locale's decimal separator: "," in German, "." in English. */
  readonly decimalSeparator: string;
  /** The locale's thousands separator: "." in German, "," in English, a narrow space in French. */
  readonly groupSeparator: string;
  /** "1,700", "0.4", "1.700", "0,4": one decimal at most unless the style says otherwise. */
  number(value: number, style?: NumberStyle): string;
  /** A share (0.5) as the locale writes a percentage: "50%" in English, "50 %" in German. */
  percent(share: number, maximumFractionDigits?: number): string;
  /** A figure and its unit as one word: "80 %", "0,4 d". */
  withUnit(value: number | string, unit: string): string;
  /** A time unit's symbol in the text's language: "d" in English and German, "j" in French. */
  timeUnit(unit: TimeUnitWord): string;
  /** A count of pieces: "1,700 pcs", "1.700 Stk.". */
  pieces(count: number): string;
  /** A calendar date (YYYY-MM-DD) as the locale writes it: "5 Dec 2026", "5. Dez. 2026". */
  date(isoDate: string): string;
  /** A moment as the locale writes it: date and time to the minute. */
  dateTime(moment: Date): string;
  /** A moment's time of day to the minute: "14:05", "2:05 PM". */
  time(moment: Date): string;
  /** A moment in full: "5 December 2026 at 14:05", "5. Dezember 2026 um 14:05". */
  longDateTime(moment: Date): string;
};

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, style: NumberStyle): Intl.NumberFormat {
  const key = `${locale}|${style.maximumFractionDigits ?? ''}|${style.minimumFractionDigits ?? ''}|${style.maximumSignificantDigits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, ...style });
    numberFormats.set(key, format);
  }
  return format;
}

function separator(locale: string, type: 'decimal' | 'group'): string {
  return new Intl.NumberFormat(locale).formatToParts(12_345.6).find((part) => part.type === type)?.value ?? (type === 'decimal' ? '.' : ',');
}

/** A YYYY-MM-DD date at noon of that day, so no time zone moves it to another day. */
function calendarDay(isoDate: string): Date | null {
  const [year, month, day] = isoDate.split('-').map(Number);
  return year && month && day ? new Date(year, month - 1, day, 12) : null;
}

const formats = new Map<string, LocaleFormat>();

function supportedLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The formats of `locale`, with unit words in `language` (by default the locale's own). */
export function localeFormat(locale: string, language: Language = languageOfLocale(locale)): LocaleFormat {
  const tag = supportedLocale(locale);
  const key = `${tag}|${language}`;
  const cached = formats.get(key);
  if (cached) return cached;
  const units = translator(language, 'units');
  const dateFormat = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const timeFormat = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
  const longFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' });
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let percent = percentFormats.get(digits);
    if (!percent) {
      percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits });
      percentFormats.set(digits, percent);
    }
    return percent;
  };
  const format: LocaleFormat = {
    locale: tag,
    language,
    decimalSeparator: separator(tag, 'decimal'),
    groupSeparator: separator(tag, 'group'),
    number: (value, style = {}) => numberFormat(tag, style).format(value),
    percent: (share, maximumFractionDigits = 0) => percentFormat(maximumFractionDigits).format(share),
    withUnit,
    timeUnit: (unit) => units(`time.${unit}`),
    pieces: (count) => withUnit(numberFormat(tag, {}).format(count), units('pieces')),
    date: (isoDate) => {
      const day = calendarDay(isoDate);
      return day ? dateFormat.format(day) : isoDate;
    },
    dateTime: (moment) => dateTimeFormat.format(moment),
    time: (moment) => timeFormat.format(moment),
    longDateTime: (moment) => longFormat.format(moment),
  };
  formats.set(key, format);
  return format;
}

/**
 * The formats of a workshop's report and exports: its own language (the room's), or the app's
 * when it has none, with figures in the user's locale when that is of the same language.
 */
export function formatForLanguage(language: Language | undefined, ui: LocaleFormat): LocaleFormat {
  const chosen = language ?? ui.language;
  return localeFormat(localeForLanguage(chosen, ui.locale), chosen);
}

/** English as written in the US and UK alike: the formats of code that has not been given a locale. */
export const ENGLISH = localeFormat('en');
