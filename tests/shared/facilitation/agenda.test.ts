import { describe, expect, it } from 'vitest';
import { AgendaItemDetailsSchema, reorderIds, totalPlannedMinutes } from '../../../shared/facilitation/agenda';
import { VSM_DAY_TEMPLATE } from '../../../shared/facilitation/agenda-template';
import { formatMinutes } from '../../../shared/facilitation/format-duration';
import { initialsFor, nextParticipantColor, PARTICIPANT_COLORS } from '../../../shared/facilitation/participant';

describe('the VSM day template', () => {
  it('runs from kick-off to close through the gemba walk, mapping, the vote, the future state and actions', () => {
    const titles = VSM_DAY_TEMPLATE.map((item) => item.title);
    expect(titles[0]).toBe('Kick-off');
    expect(titles.at(-1)).toBe('Close');
    for (const step of ['gemba', 'current state', 'vote', 'future state', 'actions']) {
      expect(titles.some((title) => title.toLowerCase().includes(step))).toBe(true);
    }
    for (const item of VSM_DAY_TEMPLATE) expect(AgendaItemDetailsSchema.safeParse(item).success).toBe(true);
    expect(formatMinutes(totalPlannedMinutes(VSM_DAY_TEMPLATE))).toBe('7 h');
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
