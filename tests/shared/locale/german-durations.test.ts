import { describe, expect, it } from 'vitest';
import { localeFormat } from '../../../shared/locale/locale-format';
import { parseDuration } from '../../../shared/vsm';

const eightHours = { workingTimePerDay: 8 * 3_600 };
const german = localeFormat('de-DE');
const french = localeFormat('fr-FR');

describe('durations typed in the locale’s own way', () => {
  it('reads German decimal commas, thousands points and unit words', () => {
    expect(parseDuration('0,4 d', eightHours, 's', german)).toEqual({ ok: true, seconds: 0.4 * 8 * 3_600 });
    expect(parseDuration('27.600', eightHours, 's', german)).toEqual({ ok: true, seconds: 27_600 });
    expect(parseDuration('2 Tage', eightHours, 's', german)).toEqual({ ok: true, seconds: 2 * 8 * 3_600 });
    expect(parseDuration('1 Std. 30 min', eightHours, 's', german)).toEqual({ ok: true, seconds: 5_400 });
    expect(parseDuration('1,5 h', eightHours, 's', german)).toEqual({ ok: true, seconds: 5_400 });
  });

  it('reads French days and spaces between thousands', () => {
    expect(parseDuration('2,5 j', eightHours, 's', french)).toEqual({ ok: true, seconds: 2.5 * 8 * 3_600 });
    expect(parseDuration('27 600 s', eightHours, 's', french)).toEqual({ ok: true, seconds: 27_600 });
    expect(parseDuration('3 heures', eightHours, 's', french)).toEqual({ ok: true, seconds: 10_800 });
  });

  it('says what is wrong in the locale’s language, with examples written its way', () => {
    const unknown = parseDuration('3 Wochen', eightHours, 's', german);
    expect(unknown).toEqual({ ok: false, message: 'hat eine unbekannte Einheit „wochen“; verwenden Sie s, min, h oder d' });
    const empty = parseDuration('', eightHours, 's', german);
    expect(empty.ok === false && empty.message).toBe('muss eine Dauer sein, etwa „45\u00a0s“, „30\u00a0min“, „1,5\u00a0h“ oder „2,5\u00a0d“');
  });

  it('still refuses an English decimal comma rather than guess', () => {
    expect(parseDuration('0,4 d', eightHours).ok).toBe(false);
  });
});
