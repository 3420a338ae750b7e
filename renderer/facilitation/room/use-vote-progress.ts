import { useCallback, useState } from 'react';
import type { RoomVoteProgress } from '../../../shared/room/room-status';
import { call } from '../../api/client';
import { useRoomTopic } from './use-room-topic';

/** How many in the room have voted in an open session, and how many said they are done: counts, never dots. */
export function useVoteProgress(workshopId: string, sessionId: string | null): RoomVoteProgress | null {
  const [progress, setProgress] = useState<RoomVoteProgress | null>(null);
  const reload = useCallback(() => {
    if (!sessionId) return setProgress(null);
    // A passing failure (the room just closed) keeps the last count; the next change or poll corrects it.
    call('room.voteProgress', { sessionId }).then(setProgress, () => undefined);
  }, [sessionId]);
  useRoomTopic(workshopId, 'votes', reload);
  return progress?.sessionId === sessionId ? progress : null;
}
