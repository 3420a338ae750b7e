import { useEffect, useState } from 'react';
import type { OpenRoom, RoomVoteProgress } from '../../shared/room/room-status';
import { call } from '../api/client';
import { openVoteProgress } from '../facilitation/room/use-vote-progress';

const POLL_MS = 1000;

export type ProjectorRoom = { room: OpenRoom | null; progress: RoomVoteProgress | null };

/**
 * The room as the projector shows it: the join details while this workshop's room is open, and
 * how many have voted in the vote open on the map shown (counts only, never dots). Polled, like
 * the rest of the projector, so it needs no channel of its own.
 */
export function useProjectorRoom(workshopId: string, mapId: string | null): ProjectorRoom {
  const [state, setState] = useState<ProjectorRoom>({ room: null, progress: null });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    async function poll() {
      try {
        const status = await call('room.status', {});
        const room = status.open && status.workshopId === workshopId ? status : null;
        const progress = room && mapId ? await openVoteProgress(workshopId, mapId) : null;
        if (!stopped) setState({ room, progress });
      } catch {
        // The projector keeps its last picture through a passing failure, as its main feed does.
      } finally {
        if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
      }
    }
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [workshopId, mapId]);
  return state;
}
