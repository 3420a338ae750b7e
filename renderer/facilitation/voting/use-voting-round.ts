import { useCallback, useEffect, useState } from 'react';
import type { Participant } from '../../../shared/facilitation/participant';

/**
 * Who is voting right now. Pass the laptop: a hand-over screen, then one person's turn, then the
 * hand-over to the next person who has not had a turn. Open clicking: whoever the facilitator
 * picks. The round lives only on this screen; the dots themselves are saved as they are placed.
 */
export type VotingRound = {
  voterId: string | null;
  handingOver: boolean;
  /** Who has finished a turn in this round. */
  done: ReadonlySet<string>;
  /** The next person to hand over to; null when everyone has had a turn. */
  nextVoterId: string | null;
  startRound: () => void;
  beginTurn: (participantId: string) => void;
  endTurn: () => void;
  chooseVoter: (participantId: string | null) => void;
  stop: () => void;
};

export function useVotingRound(sessionId: string | null, participants: readonly Participant[]): VotingRound {
  const [voterId, setVoterId] = useState<string | null>(null);
  const [handingOver, setHandingOver] = useState(false);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    setVoterId(null);
    setHandingOver(false);
    setDone(new Set());
  }, [sessionId]);

  const nextVoterId = participants.find((participant) => !done.has(participant.id))?.id ?? null;

  return {
    voterId,
    handingOver,
    done,
    nextVoterId,
    startRound: useCallback(() => {
      setVoterId(null);
      setHandingOver(true);
    }, []),
    beginTurn: useCallback((participantId: string) => {
      setVoterId(participantId);
      setHandingOver(false);
    }, []),
    endTurn: useCallback(() => {
      if (voterId !== null) setDone((previous) => new Set([...previous, voterId]));
      setVoterId(null);
      setHandingOver(true);
    }, [voterId]),
    chooseVoter: useCallback((participantId: string | null) => {
      setHandingOver(false);
      setVoterId(participantId);
    }, []),
    stop: useCallback(() => {
      setVoterId(null);
      setHandingOver(false);
    }, []),
  };
}
