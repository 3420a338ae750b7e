import type { Database } from 'better-sqlite3';
import { newId } from '../../../shared/model/ids';
import type { AgendaItemRow, ParkingLotRow, ParticipantRow, TimerRow, VoteRow, VotingSessionRow } from './facilitation-rows';

/**
 * Copies a workshop's facilitation data into its duplicate: participants, agenda, timer, voting
 * sessions with every vote, parking lot and projector state. Every row gets a new id, and every
 * reference is rewritten to the copy's rows (`mapIds` maps original maps to their copies); node
 * ids stay, because a copied map keeps its nodes' ids. Runs inside the caller's transaction.
 */
export function duplicateFacilitation(db: Database, fromId: string, toId: string, mapIds: ReadonlyMap<string, string>): void {
  const participantIds = copyParticipants(db, fromId, toId);
  const agendaIds = copyAgenda(db, fromId, toId);
  copyTimer(db, fromId, toId, agendaIds);
  const sessionIds = copyVoting(db, fromId, toId, mapIds, participantIds);
  copyParkingLot(db, fromId, toId, mapIds);
  copyPresentation(db, fromId, toId, mapIds, sessionIds);
}

function rowsOf<Row>(db: Database, table: string, workshopId: string): Row[] {
  return db.prepare<[string], Row>(`SELECT * FROM ${table} WHERE workshop_id = ? ORDER BY rowid`).all(workshopId);
}

function mapped(ids: ReadonlyMap<string, string>, id: string | null): string | null {
  return id === null ? null : (ids.get(id) ?? null);
}

function copyParticipants(db: Database, fromId: string, toId: string): Map<string, string> {
  const ids = new Map<string, string>();
  const insert = db.prepare('INSERT INTO participants (id, workshop_id, position, name, initials, color) VALUES (?, ?, ?, ?, ?, ?)');
  for (const row of rowsOf<ParticipantRow>(db, 'participants', fromId)) {
    ids.set(row.id, newId());
    insert.run(ids.get(row.id), toId, row.position, row.name, row.initials, row.color);
  }
  return ids;
}

function copyAgenda(db: Database, fromId: string, toId: string): Map<string, string> {
  const ids = new Map<string, string>();
  const insert = db.prepare(
    `INSERT INTO agenda_items (id, workshop_id, position, title, planned_minutes, actual_seconds, is_current, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rowsOf<AgendaItemRow>(db, 'agenda_items', fromId)) {
    ids.set(row.id, newId());
    insert.run(ids.get(row.id), toId, row.position, row.title, row.planned_minutes, row.actual_seconds, row.is_current, row.notes);
  }
  return ids;
}

function copyTimer(db: Database, fromId: string, toId: string, agendaIds: ReadonlyMap<string, string>): void {
  const insert = db.prepare(
    `INSERT INTO timers (workshop_id, duration_ms, status, running_since_ms, elapsed_before_ms, agenda_item_id)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rowsOf<TimerRow>(db, 'timers', fromId)) {
    insert.run(toId, row.duration_ms, row.status, row.running_since_ms, row.elapsed_before_ms, mapped(agendaIds, row.agenda_item_id));
  }
}

function copyVoting(
  db: Database,
  fromId: string,
  toId: string,
  mapIds: ReadonlyMap<string, string>,
  participantIds: ReadonlyMap<string, string>,
): Map<string, string> {
  const ids = new Map<string, string>();
  const insertSession = db.prepare(
    `INSERT INTO voting_sessions (id, workshop_id, map_id, title, target_kinds, votes_per_participant, max_votes_per_item,
       visibility, mode, status, created_at, closed_at, revealed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rowsOf<VotingSessionRow>(db, 'voting_sessions', fromId)) {
    ids.set(row.id, newId());
    insertSession.run(
      ids.get(row.id),
      toId,
      mapIds.get(row.map_id),
      row.title,
      row.target_kinds,
      row.votes_per_participant,
      row.max_votes_per_item,
      row.visibility,
      row.mode,
      row.status,
      row.created_at,
      row.closed_at,
      row.revealed_at,
    );
  }
  const insertVote = db.prepare('INSERT INTO votes (id, workshop_id, session_id, participant_id, node_id, cast_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const row of rowsOf<VoteRow>(db, 'votes', fromId)) {
    insertVote.run(newId(), toId, ids.get(row.session_id), mapped(participantIds, row.participant_id), row.node_id, row.cast_at);
  }
  return ids;
}

function copyParkingLot(db: Database, fromId: string, toId: string, mapIds: ReadonlyMap<string, string>): void {
  const insert = db.prepare(
    `INSERT INTO parking_lot_items (id, workshop_id, position, text, color, note, from_map_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rowsOf<ParkingLotRow>(db, 'parking_lot_items', fromId)) {
    insert.run(newId(), toId, row.position, row.text, row.color, row.note, mapped(mapIds, row.from_map_id), row.created_at);
  }
}

function copyPresentation(
  db: Database,
  fromId: string,
  toId: string,
  mapIds: ReadonlyMap<string, string>,
  sessionIds: ReadonlyMap<string, string>,
): void {
  type Row = { map_id: string | null; results_session_id: string | null; view: string };
  const insert = db.prepare('INSERT INTO presentation_states (workshop_id, map_id, results_session_id, view) VALUES (?, ?, ?, ?)');
  for (const row of rowsOf<Row>(db, 'presentation_states', fromId)) {
    insert.run(toId, mapped(mapIds, row.map_id), mapped(sessionIds, row.results_session_id), row.view);
  }
}
