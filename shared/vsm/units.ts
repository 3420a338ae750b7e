import type { MapSettings } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';

/**
 * Every time is stored in seconds; these convert for display. A "working day" is the map's
 * available working time per day (`settings.workingTimePerDay`), because that is how long a day
 * of inventory lasts on the shop floor: Learning to See's "7.6 days" of stampings are 7.6 days of
 * two-shift production, not of calendar time. While that setting is unset, a working day is one
 * 8-hour shift (DEFAULT_WORKING_DAY_SECONDS); the diagnostics say so, and because stored days and
 * displayed days use the same length, a figure typed in days reads back unchanged.
 */
export const TIME_UNITS = ['s', 'min', 'h', 'd'] as const;

export type TimeUnit = (typeof TIME_UNITS)[number];

export const DEFAULT_WORKING_DAY_SECONDS = 8 * 3_600;

type DaySettings = Pick<MapSettings, 'workingTimePerDay'>;

export function workingDaySeconds(settings: DaySettings): number {
  return settings.workingTimePerDay ?? DEFAULT_WORKING_DAY_SECONDS;
}

export function secondsPerUnit(unit: TimeUnit, settings: DaySettings): number {
  switch (unit) {
    case 's':
      return 1;
    case 'min':
      return 60;
    case 'h':
      return 3_600;
    case 'd':
      return workingDaySeconds(settings);
    default:
      return exhaustiveSwitchError(unit, 'time unit');
  }
}

export function toUnit(seconds: number, unit: TimeUnit, settings: DaySettings): number {
  return seconds / secondsPerUnit(unit, settings);
}

export function fromUnit(value: number, unit: TimeUnit, settings: DaySettings): number {
  return value * secondsPerUnit(unit, settings);
}

/**
 * The unit a facilitator would say a duration in: seconds below ten minutes (cycle times and a
 * line's total process time are read in seconds, as in "Learning to See": 188 s, not 3.1 min),
 * minutes below two hours, hours below one working day, then working days.
 */
export function naturalUnit(seconds: number, settings: DaySettings): TimeUnit {
  const magnitude = Math.abs(seconds);
  if (magnitude < 600) return 's';
  if (magnitude < 7_200) return 'min';
  if (magnitude < workingDaySeconds(settings)) return 'h';
  return 'd';
}

/** `format`: the locale the figure is written for (English when not given). */
export type FormatOptions = { unit?: TimeUnit; maximumFractionDigits?: number; format?: LocaleFormat };

/** "7.6 d", "39 s", "2.5 h", "0,4 d": rounded to one decimal unless told otherwise, trailing zeros dropped. */
export function formatDuration(seconds: number, settings: DaySettings, options: FormatOptions = {}): string {
  const unit = options.unit ?? naturalUnit(seconds, settings);
  const format = options.format ?? ENGLISH;
  const factor = 10 ** (options.maximumFractionDigits ?? 1);
  const rounded = Math.round(toUnit(seconds, unit, settings) * factor) / factor;
  const digits = options.maximumFractionDigits ?? 1;
  return format.withUnit(format.number(rounded === 0 ? 0 : rounded, { maximumFractionDigits: digits }), format.timeUnit(unit));
}
