import { describe, expect, it } from 'vitest';
import { bareNumberHint, bareNumberUnit, DURATION_KINDS, durationPlaceholder, formatNotationTime } from '../../../shared/vsm/bare-numbers';
import { parseDuration } from '../../../shared/vsm/parse-duration';
import { boxesWorkingDay, boxWorkingDay, shiftTimeNote, workingDayNote } from '../../../shared/vsm/shift-times';

const settings = { workingTimePerDay: 55_200 };

describe('bare numbers, one rule per kind of time', () => {
  it('reads a number alone as seconds for work and shift times, and as working days for waits', () => {
    const read = (text: string, kind: (typeof DURATION_KINDS)[number]) => parseDuration(text, settings, bareNumberUnit(kind));
    expect(read('1', 'work')).toEqual({ ok: true, seconds: 1 });
    expect(read('27600', 'shift')).toEqual({ ok: true, seconds: 27_600 });
    expect(read('27,600', 'shift')).toEqual({ ok: true, seconds: 27_600 });
    expect(read('2', 'wait')).toEqual({ ok: true, seconds: 2 * 55_200 });
    expect(read('7 h 40 min', 'shift')).toEqual({ ok: true, seconds: 27_600 });
    expect(read('2,5', 'work')).toMatchObject({ ok: false });
  });

  it('says the rule in every time field’s hint and placeholder', () => {
    for (const kind of DURATION_KINDS) {
      const unitWord = bareNumberUnit(kind) === 'd' ? 'working days' : 'seconds';
      expect(bareNumberHint(kind)).toBe(`A number alone is ${unitWord}.`);
      expect(durationPlaceholder(kind)).toContain(bareNumberUnit(kind) === 'd' ? '(days)' : '(s)');
    }
  });

  it('prints shift times in seconds as the notation does, and work times in the unit one would say', () => {
    expect(formatNotationTime(27_600, 'shift', settings)).toBe('27,600\u00a0s');
    expect(formatNotationTime(39, 'work', settings)).toBe('39\u00a0s');
    expect(formatNotationTime(7_200, 'work', settings)).toBe('2\u00a0h');
  });
});

describe('shifts in a data box and the map’s working day', () => {
  const box = { shifts: 2, availableTimePerShift: 27_600 };

  it('works out the day a box states, and says nothing while it agrees with the map', () => {
    expect(boxWorkingDay(box)).toBe(55_200);
    expect(boxWorkingDay({ shifts: 2 })).toBeNull();
    expect(shiftTimeNote(box, settings)).toBeNull();
    expect(workingDayNote([{ label: 'Stamping', process: box }], settings)).toBeNull();
  });

  it('says so under both fields when they disagree or the map has none', () => {
    expect(shiftTimeNote(box, { workingTimePerDay: 28_800 })).toBe(
      '2 × 27,600\u00a0s = 55,200\u00a0s a day, but the map’s available working time per day, which sets takt, is 28,800\u00a0s. Make the two agree.',
    );
    expect(shiftTimeNote(box, {})).toContain('enter 55,200\u00a0s in the map settings');
    const boxes = [
      { label: 'Stamping', process: box },
      { label: 'Weld', process: { shifts: 1, availableTimePerShift: 27_600 } },
    ];
    expect(workingDayNote(boxes, { workingTimePerDay: 28_800 })).toBe(
      '“Stamping” and 1 more state 55,200\u00a0s a day in shifts × available time. Make the two agree.',
    );
    expect(workingDayNote(boxes.slice(0, 1), {})).toBe(
      '“Stamping” states 55,200\u00a0s a day in shifts × available time. Enter it here to set takt.',
    );
  });

  it('offers the day the boxes agree on for the map, and none when they differ', () => {
    expect(boxesWorkingDay([{ process: box }, { process: { cycleTime: 39 } }, { process: box }])).toBe(55_200);
    expect(boxesWorkingDay([{ process: box }, { process: { shifts: 1, availableTimePerShift: 27_600 } }])).toBeNull();
    expect(boxesWorkingDay([{ process: { cycleTime: 39 } }])).toBeNull();
  });
});
