import { useEffect, useState } from 'react';
import { isInInbox, type RoomIdea } from '../../shared/room/room-idea';
import type { OpenRoom, RoomVoteProgress } from '../../shared/room/room-status';
import { call } from '../api/client';
import { openVoteProgress } from '../facilitation/room/use-vote-progress';

const POLL_MS = 1000;

export type ProjectorRoom = {
  room: OpenRoom | null;
  progress: RoomVoteProgress | null;
  /** Ideas from phones waiting in the inbox that the room may see; hidden ones only count. */
  ideas: { shown: RoomIdea[]; hidden: number };
};

const NO_IDEAS = { shown: [], hidden: 0 };

/**
 * The room as the projector shows it: the join details while this workshop's room is open, how
 * many have voted in the vote open on the map shown (counts only, never dots), and the ideas from
 * phones waiting in the inbox (during silent brainstorming only how many, until they are shown). Polled, like
 * the rest of the projector, so it needs no channel of its own.
 */
export function useProjectorRoom(workshopId: string, mapId: string | null): ProjectorRoom {
  const [state, setState] = useState<ProjectorRoom>({ room: null, progress: null, ideas: NO_IDEAS });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    async function poll() {
      try {
        const status = await call('room.status', {});
        const room = status.open && status.workshopId === workshopId ? status : null;
        const progress = room && mapId ? await openVoteProgress(workshopId, mapId) : null;
        const waiting = room && room.ideaMode !== 'off' ? (await call('room.ideas', { workshopId })).filter(isInInbox) : [];
        const ideas = { shown: waiting.filter((idea) => !idea.hidden), hidden: waiting.filter((idea) => idea.hidden).length };
        if (!stopped) setState({ room, progress, ideas });
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
