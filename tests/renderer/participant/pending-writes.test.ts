import { describe, expect, it } from 'vitest';
import type { RoomVote } from '../../../shared/room/participant-view';
import { notYetStored, parsePendingWrites, voteWithPending, type PendingWrite } from '../../../renderer/participant/connection/pending-writes';

const vote: RoomVote = {
  sessionId: 's1',
  mapId: 'm1',
  title: 'Biggest problems',
  status: 'open',
  visibility: 'secret',
  votesPerParticipant: 3,
  maxVotesPerItem: 2,
  items: [
    { nodeId: 'a', label: 'A', kind: 'sticky-note' },
    { nodeId: 'b', label: 'B', kind: 'sticky-note' },
  ],
  myDots: { a: 1 },
  myDotsLeft: 2,
  done: false,
  votedCount: 1,
  doneCount: 0,
  ranking: null,
};

const cast = (nodeId: string, sessionId = 's1'): PendingWrite => ({ channel: 'castDot', input: { writeId: `w-${nodeId}-cast`, sessionId, nodeId } });
const retract = (nodeId: string): PendingWrite => ({ channel: 'retractDot', input: { writeId: `w-${nodeId}-back`, sessionId: 's1', nodeId } });

describe('the vote with the dots not yet on the laptop', () => {
  it('is the laptop’s vote when nothing waits', () => {
    expect(voteWithPending(vote, [])).toEqual(vote);
  });

  it('counts waiting casts and retractions against the budget', () => {
    const shown = voteWithPending(vote, [cast('b'), cast('a'), retract('b')]);
    expect(shown.myDots).toEqual({ a: 2 });
    expect(shown.myDotsLeft).toBe(1);
  });

  it('keeps to the per-item limit and the budget as the laptop would', () => {
    const shown = voteWithPending(vote, [cast('a'), cast('a'), cast('b'), cast('b')]);
    expect(shown.myDots).toEqual({ a: 2, b: 1 });
    expect(shown.myDotsLeft).toBe(0);
  });

  it('ignores dots of another session and a retraction of a dot that is not there', () => {
    expect(voteWithPending(vote, [cast('b', 's2'), retract('b')])).toEqual(vote);
  });

  it('does not count a dot twice when the laptop’s view already holds it and its answer is still on the way', () => {
    const heardFirst = { ...vote, myDots: { a: 1, b: 1 }, myDotsLeft: 1 };
    const waiting = notYetStored([cast('b'), cast('a')], ['w-b-cast']);
    expect(waiting).toEqual([cast('a')]);
    expect(voteWithPending(heardFirst, waiting)).toMatchObject({ myDots: { a: 2, b: 1 }, myDotsLeft: 0 });
    expect(notYetStored([cast('b')], [])).toEqual([cast('b')]);
  });

  it('shows a waiting “I’m done”', () => {
    expect(voteWithPending(vote, [{ channel: 'done', input: { sessionId: 's1', done: true }, writeId: 'd1d1d1d1' }]).done).toBe(true);
  });
});

describe('writes read back from storage', () => {
  it('keeps well-formed writes and drops anything else', () => {
    expect(parsePendingWrites([cast('a'), { channel: 'deleteEverything', input: {} }, null, 'x'])).toEqual([cast('a')]);
    expect(parsePendingWrites({ not: 'a list' })).toBeNull();
  });
});
