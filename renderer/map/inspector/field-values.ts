import type { z } from 'zod';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatDuration, naturalUnit, parseDuration, secondsPerUnit, TIME_UNITS, type TimeUnit } from '../../../shared/vsm';

/**
 * Reading and showing the inspector's values. A field's text is parsed as the user types and
 * then checked with the model's own schema, so the message under the field is the one the store
 * would give. An empty field clears the value.
 */
export type FieldType = { type: 'duration'; defaultUnit: TimeUnit } | { type: 'count' } | { type: 'percent' } | { type: 'text' };

export type FieldParse = { ok: true; value: number | string | undefined } | { ok: false; message: string };

type Settings = Pick<MapSettings, 'workingTimePerDay'>;

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

const grouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number as typed: "18400", "18,400" (thousands grouped) or "2.5"; a decimal comma is refused, not misread. */
function parseNumber(text: string, suffix: RegExp | null): FieldParse {
  const compact = (suffix ? text.replace(suffix, '') : text).replace(/\s/g, '');
  const ungrouped = grouped.test(compact) ? compact.replace(/,/g, '') : compact;
  if (ungrouped.includes(',')) return { ok: false, message: 'must use a point for decimals, as in “2.5”' };
  if (!numberPattern.test(ungrouped)) return { ok: false, message: 'must be a number' };
  return { ok: true, value: Number(ungrouped) };
}

export function parseFieldText(text: string, field: FieldType, settings: Settings, schema: z.ZodType): FieldParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  let parsed: FieldParse;
  switch (field.type) {
    case 'text':
      parsed = { ok: true, value: trimmed };
      break;
    case 'count':
      parsed = parseNumber(trimmed, null);
      break;
    case 'percent':
      parsed = parseNumber(trimmed, /\s*%$/);
      break;
    case 'duration': {
      const duration = parseDuration(trimmed, settings, field.defaultUnit);
      parsed = duration.ok ? { ok: true, value: duration.seconds } : { ok: false, message: duration.message };
      break;
    }
  }
  if (!parsed.ok) return parsed;
  const checked = schema.safeParse(parsed.value);
  return checked.success ? parsed : { ok: false, message: checked.error.issues[0]?.message ?? 'is not valid' };
}

/**
 * The largest unit, no larger than the natural one, that shows the value exactly in three
 * decimals, so that leaving a field untouched never changes what is stored: 27,600 s shows as
 * "460 min", not as "7.667 h".
 */
function exactUnit(seconds: number, settings: Settings): TimeUnit {
  const largest = TIME_UNITS.indexOf(naturalUnit(seconds, settings));
  for (let index = largest; index > 0; index--) {
    const unit = TIME_UNITS[index]!;
    const shown = Math.round((seconds / secondsPerUnit(unit, settings)) * 1000) / 1000;
    if (Math.abs(shown * secondsPerUnit(unit, settings) - seconds) < 1e-6) return unit;
  }
  return 's';
}

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: false });

export function formatFieldValue(value: number | string | undefined, field: FieldType, settings: Settings): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  switch (field.type) {
    case 'duration':
      return formatDuration(value, settings, { unit: exactUnit(value, settings), maximumFractionDigits: 3 });
    case 'percent':
      return `${plain.format(value)} %`;
    case 'count':
    case 'text':
      return plain.format(value);
  }
}
