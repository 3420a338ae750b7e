import type { NodeKind } from '../model/node-kinds';
import { kindName, REMOVED_NODE_LABEL } from '../vsm/node-roles';
import type { Vote } from './voting';

/**
 * Counting the dots: a tally per item with who placed them, and a ranking that shows ties the
 * way a room reads them (standard competition ranking: 1, 2, 2, 4).
 */
export type VoterCount = { participantId: string | null; count: number };

export type ItemTally = { nodeId: string; total: number; byVoter: VoterCount[] };

export type RankedItem = ItemTally & {
  rank: number;
  /** Another item has exactly as many dots. */
  tied: boolean;
};

export function tallyVotes(votes: readonly Pick<Vote, 'participantId' | 'nodeId'>[]): ItemTally[] {
  const byItem = new Map<string, Map<string | null, number>>();
  for (const vote of votes) {
    const voters = byItem.get(vote.nodeId) ?? new Map<string | null, number>();
    voters.set(vote.participantId, (voters.get(vote.participantId) ?? 0) + 1);
    byItem.set(vote.nodeId, voters);
  }
  return [...byItem].map(([nodeId, voters]) => {
    const byVoter = [...voters].map(([participantId, count]) => ({ participantId, count }));
    return { nodeId, total: byVoter.reduce((sum, voter) => sum + voter.count, 0), byVoter };
  });
}

/**
 * Items with at least one dot, most dots first; equal totals share a rank and are marked tied.
 * `order` breaks ties for display only (e.g. the items' order on the map); by default, the id.
 */
export function rankVotes(
  votes: readonly Pick<Vote, 'participantId' | 'nodeId'>[],
  order: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): RankedItem[] {
  const tallies = tallyVotes(votes).sort((a, b) => b.total - a.total || order(a.nodeId, b.nodeId));
  const countOfTotal = new Map<number, number>();
  for (const tally of tallies) countOfTotal.set(tally.total, (countOfTotal.get(tally.total) ?? 0) + 1);
  return tallies.map((tally) => ({
    ...tally,
    rank: 1 + tallies.filter((other) => other.total > tally.total).length,
    tied: (countOfTotal.get(tally.total) ?? 0) > 1,
  }));
}

/** Each item's share of the most-voted item's dots, 0 to 1, for the heat view. */
export function heatOf(tallies: readonly Pick<ItemTally, 'nodeId' | 'total'>[]): Map<string, number> {
  const most = Math.max(0, ...tallies.map((tally) => tally.total));
  return new Map(tallies.map((tally) => [tally.nodeId, most === 0 ? 0 : tally.total / most]));
}

/** What a voted item is called: its text on the map (else its kind), a parked note's text, or that it is gone. */
export function votedItemLabel(onMap: { text: string; kind: NodeKind } | undefined, parkedText: string | undefined): string {
  if (onMap) return onMap.text.trim() || `(${kindName(onMap.kind).toLowerCase()})`;
  return parkedText === undefined ? REMOVED_NODE_LABEL : `${parkedText} (parking lot)`;
}
