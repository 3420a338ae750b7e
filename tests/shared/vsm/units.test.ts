import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_DAY_SECONDS, formatDuration, fromUnit, naturalUnit, parseDuration, toUnit, workingDaySeconds } from '../../../shared/vsm';

const twoShifts = { workingTimePerDay: 55_200 };

describe('time units', () => {
  it('converts seconds to and from minutes, hours and working days of the map', () => {
    expect(toUnit(90, 'min', {})).toBe(1.5);
    expect(toUnit(5_400, 'h', {})).toBe(1.5);
    expect(toUnit(82_800, 'd', twoShifts)).toBe(1.5);
    expect(fromUnit(2.5, 'd', twoShifts)).toBe(138_000);
    expect(fromUnit(30, 'min', twoShifts)).toBe(1_800);
  });

  it('counts a day as one 8-hour shift while the map has no working time per day', () => {
    expect(DEFAULT_WORKING_DAY_SECONDS).toBe(28_800);
    expect(workingDaySeconds({})).toBe(28_800);
    expect(toUnit(43_200, 'd', {})).toBe(1.5);
    expect(workingDaySeconds(twoShifts)).toBe(55_200);
  });

  it('picks the unit a facilitator would say', () => {
    expect([45, 188, 599, 600, 7_199, 7_200, 28_799, 28_800].map((s) => naturalUnit(s, {}))).toEqual(['s', 's', 's', 'min', 'min', 'h', 'h', 'd']);
  });

  it('formats to one decimal by default, in any unit asked for', () => {
    expect(formatDuration(39, twoShifts)).toBe('39\u00a0s');
    expect(formatDuration(420_000, twoShifts)).toBe('7.6\u00a0d');
    expect(formatDuration(420_000, twoShifts, { maximumFractionDigits: 3 })).toBe('7.609\u00a0d');
    expect(formatDuration(9_000, twoShifts, { unit: 'min' })).toBe('150\u00a0min');
    expect(formatDuration(0.01, {})).toBe('0\u00a0s');
  });
});

describe('parseDuration', () => {
  const cases: [string, number][] = [
    ['45 s', 45],
    ['45', 45],
    ['30 min', 1_800],
    ['30m', 1_800],
    ['1.5 h', 5_400],
    ['2 hrs', 7_200],
    ['2.5 d', 2.5 * 55_200],
    ['2.5 days', 2.5 * 55_200],
    ['1 h 30 min', 5_400],
    ['  .5 MIN ', 30],
  ];
  it.each(cases)('reads %j as %d seconds', (text, seconds) => {
    expect(parseDuration(text, twoShifts)).toEqual({ ok: true, seconds });
  });

  it('reads a bare number in the unit of the field', () => {
    expect(parseDuration('3', twoShifts, 'h')).toEqual({ ok: true, seconds: 10_800 });
  });

  it.each([
    ['', 'must be a duration'],
    ['-5 s', 'must not be a negative time'],
    ['2,5 d', 'must use a point for decimals'],
    ['3 weeks', 'unknown unit “weeks”'],
    ['1 h 30', 'must give a unit for every number'],
    ['abc', 'must be a duration'],
    ['1e999', 'unknown unit “e”'],
    ['9'.repeat(400), 'is too large'],
  ])('refuses %j with a message saying why', (text, message) => {
    const parsed = parseDuration(text, twoShifts);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});
