import { describe, expect, it } from 'vitest';
import { ProcessDataSchema } from '../../../../shared/model/map-node';
import { MapSettingsSchema } from '../../../../shared/model/vsm-map';
import { formatFieldValue, formatStoredDuration, parseFieldText, percentSlip } from '../../../../renderer/map/inspector/field-values';

const settings = { workingTimePerDay: 8 * 3600 };
const shape = ProcessDataSchema.shape;

describe('inspector field values', () => {
  it('reads durations in any unit, and bare numbers by the field’s kind of time, storing seconds', () => {
    const work = { type: 'duration', kind: 'work' } as const;
    expect(parseFieldText('10 min', work, settings, shape.changeoverTime)).toEqual({ ok: true, value: 600 });
    expect(parseFieldText('10', work, settings, shape.changeoverTime)).toEqual({ ok: true, value: 10 });
    expect(parseFieldText('2.5 d', work, settings, shape.leadTime)).toEqual({ ok: true, value: 2.5 * 8 * 3600 });
    expect(parseFieldText('2.5', { type: 'duration', kind: 'wait' }, settings, shape.leadTime)).toEqual({ ok: true, value: 2.5 * 8 * 3600 });
  });

  it('explains a bad duration in the words the field shows', () => {
    const field = { type: 'duration', kind: 'work' } as const;
    expect(parseFieldText('-5 s', field, settings, shape.cycleTime)).toEqual({ ok: false, message: 'must not be a negative time' });
    expect(parseFieldText('5 weeks', field, settings, shape.cycleTime)).toMatchObject({
      ok: false,
      message: expect.stringContaining('unknown unit'),
    });
  });

  it('reads the book’s 27,600 typed alone as seconds of a shift, and still refuses a shift longer than a day', () => {
    const shift = { type: 'duration', kind: 'shift', largestUnit: 's' } as const;
    const { workingTimePerDay } = MapSettingsSchema.shape;
    expect(parseFieldText('27600', shift, settings, shape.availableTimePerShift)).toEqual({ ok: true, value: 27_600 });
    expect(parseFieldText('55,200', shift, settings, workingTimePerDay)).toEqual({ ok: true, value: 55_200 });
    expect(parseFieldText('7 h 40 min', shift, settings, workingTimePerDay)).toEqual({ ok: true, value: 27_600 });
    expect(parseFieldText('25 h', shift, settings, shape.availableTimePerShift)).toEqual({ ok: false, message: 'must be at most 24 h (one day)' });
    expect(formatFieldValue(27_600, shift, settings)).toBe('27,600 s');
    expect(parseFieldText(formatFieldValue(27_600, shift, settings), shift, settings, shape.availableTimePerShift)).toEqual({
      ok: true,
      value: 27_600,
    });
  });

  it('checks numbers with the model schema: a percentage above 100 and a batch of zero are refused', () => {
    expect(parseFieldText('140 %', { type: 'percent' }, settings, shape.uptime)).toEqual({
      ok: false,
      message: 'must be a percentage from 0 to 100',
    });
    expect(parseFieldText('85%', { type: 'percent' }, settings, shape.uptime)).toEqual({ ok: true, value: 85 });
    expect(parseFieldText('0', { type: 'count' }, settings, shape.batchSize)).toEqual({ ok: false, message: 'must be greater than zero' });
  });

  it('reads grouped thousands but refuses a decimal comma rather than misreading it', () => {
    expect(parseFieldText('18,400', { type: 'count' }, settings, shape.operators)).toEqual({ ok: true, value: 18_400 });
    expect(parseFieldText('2,5', { type: 'count' }, settings, shape.operators)).toMatchObject({
      ok: false,
      message: expect.stringContaining('point'),
    });
    expect(parseFieldText('three', { type: 'count' }, settings, shape.operators)).toEqual({ ok: false, message: 'must be a number' });
  });

  it('says how a percentage below one was read: 0.8 is most likely 80 % typed as a share', () => {
    const percent = { type: 'percent' } as const;
    expect(percentSlip(0.8, percent)).toBe('Read as 0.8 %, less than one percent. For 80 %, type 80.');
    expect([percentSlip(80, percent), percentSlip(0, percent), percentSlip(1, percent), percentSlip(undefined, percent)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(percentSlip(0.8, { type: 'count' })).toBeNull();
  });

  it('clears the value when the field is emptied', () => {
    expect(parseFieldText('  ', { type: 'count' }, settings, shape.operators)).toEqual({ ok: true, value: undefined });
  });

  it('shows stored values in a unit a person would use, and reads them back unchanged', () => {
    const field = { type: 'duration', kind: 'work' } as const;
    for (const seconds of [39, 600, 27_600, 5 * 8 * 3600, 1234.5]) {
      const shown = formatFieldValue(seconds, field, settings);
      expect(parseFieldText(shown, field, settings, shape.cycleTime)).toEqual({ ok: true, value: seconds });
    }
    expect(formatFieldValue(85, { type: 'percent' }, settings)).toBe('85 %');
    expect(formatFieldValue(undefined, { type: 'count' }, settings)).toBe('');
  });

  it('chooses words a facilitator would say: one unit where it reads well, else hours and minutes', () => {
    expect(formatStoredDuration(39, settings)).toBe('39\u00a0s');
    expect(formatStoredDuration(2.5 * 8 * 3600, settings)).toBe('2.5\u00a0d');
    expect(formatStoredDuration(27_600, settings)).toBe('7\u00a0h 40\u00a0min');
    expect(formatStoredDuration(600, settings)).toBe('10\u00a0min');
    // A working day's own length is not shown as "1\u00a0d".
    expect(formatStoredDuration(55_200, { workingTimePerDay: 55_200 }, 'h')).toBe('15\u00a0h 20\u00a0min');
  });

  it('never shows a value that would read back as another', () => {
    for (const seconds of [1, 59.5, 61, 3601, 1234.5, 55_200, 7 * 8 * 3600 + 1, 0.001]) {
      const shown = formatStoredDuration(seconds, settings);
      expect(parseFieldText(shown, { type: 'duration', kind: 'work' }, settings, shape.cycleTime)).toEqual({ ok: true, value: seconds });
    }
  });
});
