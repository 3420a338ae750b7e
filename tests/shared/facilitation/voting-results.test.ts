import { describe, expect, it } from 'vitest';
import { heatOf, rankVotes, tallyVotes } from '../../../shared/facilitation/voting-results';
import { showsRunningTotals, visibleVotes } from '../../../shared/facilitation/voting-visibility';

const dot = (participantId: string | null, nodeId: string) => ({ participantId, nodeId });

describe('voting results', () => {
  it('tallies dots per item and per voter', () => {
    const tallies = tallyVotes([dot('ana', 'a'), dot('ana', 'a'), dot('ben', 'a'), dot('ben', 'b')]);
    expect(tallies).toEqual([
      {
        nodeId: 'a',
        total: 3,
        byVoter: [
          { participantId: 'ana', count: 2 },
          { participantId: 'ben', count: 1 },
        ],
      },
      { nodeId: 'b', total: 1, byVoter: [{ participantId: 'ben', count: 1 }] },
    ]);
  });

  it('ranks most dots first, ties sharing a rank and marked, the next rank skipping (1, 2, 2, 4)', () => {
    const votes = [...['a', 'a', 'a', 'a'].map((node) => dot('x', node)), ...['b', 'b', 'c', 'c', 'd'].map((node) => dot('y', node))];
    const ranking = rankVotes(votes).map(({ nodeId, total, rank, tied }) => ({ nodeId, total, rank, tied }));
    expect(ranking).toEqual([
      { nodeId: 'a', total: 4, rank: 1, tied: false },
      { nodeId: 'b', total: 2, rank: 2, tied: true },
      { nodeId: 'c', total: 2, rank: 2, tied: true },
      { nodeId: 'd', total: 1, rank: 4, tied: false },
    ]);
  });

  it('orders tied items by the given order, e.g. their place on the map', () => {
    const votes = [dot('x', 'a'), dot('x', 'b')];
    const mapOrder = ['b', 'a'];
    expect(rankVotes(votes, (p, q) => mapOrder.indexOf(p) - mapOrder.indexOf(q)).map((item) => item.nodeId)).toEqual(['b', 'a']);
  });

  it('has no ranking without votes, and heat relative to the most-voted item', () => {
    expect(rankVotes([])).toEqual([]);
    const heat = heatOf(tallyVotes([dot('x', 'a'), dot('x', 'a'), dot('y', 'b')]));
    expect(heat.get('a')).toBe(1);
    expect(heat.get('b')).toBe(0.5);
  });
});

describe('which dots a screen shows', () => {
  const votes = [dot('ana', 'a'), dot('ben', 'a'), dot('ana', 'b')];
  const secret = { status: 'open' as const, visibility: 'secret' as const, mode: 'pass-the-laptop' as const };

  it('a secret vote shows a voter only their own dots, and nobody’s between turns', () => {
    expect(visibleVotes(secret, votes, 'ana')).toEqual([dot('ana', 'a'), dot('ana', 'b')]);
    expect(visibleVotes(secret, votes, null)).toEqual([]);
    expect(showsRunningTotals(secret)).toBe(false);
    expect(visibleVotes({ ...secret, status: 'closed' }, votes, null)).toEqual([]);
  });

  it('shows every dot once revealed, in an open vote, and for the facilitator’s paper-wall entry', () => {
    expect(visibleVotes({ ...secret, status: 'revealed' }, votes, null)).toHaveLength(3);
    expect(visibleVotes({ ...secret, visibility: 'open' }, votes, 'ben')).toHaveLength(3);
    expect(visibleVotes({ ...secret, mode: 'facilitator-entry' }, votes, null)).toHaveLength(3);
    expect(showsRunningTotals({ ...secret, visibility: 'open' })).toBe(true);
  });
});
