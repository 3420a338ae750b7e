import { describe, expect, it } from 'vitest';
import { actualMs, AgendaItemDetailsSchema, reorderIds, totalActualMs, totalPlannedMinutes } from '../../../shared/facilitation/agenda';
import { vsmDayTemplate } from '../../../shared/facilitation/agenda-template';
import { formatMinutes } from '../../../shared/facilitation/format-duration';
import { initialsFor, nextParticipantColor, PARTICIPANT_COLORS } from '../../../shared/facilitation/participant';
import { applyTimerCommand, IDLE_TIMER } from '../../../shared/facilitation/timer';

describe('the VSM day template', () => {
  it('runs from kick-off to close through the gemba walk, mapping, the vote, the future state and actions', () => {
    const titles = vsmDayTemplate('en').map((item) => item.title);
    expect(titles[0]).toBe('Kick-off');
    expect(titles.at(-1)).toBe('Close');
    for (const step of ['gemba', 'current state', 'vote', 'future state', 'actions']) {
      expect(titles.some((title) => title.toLowerCase().includes(step))).toBe(true);
    }
    for (const item of vsmDayTemplate('en')) expect(AgendaItemDetailsSchema.safeParse(item).success).toBe(true);
    expect(formatMinutes(totalPlannedMinutes(vsmDayTemplate('en')))).toBe('7\u00a0h');
  });
});

describe('reorderIds', () => {
  it('moves one id to a new index, clamping to the list', () => {
    expect(reorderIds(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(reorderIds(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(reorderIds(['a', 'b', 'c'], 'b', 99)).toEqual(['a', 'c', 'b']);
    expect(reorderIds(['a', 'b'], 'zz', 0)).toEqual(['a', 'b']);
  });
});

describe('actual time', () => {
  it('adds the running stretch to the activity whose timer runs, and to no other', () => {
    const kickOff = { id: 'kick-off', actualSeconds: 90 };
    const walk = { id: 'walk', actualSeconds: 0 };
    const startedAt = 1_000_000;
    const { timer } = applyTimerCommand(IDLE_TIMER, { type: 'set', durationMs: 60_000, agendaItemId: walk.id, start: true }, startedAt);
    const later = startedAt + 25_000;
    expect(actualMs(walk, timer, later)).toBe(25_000);
    expect(actualMs(kickOff, timer, later)).toBe(90_000);
    expect(totalActualMs([kickOff, walk], timer, later)).toBe(115_000);
    const { timer: paused } = applyTimerCommand(timer, { type: 'pause' }, later);
    expect(actualMs(walk, paused, later + 60_000)).toBe(0);
  });
});

describe('participants', () => {
  it('derives initials from a name', () => {
    expect(initialsFor('Ana María López')).toBe('AL');
    expect(initialsFor('  ben ')).toBe('BE');
    expect(initialsFor('Øyvind Ås')).toBe('ØÅ');
    expect(initialsFor('   ')).toBe('?');
  });

  it('gives each new participant a colour nobody has yet', () => {
    expect(nextParticipantColor([])).toBe(PARTICIPANT_COLORS[0]);
    expect(nextParticipantColor([PARTICIPANT_COLORS[0], PARTICIPANT_COLORS[2]])).toBe(PARTICIPANT_COLORS[1]);
    expect(PARTICIPANT_COLORS).toContain(nextParticipantColor([...PARTICIPANT_COLORS]));
  });
});
