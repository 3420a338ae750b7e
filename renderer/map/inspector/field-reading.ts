import { translator } from '../../../shared/i18n/i18n-instance';
import type { LocaleFormat } from '../../../shared/locale/locale-format';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatFieldValue, type FieldParse, type FieldType } from './field-values';

/**
 * How a field read what was typed, said while it is typed whenever the field would show it
 * differently: "0.4 d" in a German field reads "Gelesen als 0,4 d.", "90 min" reads "Read as
 * 1 h 30 min.", a bare "2" in a wait field reads "Read as 2 d." Nothing is said when the text
 * already reads as the field would write it, or cannot be read at all (the error says why).
 */
export function readingOf(
  text: string,
  parsed: FieldParse,
  field: FieldType,
  settings: Pick<MapSettings, 'workingTimePerDay'>,
  format: LocaleFormat,
): string | null {
  if (!parsed.ok || typeof parsed.value !== 'number' || field.type === 'text') return null;
  const value = formatFieldValue(parsed.value, field, settings, format);
  const typed = text.trim().replace(/\s+/g, ' ');
  return typed === value ? null : translator(format.language, 'vsm')('parse.readAs', { value });
}
