import { uiText } from '../../ui-text/ui-text';
import type { z } from 'zod';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import { formatDuration, naturalUnit, parseDuration, secondsPerUnit, TIME_UNITS, type TimeUnit } from '../../../shared/vsm';
import { bareNumberUnit, formatNotationTime, type DurationKind } from '../../../shared/vsm/bare-numbers';
import { UNIT_SPACE } from '../../../shared/util/unit-text';
import { ENGLISH, type LocaleFormat } from '../../../shared/locale/locale-format';
import { readNumberText } from '../../../shared/locale/read-number';
import { translator } from '../../../shared/i18n/i18n-instance';

/**
 * Reading and showing the inspector's values. A field's text is parsed as the user types and
 * then checked with the model's own schema, so the message under the field is the one the store
 * would give. An empty field clears the value. A number typed without a unit is read by the
 * field's kind of time (shared/vsm/bare-numbers.ts). Numbers are read and shown the way the
 * locale of `format` writes them ("0,4 d", "27.600 s" in German).
 */
export type FieldType = { type: 'duration'; kind: DurationKind; largestUnit?: TimeUnit } | { type: 'count' } | { type: 'percent' } | { type: 'text' };

export type FieldParse = { ok: true; value: number | string | undefined } | { ok: false; message: string };

type Settings = Pick<MapSettings, 'workingTimePerDay'>;

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number as the locale types it: "18400", "18,400" or "2.5" in English, "18.400" or "2,5" in
 * German (shared/locale/read-number.ts); an English decimal comma is refused, not misread.
 */
function parseNumber(text: string, suffix: RegExp | null, format: LocaleFormat): FieldParse {
  const t = translator(format.language, 'vsm');
  const read = readNumberText((suffix ? text.replace(suffix, '') : text).trim(), format);
  if (!read.ok) return { ok: false, message: t('parse.decimalPoint', { example: t('quoted', { text: format.number(2.5) }) }) };
  const compact = read.text.replace(/\s/g, '');
  if (!numberPattern.test(compact)) return { ok: false, message: t('parse.number') };
  return { ok: true, value: Number(compact) };
}

export function parseFieldText(text: string, field: FieldType, settings: Settings, schema: z.ZodType, format: LocaleFormat = ENGLISH): FieldParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  let parsed: FieldParse;
  switch (field.type) {
    case 'text':
      parsed = { ok: true, value: trimmed };
      break;
    case 'count':
      parsed = parseNumber(trimmed, null, format);
      break;
    case 'percent':
      parsed = parseNumber(trimmed, /\s*%$/, format);
      break;
    case 'duration': {
      const duration = parseDuration(trimmed, settings, bareNumberUnit(field.kind), format);
      parsed = duration.ok ? { ok: true, value: duration.seconds } : { ok: false, message: duration.message };
      break;
    }
    default:
      return exhaustiveSwitchError(field, 'field type');
  }
  if (!parsed.ok) return parsed;
  const checked = schema.safeParse(parsed.value);
  return checked.success ? parsed : { ok: false, message: checked.error.issues[0]?.message ?? 'is not valid' };
}

const UNITS_DOWN: readonly TimeUnit[] = [...TIME_UNITS].reverse();

function exactIn(seconds: number, unit: TimeUnit, settings: Settings, decimals: number): number | null {
  const factor = 10 ** decimals;
  const shown = Math.round((seconds / secondsPerUnit(unit, settings)) * factor) / factor;
  return Math.abs(shown * secondsPerUnit(unit, settings) - seconds) < 1e-6 ? shown : null;
}

/**
 * A stored time as the field shows it, exact so that leaving a field untouched never changes
 * what is stored: in one unit when that reads well ("2.5 d", "39 s"), else in whole hours,
 * minutes and seconds ("7 h 40 min" for 27,600 s, not "7.667 h"), which the field reads back.
 * `largest` keeps a unit out that would say nothing: a working day is not shown as "1 d".
 */
export function formatStoredDuration(seconds: number, settings: Settings, largest: TimeUnit = 'd', format: LocaleFormat = ENGLISH): string {
  const cap = Math.min(TIME_UNITS.indexOf(naturalUnit(seconds, settings)), TIME_UNITS.indexOf(largest));
  const units = UNITS_DOWN.filter((unit) => TIME_UNITS.indexOf(unit) <= cap);
  const top = units[0] ?? 's';
  const simple = exactIn(seconds, top, settings, 1);
  if (simple !== null) return formatDuration(seconds, settings, { unit: top, maximumFractionDigits: 1, format });
  const parts: string[] = [];
  let rest = seconds;
  for (const unit of units.filter((candidate) => candidate !== 'd')) {
    const whole = Math.floor(rest / secondsPerUnit(unit, settings) + 1e-9);
    if (whole > 0) parts.push(format.withUnit(format.number(whole), format.timeUnit(unit)));
    rest -= whole * secondsPerUnit(unit, settings);
  }
  if (Math.abs(rest) < 1e-6 && parts.length > 0 && parts.length <= 3 && top !== 'd') return parts.join(' ');
  for (const unit of units) {
    if (exactIn(seconds, unit, settings, 3) !== null) return formatDuration(seconds, settings, { unit, maximumFractionDigits: 3, format });
  }
  return formatDuration(seconds, settings, { unit: 's', maximumFractionDigits: 6, format });
}

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: false });

/** A field's text is typed and edited, not laid out: it never wraps, so its units follow a plain space, as the user types them. */
export function formatFieldValue(value: number | string | undefined, field: FieldType, settings: Settings, format: LocaleFormat = ENGLISH): string {
  return shownValue(value, field, settings, format).replaceAll(UNIT_SPACE, ' ');
}

function shownValue(value: number | string | undefined, field: FieldType, settings: Settings, format: LocaleFormat): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  // Ungrouped, as typed, with the locale's decimal separator: "18400", "0,8".
  const typed = (figure: number) => plain.format(figure).replace('.', format.decimalSeparator);
  switch (field.type) {
    case 'duration':
      // Whole seconds of a shift read as the data box writes them, "27,600 s", which reads back.
      return field.kind === 'shift' && Number.isInteger(value)
        ? formatNotationTime(value, 'shift', settings, format)
        : formatStoredDuration(value, settings, field.largestUnit, format);
    case 'percent':
      return format.withUnit(typed(value), '%');
    case 'count':
    case 'text':
      return typed(value);
    default:
      return exhaustiveSwitchError(field, 'field type');
  }
}

/**
 * A percentage below one, such as 0.8 %C&A, is almost always a share typed the spreadsheet way
 * (0.8 meaning 80 %). It is kept as typed, but the field says how it was read, because a rolled
 * %C&A built on it would be a hundred times too low.
 */
export function percentSlip(value: number | string | undefined, field: FieldType): string | null {
  if (field.type !== 'percent' || typeof value !== 'number' || value <= 0 || value >= 1) return null;
  const meant = plain.format(value * 100);
  return uiText('inspector:fields.percentSlip', { value: plain.format(value), meant });
}
