import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/facilitation/participant';
import { IDLE_TIMER } from '../../../shared/facilitation/timer';
import type { VotingSession } from '../../../shared/facilitation/voting';
import { participantView, type RoomSnapshot } from '../../../shared/room/participant-view';

const people: Participant[] = ['Ana', 'Ben', 'Cy'].map((name) => ({
  id: name.toLowerCase(),
  workshopId: 'ws',
  name,
  initials: name.slice(0, 2).toUpperCase(),
  color: '#1565c0',
}));

function session(overrides: Partial<VotingSession> = {}): VotingSession {
  return {
    id: 'vs',
    workshopId: 'ws',
    mapId: 'map',
    title: 'Biggest problems',
    targetKinds: ['kaizen-burst'],
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

function snapshot(overrides: Partial<VotingSession> = {}): RoomSnapshot {
  return {
    workshopTitle: 'Order to cash',
    participants: people,
    agenda: [],
    timer: IDLE_TIMER,
    ideaMode: 'open',
    mapId: 'map',
    nowMs: 0,
    built: { run: 'run', read: 1 },
    vote: {
      session: session(overrides),
      items: [
        { nodeId: 'k1', label: 'Rework', kind: 'kaizen-burst' },
        { nodeId: 'k2', label: 'Waiting', kind: 'kaizen-burst' },
      ],
      votes: [
        { participantId: 'ana', nodeId: 'k1' },
        { participantId: 'ana', nodeId: 'k1' },
        { participantId: 'ben', nodeId: 'k2' },
        { participantId: null, nodeId: 'k2' },
      ],
      doneParticipantIds: ['ben'],
    },
  };
}

describe('a participant’s view of a vote', () => {
  it('holds only their own dots and how many voted while the vote is secret', () => {
    const vote = participantView(snapshot(), 'ana', []).vote!;
    expect(vote.myDots).toEqual({ k1: 2 });
    expect(vote.myDotsLeft).toBe(1);
    expect(vote.ranking).toBeNull();
    expect(vote.votedCount).toBe(2);
    expect(vote.doneCount).toBe(1);
    const bens = participantView(snapshot(), 'ben', []).vote!;
    expect(bens.myDots).toEqual({ k2: 1 });
    expect(JSON.stringify(bens)).not.toContain('"ana"');
  });

  it('shows nothing of anyone’s dots to a device that has not picked a name', () => {
    const view = participantView(snapshot(), null, []);
    expect(view.me).toBeNull();
    expect(view.roster.map((person) => person.name)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(participantView(snapshot(), 'ana', []).roster).toEqual([]);
    expect(view.vote?.myDots).toEqual({});
    expect(view.vote?.ranking).toBeNull();
  });

  it('ranks every dot, the wall’s too, once revealed', () => {
    const vote = participantView(snapshot({ status: 'revealed' }), 'cy', []).vote!;
    expect(vote.ranking).toEqual([
      { nodeId: 'k1', label: 'Rework', total: 2, rank: 1, tied: true },
      { nodeId: 'k2', label: 'Waiting', total: 2, rank: 1, tied: true },
    ]);
    expect(vote.myDots).toEqual({});
    expect(vote.done).toBe(false);
  });

  it('shows running totals in an open vote', () => {
    expect(participantView(snapshot({ visibility: 'open' }), 'ben', []).vote?.ranking).toHaveLength(2);
  });
});

describe('a participant’s view of the ideas', () => {
  it('shows their own ideas only once they have a name', () => {
    const mine = [{ id: 'i1', text: 'Fewer handoffs', kind: 'idea' as const, state: 'new' as const, createdAt: '2026-11-25T09:00:00.000Z' }];
    expect(participantView(snapshot(), 'ana', mine).ideas.mine).toEqual(mine);
    expect(participantView(snapshot(), 'nobody', mine).ideas.mine).toEqual([]);
  });
});
