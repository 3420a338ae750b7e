import { useCallback, useState } from 'react';
import type { RoomVoteProgress } from '../../../shared/room/room-status';
import { call } from '../../api/client';
import { useRoomTopic } from './use-room-topic';

/**
 * How many in the room have voted in the vote open on a map, and how many said they are done:
 * counts, never dots. The open session is looked up each time, so a vote opened in another window
 * (or through the projector's laptop) is counted too. Null when no vote is open there.
 */
export async function openVoteProgress(workshopId: string, mapId: string): Promise<RoomVoteProgress | null> {
  const open = (await call('voting.list', { workshopId })).find((session) => session.status === 'open' && session.mapId === mapId);
  return open ? call('room.voteProgress', { sessionId: open.id }) : null;
}

export function useVoteProgress(workshopId: string, mapId: string | null): RoomVoteProgress | null {
  const [progress, setProgress] = useState<RoomVoteProgress | null>(null);
  const reload = useCallback(() => {
    if (!mapId) return setProgress(null);
    // A passing failure (the room just closed) keeps the last count; the next change or poll corrects it.
    openVoteProgress(workshopId, mapId).then(setProgress, () => undefined);
  }, [workshopId, mapId]);
  useRoomTopic(workshopId, 'votes', reload);
  return mapId ? progress : null;
}
