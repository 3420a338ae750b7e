import { describe, expect, it } from 'vitest';
import { comparisonRows, dayLengthNote } from '../../../shared/comparison/format-comparison';
import { localeFormat } from '../../../shared/locale/locale-format';
import { compareMaps, computeMetrics, formatDuration } from '../../../shared/vsm';
import { acmeStampingCurrentState, acmeStampingFutureState } from '../../../shared/vsm/examples';

const NBSP = '\u00a0';
const german = localeFormat('de-DE');
const eightHours = { workingTimePerDay: 8 * 3_600 };

describe('figures written for a locale', () => {
  it('writes numbers with the locale’s separators and units in its language', () => {
    expect(german.pieces(1_700)).toBe(`1.700${NBSP}Stk.`);
    expect(localeFormat('en').pieces(1_700)).toBe(`1,700${NBSP}pcs`);
    expect(formatDuration(0.4 * 8 * 3_600, eightHours, { unit: 'd', format: german })).toBe(`0,4${NBSP}d`);
    expect(formatDuration(0.4 * 8 * 3_600, eightHours, { unit: 'd', format: localeFormat('fr-FR') })).toBe(`0,4${NBSP}j`);
    expect(formatDuration(0.4 * 8 * 3_600, eightHours, { format: german })).toBe(`3,2${NBSP}h`);
    expect(localeFormat('de-CH').number(12_345.6)).toBe("12'345.6");
    expect(german.decimalSeparator).toBe(',');
    expect(german.groupSeparator).toBe('.');
  });

  it('keeps the words of the text’s language and the separators of the user’s locale apart', () => {
    const germanWordsSwissFigures = localeFormat('de-CH', 'de');
    expect(germanWordsSwissFigures.pieces(1_700)).toBe(`1'700${NBSP}Stk.`);
    expect(localeFormat('en-US', 'de').pieces(1_700)).toBe(`1,700${NBSP}Stk.`);
  });

  it('writes a calendar date in the locale, on the day it names in any time zone', () => {
    expect(german.date('2026-12-05')).toBe('5. Dez. 2026');
    expect(localeFormat('en-GB').date('2026-12-05')).toBe('5 Dec 2026');
    expect(german.date('not a date')).toBe('not a date');
  });

  it('falls back to English figures for a locale tag that is not one', () => {
    expect(localeFormat('not a locale!').number(1_700)).toBe('1,700');
  });
});

describe('the comparison and the diagnostics in German', () => {
  const comparison = compareMaps(acmeStampingCurrentState(), acmeStampingFutureState());
  const rows = comparisonRows(comparison, acmeStampingCurrentState().map.settings, german);

  it('names the figures as a German plant does and writes them with German separators', () => {
    const lead = rows.find((row) => row.key === 'leadTime');
    expect(lead?.label).toBe('Durchlaufzeit');
    expect(lead?.verdictText).toBe('Besser');
    expect(lead?.before).toMatch(/^\d+,\d\u00a0d$/);
    expect(lead?.changePercent).toMatch(/^\u2212\d+,\d\u00a0%$/);
    expect(rows.find((row) => row.key === 'totalInventory')?.before).toMatch(/^\d{1,2}\.\d{3}$/);
    expect(rows.find((row) => row.key === 'activityRatio')?.change).toMatch(/\u00a0Pp\.$/);
    expect(dayLengthNote(eightHours, german)).toBe('Ein Tag (d) entspricht 8 h Arbeitszeit.');
  });

  it('says what stops a figure in German, quoting names the German way', () => {
    const doc = acmeStampingCurrentState();
    const settings = { ...doc.map.settings, demandPerPeriod: undefined };
    const metrics = computeMetrics({ ...doc, map: { ...doc.map, settings } }, german);
    const messages = metrics.diagnostics.map((diagnostic) => diagnostic.message);
    expect(messages).toContain(
      'Der Kundenbedarf ist nicht angegeben. Ohne ihn lässt sich weder die Taktzeit berechnen noch ein Bestand in Tage umrechnen. Tragen Sie den Bedarf pro Zeitraum in den Karteneinstellungen ein.',
    );
    expect(messages.some((message) => /„[^“]+“ enthält [\d.]+/.test(message))).toBe(true);
  });
});
