import { describe, expect, it } from 'vitest';
import { localeFormat } from '../../../shared/locale/locale-format';
import { readNumberText } from '../../../shared/locale/read-number';

const read = (text: string, locale: string) => readNumberText(text, localeFormat(locale));

describe('reading a number as the locale types it', () => {
  it('reads the decimal comma and thousands points of German', () => {
    expect(read('0,4', 'de')).toEqual({ ok: true, text: '0.4' });
    expect(read('1.700', 'de')).toEqual({ ok: true, text: '1700' });
    expect(read('27.600,5', 'de')).toEqual({ ok: true, text: '27600.5' });
    expect(read('0.4', 'de')).toEqual({ ok: true, text: '0.4' });
    expect(read('1 h 30 min', 'de')).toEqual({ ok: true, text: '1 h 30 min' });
  });

  it('reads French thousands grouped by spaces, typed or narrow', () => {
    expect(read('1 700', 'fr')).toEqual({ ok: true, text: '1700' });
    expect(read('27\u202f600,5', 'fr')).toEqual({ ok: true, text: '27600.5' });
    expect(read('2,5 j', 'fr')).toEqual({ ok: true, text: '2.5 j' });
  });

  it('reads English thousands and refuses a decimal comma rather than guess', () => {
    expect(read('27,600', 'en')).toEqual({ ok: true, text: '27600' });
    expect(read('2.5', 'en')).toEqual({ ok: true, text: '2.5' });
    expect(read('0,4', 'en')).toEqual({ ok: false, reason: 'decimal-comma' });
  });

  it('reads Swiss German apostrophes', () => {
    expect(read("1'700.5", 'de-CH')).toEqual({ ok: true, text: '1700.5' });
    expect(read('1’700', 'de-CH')).toEqual({ ok: true, text: '1700' });
  });
});
