import type { Database } from 'better-sqlite3';
import type { ParkedIdea, PlacedIdea } from '../../../shared/api/room-contract';
import { topZ } from '../../../shared/editing/commands';
import { newId } from '../../../shared/model/ids';
import { createNode } from '../../../shared/model/node-factory';
import { noteColorOfIdea, type IdeaKind, type IdeaState, type OwnIdea, type RoomIdea } from '../../../shared/room/room-idea';
import type { Clock } from '../clock';
import { addParkingLotItem } from '../facilitation/parking-lot-repository';
import { applyMapChanges, getMapMeta, loadMap } from '../map-repository';
import { InvalidChangeError, NotFoundError } from '../store-errors';
import { touchWorkshop } from '../workshop-repository';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

/**
 * The "From the room" inbox. An idea is written once by a phone and then only moves between
 * states; placing it on a map goes through the map's own save path (so every window sees the note
 * arrive) in the same transaction that marks it placed: an idea is on the map or in the inbox,
 * never both, never neither.
 */
type IdeaRow = {
  id: string;
  workshop_id: string;
  participant_id: string | null;
  author: string;
  text: string;
  kind: IdeaKind | null;
  state: IdeaState;
  hidden: number;
  merged_into: string | null;
  created_at: string;
};

function toIdea(row: IdeaRow): RoomIdea {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    participantId: row.participant_id,
    author: row.author,
    text: row.text,
    kind: row.kind,
    state: row.state,
    hidden: row.hidden === 1,
    mergedInto: row.merged_into,
    createdAt: row.created_at,
  };
}

export type NewIdea = {
  workshopId: string;
  deviceId: string;
  participantId: string;
  author: string;
  text: string;
  kind: IdeaKind | null;
  hidden: boolean;
};

export function addIdea(db: Database, idea: NewIdea, clock: Clock): string {
  const id = newId();
  db.prepare(
    `INSERT INTO room_ideas (id, workshop_id, device_id, participant_id, author, text, kind, state, hidden, merged_into, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?, NULL, ?)`,
  ).run(id, idea.workshopId, idea.deviceId, idea.participantId, idea.author, idea.text, idea.kind, idea.hidden ? 1 : 0, clock().toISOString());
  return id;
}

export function listIdeas(db: Database, workshopId: string): RoomIdea[] {
  return db
    .prepare<[string], IdeaRow>('SELECT * FROM room_ideas WHERE workshop_id = ? ORDER BY created_at DESC, rowid DESC')
    .all(workshopId)
    .map(toIdea);
}

export function ownIdeas(db: Database, workshopId: string, participantId: string): OwnIdea[] {
  return db
    .prepare<[string, string], IdeaRow>('SELECT * FROM room_ideas WHERE workshop_id = ? AND participant_id = ? ORDER BY created_at DESC, rowid DESC')
    .all(workshopId, participantId)
    .map((row) => ({ id: row.id, text: row.text, kind: row.kind, state: row.state, createdAt: row.created_at }));
}

export function ideasOfDevice(db: Database, deviceId: string): number {
  return db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM room_ideas WHERE device_id = ?').get(deviceId)?.count ?? 0;
}

export function ideaCounts(db: Database, workshopId: string): { newIdeas: number; hiddenIdeas: number } {
  return (
    db
      .prepare<[string], { newIdeas: number; hiddenIdeas: number }>(
        "SELECT count(*) FILTER (WHERE state = 'new') AS newIdeas, count(*) FILTER (WHERE hidden = 1) AS hiddenIdeas FROM room_ideas WHERE workshop_id = ?",
      )
      .get(workshopId) ?? { newIdeas: 0, hiddenIdeas: 0 }
  );
}

function getIdea(db: Database, id: string): RoomIdea {
  const row = db.prepare<[string], IdeaRow>('SELECT * FROM room_ideas WHERE id = ?').get(id);
  if (!row) throw new NotFoundError(apiRefusalWords()('ideas.gone', { id }));
  return toIdea(row);
}

function requireNew(idea: RoomIdea): void {
  if (idea.state !== 'new') throw new InvalidChangeError(apiRefusalWords()(`ideas.notInInbox.${idea.state}`));
}

function setState(db: Database, id: string, state: IdeaState, mergedInto: string | null = null): void {
  db.prepare('UPDATE room_ideas SET state = ?, merged_into = ? WHERE id = ?').run(state, mergedInto, id);
}

export function placeIdea(db: Database, ideaId: string, mapId: string, at: { x: number; y: number }, clock: Clock): PlacedIdea {
  const idea = getIdea(db, ideaId);
  const meta = getMapMeta(db, mapId);
  if (meta.workshopId !== idea.workshopId) throw new InvalidChangeError(apiRefusalWords()('map.otherWorkshop'));
  const placed = db
    .transaction(() => {
      requireNew(getIdea(db, ideaId));
      const node = createNode({
        id: newId(),
        kind: 'sticky-note',
        at,
        z: topZ(loadMap(db, mapId)) + 1,
        text: idea.text,
        color: noteColorOfIdea(idea.kind),
      });
      const { revision } = applyMapChanges(db, mapId, [{ op: 'putNode', node }], clock);
      setState(db, ideaId, 'placed');
      return { node, revision };
    })
    .immediate();
  return { ideas: listIdeas(db, idea.workshopId), ...placed };
}

export function parkIdea(db: Database, ideaId: string, clock: Clock): ParkedIdea {
  const idea = getIdea(db, ideaId);
  const parkingLot = db
    .transaction(() => {
      requireNew(getIdea(db, ideaId));
      setState(db, ideaId, 'parked');
      return addParkingLotItem(db, idea.workshopId, idea.text, noteColorOfIdea(idea.kind), clock);
    })
    .immediate();
  return { ideas: listIdeas(db, idea.workshopId), parkingLot };
}

export function mergeIdeas(db: Database, intoId: string, ideaIds: readonly string[], clock: Clock): RoomIdea[] {
  const into = getIdea(db, intoId);
  db.transaction(() => {
    requireNew(into);
    for (const id of new Set(ideaIds)) {
      if (id === intoId) throw new InvalidChangeError(apiRefusalWords()('ideas.intoItself'));
      const idea = getIdea(db, id);
      if (idea.workshopId !== into.workshopId) throw new InvalidChangeError(apiRefusalWords()('ideas.differentWorkshops'));
      requireNew(idea);
      setState(db, id, 'merged', intoId);
    }
    touchWorkshop(db, into.workshopId, clock);
  }).immediate();
  return listIdeas(db, into.workshopId);
}

export function dismissIdea(db: Database, ideaId: string, clock: Clock): RoomIdea[] {
  const idea = getIdea(db, ideaId);
  db.transaction(() => {
    requireNew(getIdea(db, ideaId));
    setState(db, ideaId, 'dismissed');
    touchWorkshop(db, idea.workshopId, clock);
  }).immediate();
  return listIdeas(db, idea.workshopId);
}

/** Back to the inbox. Placed and parked ideas live on as notes now; undo those where they went. */
export function restoreIdea(db: Database, ideaId: string, clock: Clock): RoomIdea[] {
  const idea = getIdea(db, ideaId);
  if (idea.state !== 'dismissed' && idea.state !== 'merged') {
    throw new InvalidChangeError(apiRefusalWords()('ideas.onlyBackFromDismissed'));
  }
  db.transaction(() => {
    setState(db, ideaId, 'new');
    touchWorkshop(db, idea.workshopId, clock);
  }).immediate();
  return listIdeas(db, idea.workshopId);
}

export function showIdeas(db: Database, workshopId: string, shown: boolean): RoomIdea[] {
  db.prepare('UPDATE room_ideas SET hidden = ? WHERE workshop_id = ?').run(shown ? 0 : 1, workshopId);
  return listIdeas(db, workshopId);
}
