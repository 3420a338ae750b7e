import { countsWallDots, type Vote, type VotingSession } from './voting';

/**
 * Which dots a screen may show while a vote runs. A secret session shows each voter only their
 * own dots until the results are revealed (the hand-over between voters shows none); an open
 * session and the facilitator's entry of a paper wall show every dot as it is placed.
 */
export function visibleVotes<V extends Pick<Vote, 'participantId'>>(
  session: Pick<VotingSession, 'status' | 'visibility' | 'mode'>,
  votes: readonly V[],
  activeVoterId: string | null,
): V[] {
  if (showsRunningTotals(session)) return [...votes];
  if (activeVoterId === null) return [];
  return votes.filter((vote) => vote.participantId === activeVoterId);
}

/** Whether running totals may be shown to the room before the reveal. */
export function showsRunningTotals(session: Pick<VotingSession, 'status' | 'visibility' | 'mode'>): boolean {
  return session.status === 'revealed' || session.visibility === 'open' || countsWallDots(session);
}
