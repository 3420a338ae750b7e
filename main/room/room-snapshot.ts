import type { Database } from 'better-sqlite3';
import { isVotableKind, type VotingSession } from '../../shared/facilitation/voting';
import type { IdeaMode } from '../../shared/room/room-idea';
import { newId } from '../../shared/model/ids';
import type { RoomSnapshot, RoomVoteItem, RoomVoteState } from '../../shared/room/participant-view';
import { isOneOf } from '../../shared/util/is-one-of';
import { VOTE_TARGET_KINDS } from '../../shared/facilitation/voting';
import { kindName } from '../../shared/vsm/node-roles';
import { listAgenda } from '../store/facilitation/agenda-repository';
import { listParticipants } from '../store/facilitation/participant-repository';
import { getPresentation } from '../store/facilitation/presentation-repository';
import { getTimer } from '../store/facilitation/timer-repository';
import { listVotingSessions } from '../store/facilitation/voting-repository';
import { getMapMeta, loadMap } from '../store/map-repository';
import { ballotsOf, doneParticipants } from '../store/room/room-done';
import { getWorkshop } from '../store/workshop-repository';

/**
 * The room's state as every phone shares it, read in one go; each phone's view is then narrowed
 * from it by `participantView` (shared/room), which is where secret dots are kept secret. The
 * vote's items are read from the map only when the map's revision moves on: a burst of dots
 * re-reads the dots, not the map. Every read is stamped with its place in this reader's run, so a
 * phone can tell the newer of two views that crossed on the way.
 */
export type RoomSnapshotReader = (db: Database, workshopId: string, ideaMode: IdeaMode, nowMs: number) => RoomSnapshot;

export function createRoomSnapshotReader(): RoomSnapshotReader {
  let items: { key: string; items: RoomVoteItem[] } | null = null;
  const run = newId();
  let reads = 0;

  function itemsOf(db: Database, session: VotingSession): RoomVoteItem[] {
    const key = `${session.id}:${session.targetKinds.join()}:${getMapMeta(db, session.mapId).revision}`;
    if (items?.key !== key) items = { key, items: readItems(db, session) };
    return items.items;
  }

  function roomVote(db: Database, workshopId: string): RoomVoteState | null {
    const session = chooseSession(listVotingSessions(db, workshopId));
    if (!session) return null;
    return { session, items: itemsOf(db, session), votes: ballotsOf(db, session.id), doneParticipantIds: doneParticipants(db, session.id) };
  }

  return (db, workshopId, ideaMode, nowMs) => {
    const vote = roomVote(db, workshopId);
    return {
      workshopTitle: getWorkshop(db, workshopId).title,
      participants: listParticipants(db, workshopId),
      agenda: listAgenda(db, workshopId),
      timer: getTimer(db, workshopId),
      ideaMode,
      vote,
      mapId: getPresentation(db, workshopId).mapId ?? vote?.session.mapId ?? null,
      nowMs,
      built: { run, read: ++reads },
    };
  };
}

/** The vote phones show: the newest open session, else the newest one if its results are revealed. */
function chooseSession(sessions: readonly VotingSession[]): VotingSession | undefined {
  const open = sessions.find((session) => session.status === 'open');
  if (open) return open;
  return sessions[0]?.status === 'revealed' ? sessions[0] : undefined;
}

function readItems(db: Database, session: VotingSession): RoomVoteItem[] {
  return loadMap(db, session.mapId).nodes.flatMap((node) =>
    isOneOf(VOTE_TARGET_KINDS, node.kind) && isVotableKind(session, node.kind)
      ? [{ nodeId: node.id, label: node.text.trim() || kindName(node.kind), kind: node.kind }]
      : [],
  );
}
