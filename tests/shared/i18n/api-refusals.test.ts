import { describe, expect, it } from 'vitest';
import { setReworkRate } from '../../../shared/editing/commands-connect';
import { applyChanges } from '../../../shared/editing/map-change';
import { canCastVote, canChangeStatus } from '../../../shared/facilitation/voting-rules';
import type { VotingSession } from '../../../shared/facilitation/voting';
import { languageOfAcceptLanguage } from '../../../shared/i18n/languages';
import { inLanguage } from '../../../shared/i18n/refusals';
import { describeConflicts } from '../../../shared/sync/rebase';
import { mapOf, step } from '../vsm/build';

const session: VotingSession = {
  id: 'vs',
  workshopId: 'ws',
  mapId: 'map',
  title: 'Biggest problems',
  targetKinds: ['kaizen-burst', 'sticky-note'],
  votesPerParticipant: 3,
  maxVotesPerItem: 2,
  visibility: 'secret',
  mode: 'pass-the-laptop',
  status: 'open',
  createdAt: '2026-11-25T09:00:00.000Z',
  closedAt: null,
  revealedAt: null,
};
const context = { session, participants: [{ id: 'ana', name: 'Ana' }], votes: [] };
const twoOnOne = {
  ...context,
  votes: [
    { participantId: 'ana', nodeId: 'k1' },
    { participantId: 'ana', nodeId: 'k1' },
  ],
};

const messageOf = (check: { ok: true } | { ok: false; message: string }) => (check.ok ? 'allowed' : check.message);

describe('refusals that are not about a field, in the language of the request', () => {
  it('the vote’s rules: the kinds listed the language’s way, the dots counted with its plurals', () => {
    expect(inLanguage('de', () => messageOf(canCastVote(context, { participantId: 'ana', nodeId: 'p1' }, 'process')))).toBe(
      'In dieser Abstimmung kann nur über Kaizen-Blitze oder Haftnotizen abgestimmt werden.',
    );
    expect(messageOf(canCastVote(context, { participantId: 'ana', nodeId: 'p1' }, 'process'))).toBe(
      'Only kaizen bursts or sticky notes can be voted on in this session.',
    );
    expect(inLanguage('de', () => messageOf(canCastVote(twoOnOne, { participantId: 'ana', nodeId: 'k1' }, 'kaizen-burst')))).toBe(
      'Ana hat schon 2 Punkte auf diesem Element, mehr ist nicht erlaubt.',
    );
    expect(inLanguage('es', () => messageOf(canChangeStatus('revealed', 'open')))).toBe(
      'Los resultados se han revelado; la votación ya no puede cambiar.',
    );
  });

  it('a change to a node no longer on the map, on the screen as in the store', () => {
    const doc = mapOf([step('A', { cycleTime: 1 })], []);
    const gone = { op: 'patchNode' as const, id: 'gone', before: { text: 'a' }, after: { text: 'b' } };
    expect(() => inLanguage('de', () => applyChanges(doc, [gone]))).toThrow('Knoten gone kann nicht geändert werden: Er ist nicht auf der Karte');
    expect(() => applyChanges(doc, [gone])).toThrow('Cannot change node gone: it is not on the map');
  });

  it('reads the phone’s language from its Accept-Language, the most preferred the app speaks', () => {
    expect(languageOfAcceptLanguage('de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(languageOfAcceptLanguage('it-IT, fr;q=0.4, es;q=0.6')).toBe('es');
    expect(languageOfAcceptLanguage('en;q=0, fr')).toBe('fr');
    expect(languageOfAcceptLanguage('it, pt')).toBeUndefined();
    expect(languageOfAcceptLanguage(undefined)).toBeUndefined();
  });
});

describe('a clash between two windows, in the language of the request', () => {
  it('names the field and the box the language’s way, and counts the further clashes with its plurals', () => {
    const names = () => ({ text: 'Montage', kind: 'process' as const });
    const sameField = { kind: 'same-field' as const, target: { type: 'node' as const, id: 'a' }, field: 'process.cycleTime' };
    const deleted = { kind: 'edited-deleted' as const, target: { type: 'node' as const, id: 'a' } };
    expect(inLanguage('de', () => describeConflicts([sameField], names))).toBe(
      'Ein anderes Fenster hat gleichzeitig die Zykluszeit geändert („Montage“), auf einen anderen Wert.',
    );
    expect(describeConflicts([sameField], names)).toBe('Another window changed the cycle time of “Montage” at the same time, to something else.');
    expect(inLanguage('de', () => describeConflicts([deleted, sameField, sameField], names))).toBe(
      'Ein anderes Fenster hat „Montage“ gelöscht, während dieses es geändert hat. (und 2 weitere Konflikte)',
    );
  });
});

describe('an edit the inspector refuses, in the language of the screen', () => {
  it('a rework rate of 100 % names the field as the inspector shows it', () => {
    const rework = mapOf([step('A', { cycleTime: 1 })], []);
    expect(() => inLanguage('de', () => setReworkRate(rework, 'r', 100))).toThrow(/^Zur Nacharbeit zurück/);
    expect(() => setReworkRate(rework, 'r', 100)).toThrow(/^Sent back for rework must be/);
  });
});
