import { ENGLISH, type LocaleFormat } from '../locale/locale-format';

/** "4:05", "12:00", "1:02:03": a countdown as a room reads it, whole seconds rounded up while counting down. */
export function formatClock(ms: number, rounding: 'up' | 'down' = 'up'): string {
  const totalSeconds = rounding === 'up' ? Math.ceil(Math.max(0, ms) / 1000) : Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** "45 min", "1 h 30 min": a planned or actual length in words, in the locale of `format`. */
export function formatMinutes(minutes: number, format: LocaleFormat = ENGLISH): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const inUnit = (value: number, unit: 'h' | 'min') => format.withUnit(format.number(value), format.timeUnit(unit));
  if (hours === 0) return inUnit(rest, 'min');
  return rest === 0 ? inUnit(hours, 'h') : `${inUnit(hours, 'h')} ${inUnit(rest, 'min')}`;
}
