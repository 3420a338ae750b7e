import { describe, expect, it } from 'vitest';
import { readingOf } from '../../../../renderer/map/inspector/field-reading';
import { formatFieldValue, parseFieldText, type FieldType } from '../../../../renderer/map/inspector/field-values';
import { localeFormat } from '../../../../shared/locale/locale-format';
import { ProcessDataSchema } from '../../../../shared/model/map-node';

const settings = { workingTimePerDay: 8 * 3_600 };
const german = localeFormat('de-DE');
const english = localeFormat('en');
const wait: FieldType = { type: 'duration', kind: 'wait' };
const count: FieldType = { type: 'count' };

function read(text: string, field: FieldType, format = german) {
  const schema = field.type === 'count' ? ProcessDataSchema.shape.operators : ProcessDataSchema.shape.leadTime;
  const parsed = parseFieldText(text, field, settings, schema, format);
  return { parsed, reading: readingOf(text, parsed, field, settings, format) };
}

describe('a data field in the locale’s own numbers', () => {
  it('reads a German decimal comma and writes the value back the same way', () => {
    expect(read('2,5 d', wait)).toEqual({ parsed: { ok: true, value: 2.5 * 8 * 3_600 }, reading: null });
    expect(formatFieldValue(2.5 * 8 * 3_600, wait, settings, german)).toBe('2,5 d');
    expect(formatFieldValue(2.5, count, settings, german)).toBe('2,5');
  });

  it('says how it read a value typed another way', () => {
    expect(read('2.5 d', wait).reading).toBe('Gelesen als 2,5 d.');
    expect(read('0,4 d', wait).reading).toBe('Gelesen als 3,2 h.');
    expect(read('2', wait).reading).toBe('Gelesen als 2 d.');
    expect(read('5400 s', { type: 'duration', kind: 'work' }, english).reading).toBe('Read as 90 min.');
    expect(read('1.700', count).reading).toBe('Gelesen als 1700.');
  });

  it('says nothing while the text cannot be read, where the error speaks', () => {
    const refused = read('3 Wochen', wait);
    expect(refused.parsed.ok).toBe(false);
    expect(refused.reading).toBeNull();
    expect(read('0,4 d', wait, english).parsed).toEqual({ ok: false, message: 'must use a point for decimals, as in “2.5\u00a0d”' });
  });
});
