import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../../../shared/model/node-kinds';
import type { Ballot, Vote, VotingSession } from '../../../shared/facilitation/voting';
import { canCastVote, canChangeStatus, canRetractVote, dotsLeft, type VotingContext } from '../../../shared/facilitation/voting-rules';

const people = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'Cy' },
];

const KINDS: Record<string, NodeKind> = { k1: 'kaizen-burst', k2: 'kaizen-burst', s1: 'sticky-note', p1: 'process', i1: 'inventory' };

function session(overrides: Partial<VotingSession> = {}): VotingSession {
  return {
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
    ...overrides,
  };
}

function context(votes: Ballot[] = [], overrides: Partial<VotingSession> = {}): VotingContext {
  return { session: session(overrides), participants: people, votes };
}

const check = (ctx: VotingContext, participantId: string | null, nodeId: string) => canCastVote(ctx, { participantId, nodeId }, KINDS[nodeId]);

describe('canCastVote', () => {
  it('accepts a participant’s dot on a votable item of the map', () => {
    expect(check(context(), 'ana', 'k1')).toEqual({ ok: true });
    expect(check(context(), 'ana', 's1')).toEqual({ ok: true });
  });

  it('refuses a dot once the participant has used their budget, naming them', () => {
    const votes = [
      { participantId: 'ana', nodeId: 'k1' },
      { participantId: 'ana', nodeId: 'k2' },
      { participantId: 'ana', nodeId: 's1' },
    ];
    expect(check(context(votes), 'ana', 'k1')).toMatchObject({ ok: false, reason: 'budget-exhausted', message: 'Ana has used all 3 dots.' });
    expect(check(context(votes), 'ben', 'k1')).toEqual({ ok: true });
  });

  it('refuses more dots on one item than the per-item limit', () => {
    const votes = [
      { participantId: 'ana', nodeId: 'k1' },
      { participantId: 'ana', nodeId: 'k1' },
    ];
    expect(check(context(votes), 'ana', 'k1')).toMatchObject({ ok: false, reason: 'item-limit-reached' });
    expect(check(context(votes), 'ana', 'k2')).toEqual({ ok: true });
  });

  it('refuses every dot once the session is closed or revealed', () => {
    expect(check(context([], { status: 'closed' }), 'ana', 'k1')).toMatchObject({ ok: false, reason: 'session-not-open' });
    expect(check(context([], { status: 'revealed' }), 'ana', 'k1')).toMatchObject({ ok: false, reason: 'session-not-open' });
  });

  it('refuses items of a kind the session does not vote on, and items not on the map', () => {
    expect(check(context(), 'ana', 'p1')).toMatchObject({
      ok: false,
      reason: 'item-not-votable',
      message: 'Only kaizen bursts or sticky notes can be voted on in this session.',
    });
    expect(check(context(), 'ana', 'i1')).toMatchObject({ ok: false, reason: 'item-not-votable' });
    expect(check(context(), 'ana', 'gone')).toMatchObject({ ok: false, reason: 'item-not-votable' });
    expect(check(context([], { targetKinds: ['process'] }), 'ana', 'p1')).toEqual({ ok: true });
  });

  it('refuses an unknown participant, and an anonymous dot outside facilitator entry', () => {
    expect(check(context(), 'zed', 'k1')).toMatchObject({ ok: false, reason: 'unknown-participant' });
    expect(check(context(), null, 'k1')).toMatchObject({ ok: false, reason: 'participant-required' });
  });

  it('in facilitator entry, counts anonymous wall dots against the whole room’s budget', () => {
    const wall = { mode: 'facilitator-entry' as const };
    expect(check(context([], wall), 'ana', 'k1')).toMatchObject({ ok: false, reason: 'wall-dots-only' });
    const onK1 = Array.from({ length: 6 }, () => ({ participantId: null, nodeId: 'k1' }));
    expect(check(context(onK1, wall), null, 'k1')).toMatchObject({ ok: false, reason: 'item-limit-reached' });
    const all = [...onK1, ...Array.from({ length: 3 }, () => ({ participantId: null, nodeId: 'k2' }))];
    expect(check(context(all, wall), null, 's1')).toMatchObject({ ok: false, reason: 'budget-exhausted', message: 'The wall has used all 9 dots.' });
    expect(check(context(all.slice(1), wall), null, 's1')).toEqual({ ok: true });
    expect(canCastVote({ ...context([], wall), participants: [] }, { participantId: null, nodeId: 'k1' }, 'kaizen-burst')).toMatchObject({
      ok: false,
      reason: 'no-participants',
    });
  });

  it('reports the dots a voter has left', () => {
    expect(dotsLeft(context([{ participantId: 'ana', nodeId: 'k1' }]), 'ana')).toBe(2);
    expect(dotsLeft(context([], { mode: 'facilitator-entry' }), null)).toBe(9);
  });

  it('property: whatever the sequence of clicks, nobody exceeds their budget or the per-item limit', () => {
    const ballot = fc.record({
      participantId: fc.constantFrom('ana', 'ben', 'cy', 'zed', null),
      nodeId: fc.constantFrom(...Object.keys(KINDS), 'gone'),
    });
    const setup = fc.record({
      votesPerParticipant: fc.integer({ min: 1, max: 5 }),
      perItemShare: fc.integer({ min: 1, max: 5 }),
      mode: fc.constantFrom('pass-the-laptop' as const, 'facilitator-entry' as const, 'open-clicking' as const),
    });
    fc.assert(
      fc.property(setup, fc.array(ballot, { maxLength: 80 }), ({ votesPerParticipant, perItemShare, mode }, ballots) => {
        const rules = { votesPerParticipant, maxVotesPerItem: Math.min(perItemShare, votesPerParticipant), mode };
        const votes: Ballot[] = [];
        for (const candidate of ballots) {
          if (check(context(votes, rules), candidate.participantId, candidate.nodeId).ok) votes.push(candidate);
        }
        const roomSize = mode === 'facilitator-entry' ? people.length : 1;
        const voters = new Set(votes.map((vote) => vote.participantId));
        for (const voter of voters) {
          const own = votes.filter((vote) => vote.participantId === voter);
          expect(own.length).toBeLessThanOrEqual(votesPerParticipant * roomSize);
          for (const nodeId of new Set(own.map((vote) => vote.nodeId))) {
            expect(own.filter((vote) => vote.nodeId === nodeId).length).toBeLessThanOrEqual(rules.maxVotesPerItem * roomSize);
          }
        }
        for (const vote of votes) {
          expect(['kaizen-burst', 'sticky-note']).toContain(KINDS[vote.nodeId]);
          expect(mode === 'facilitator-entry' ? vote.participantId === null : people.some((p) => p.id === vote.participantId)).toBe(true);
        }
      }),
    );
  });
});

describe('canRetractVote', () => {
  it('takes back only a dot the voter placed, and only while voting is open', () => {
    const votes: Pick<Vote, 'participantId' | 'nodeId'>[] = [{ participantId: 'ana', nodeId: 'k1' }];
    expect(canRetractVote(context(votes), { participantId: 'ana', nodeId: 'k1' })).toEqual({ ok: true });
    expect(canRetractVote(context(votes), { participantId: 'ben', nodeId: 'k1' })).toMatchObject({ reason: 'no-such-vote' });
    expect(canRetractVote(context(votes, { status: 'closed' }), { participantId: 'ana', nodeId: 'k1' })).toMatchObject({
      reason: 'session-not-open',
    });
  });
});

describe('canChangeStatus', () => {
  it('lets a session close and reopen, and be revealed, but never change after the reveal', () => {
    expect(canChangeStatus('open', 'closed').ok).toBe(true);
    expect(canChangeStatus('closed', 'open').ok).toBe(true);
    expect(canChangeStatus('closed', 'revealed').ok).toBe(true);
    expect(canChangeStatus('open', 'revealed').ok).toBe(true);
    expect(canChangeStatus('revealed', 'open').ok).toBe(false);
    expect(canChangeStatus('revealed', 'closed').ok).toBe(false);
  });
});
