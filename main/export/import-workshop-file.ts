import type { Database } from 'better-sqlite3';
import type { WorkshopOverview } from '../../shared/api/workshop-contract';
import type { TimerState } from '../../shared/facilitation/timer';
import { newId } from '../../shared/model/ids';
import type { WorkshopFile } from '../../shared/workshop-file/workshop-file-schema';
import type { Clock } from '../store/clock';
import { getWorkshopOverview } from '../store/workshop-repository';

/**
 * Puts a validated workshop file into the store as a new workshop, never over an existing one:
 * every row gets a fresh id (node and connector ids stay, as in a duplicated workshop, so votes,
 * actions and lineage still point at the right nodes) and every reference is rewritten to the new
 * ids. All of it is written in one transaction, or none of it. The workshop is new here, so it is
 * created and updated now; a title that another workshop already has gets " (imported)". A timer
 * that was running when the file was written comes in paused at the time it showed then.
 */
export type ImportedWorkshop = { overview: WorkshopOverview; renamed: boolean };

const IMPORTED_SUFFIX = ' (imported)';

function freshIds(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id) => [id, newId()]));
}

function mapped(ids: ReadonlyMap<string, string>, id: string | null): string | null {
  return id === null ? null : ids.get(id)!;
}

function uniqueTitle(db: Database, title: string): string {
  const taken = db.prepare<[string], { id: string }>('SELECT id FROM workshops WHERE title = ?').get(title);
  return taken ? `${title.slice(0, 200 - IMPORTED_SUFFIX.length)}${IMPORTED_SUFFIX}` : title;
}

/** Stopped at the moment the file was written, so the imported timer shows what it showed then. */
export function pausedAtExport(timer: TimerState, exportedAt: string): TimerState {
  if (timer.status !== 'running') return { ...timer, runningSinceMs: null };
  const ran = timer.runningSinceMs === null ? 0 : Math.max(0, Date.parse(exportedAt) - timer.runningSinceMs);
  return { ...timer, status: 'paused', runningSinceMs: null, elapsedBeforeMs: timer.elapsedBeforeMs + ran };
}

export function importWorkshopFile(db: Database, file: WorkshopFile, clock: Clock): ImportedWorkshop {
  const workshopId = newId();
  const mapIds = freshIds(file.maps.map((map) => map.id));
  const participantIds = freshIds(file.participants.map((person) => person.id));
  const agendaIds = freshIds(file.agenda.map((item) => item.id));
  const sessionIds = freshIds(file.votingSessions.map((session) => session.id));
  const now = clock().toISOString();
  let renamed = false;

  db.transaction(() => {
    const title = uniqueTitle(db, file.workshop.title);
    renamed = title !== file.workshop.title;
    db.prepare('INSERT INTO workshops (id, title, date, facilitator, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      workshopId,
      title,
      file.workshop.date,
      file.workshop.facilitator,
      file.workshop.language ?? null,
      now,
      now,
    );
    insertMaps(db, file, workshopId, mapIds);
    insertFacilitation(db, file, workshopId, { mapIds, participantIds, agendaIds, sessionIds });
    insertFutureState(db, file, workshopId, mapIds);
  }).immediate();
  return { overview: getWorkshopOverview(db, workshopId), renamed };
}

function insertMaps(db: Database, file: WorkshopFile, workshopId: string, mapIds: ReadonlyMap<string, string>): void {
  const insertMap = db.prepare(
    `INSERT INTO maps (id, workshop_id, position, name, state, derived_from_map_id, settings, revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, 0, ?, ?)`,
  );
  const insertNode = db.prepare('INSERT INTO nodes (map_id, id, body) VALUES (?, ?, ?)');
  const insertConnector = db.prepare('INSERT INTO connectors (map_id, id, from_id, to_id, body) VALUES (?, ?, ?, ?, ?)');
  const setDerivedFrom = db.prepare('UPDATE maps SET derived_from_map_id = ? WHERE id = ?');
  const insertAnswer = db.prepare('INSERT INTO future_state_answers (map_id, question, answer, updated_at) VALUES (?, ?, ?, ?)');
  file.maps.forEach((map, position) => {
    const id = mapIds.get(map.id)!;
    insertMap.run(id, workshopId, position, map.name, map.state, JSON.stringify(map.settings), map.createdAt, map.updatedAt);
    for (const node of map.nodes) insertNode.run(id, node.id, JSON.stringify(node));
    for (const connector of map.connectors) insertConnector.run(id, connector.id, connector.fromId, connector.toId, JSON.stringify(connector));
    for (const answer of map.futureStateAnswers) insertAnswer.run(id, answer.question, answer.answer, answer.updatedAt);
  });
  for (const map of file.maps) {
    if (map.derivedFromMapId !== null) setDerivedFrom.run(mapIds.get(map.derivedFromMapId)!, mapIds.get(map.id)!);
  }
}

type IdMaps = {
  mapIds: ReadonlyMap<string, string>;
  participantIds: ReadonlyMap<string, string>;
  agendaIds: ReadonlyMap<string, string>;
  sessionIds: ReadonlyMap<string, string>;
};

function insertFacilitation(db: Database, file: WorkshopFile, workshopId: string, ids: IdMaps): void {
  const insertPerson = db.prepare('INSERT INTO participants (id, workshop_id, position, name, initials, color) VALUES (?, ?, ?, ?, ?, ?)');
  file.participants.forEach((person, position) =>
    insertPerson.run(ids.participantIds.get(person.id), workshopId, position, person.name, person.initials, person.color),
  );
  const insertItem = db.prepare(
    `INSERT INTO agenda_items (id, workshop_id, position, title, planned_minutes, actual_seconds, is_current, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  file.agenda.forEach((item, position) =>
    insertItem.run(
      ids.agendaIds.get(item.id),
      workshopId,
      position,
      item.title,
      item.plannedMinutes,
      item.actualSeconds,
      item.isCurrent ? 1 : 0,
      item.notes,
    ),
  );
  const timer = pausedAtExport(file.timer, file.exportedAt);
  db.prepare(
    `INSERT INTO timers (workshop_id, duration_ms, status, running_since_ms, elapsed_before_ms, agenda_item_id) VALUES (?, ?, ?, NULL, ?, ?)`,
  ).run(workshopId, timer.durationMs, timer.status, timer.elapsedBeforeMs, mapped(ids.agendaIds, timer.agendaItemId));
  insertVoting(db, file, workshopId, ids);
  const insertParked = db.prepare(
    `INSERT INTO parking_lot_items (id, workshop_id, position, text, color, note, from_map_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  file.parkingLot.forEach((item, position) =>
    insertParked.run(
      newId(),
      workshopId,
      position,
      item.text,
      item.color,
      item.note === null ? null : JSON.stringify(item.note),
      mapped(ids.mapIds, item.fromMapId),
      item.createdAt,
    ),
  );
  const { presentation } = file;
  db.prepare('INSERT INTO presentation_states (workshop_id, map_id, results_session_id, view) VALUES (?, ?, ?, ?)').run(
    workshopId,
    mapped(ids.mapIds, presentation.mapId),
    mapped(ids.sessionIds, presentation.resultsSessionId),
    presentation.view,
  );
}

function insertVoting(db: Database, file: WorkshopFile, workshopId: string, ids: IdMaps): void {
  const insertSession = db.prepare(
    `INSERT INTO voting_sessions (id, workshop_id, map_id, title, target_kinds, votes_per_participant, max_votes_per_item,
       visibility, mode, status, created_at, closed_at, revealed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVote = db.prepare('INSERT INTO votes (id, workshop_id, session_id, participant_id, node_id, cast_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const session of file.votingSessions) {
    const sessionId = ids.sessionIds.get(session.id)!;
    insertSession.run(
      sessionId,
      workshopId,
      ids.mapIds.get(session.mapId),
      session.title,
      JSON.stringify(session.targetKinds),
      session.votesPerParticipant,
      session.maxVotesPerItem,
      session.visibility,
      session.mode,
      session.status,
      session.createdAt,
      session.closedAt,
      session.revealedAt,
    );
    for (const vote of session.votes) {
      insertVote.run(newId(), workshopId, sessionId, mapped(ids.participantIds, vote.participantId), vote.nodeId, vote.castAt);
    }
  }
}

function insertFutureState(db: Database, file: WorkshopFile, workshopId: string, mapIds: ReadonlyMap<string, string>): void {
  const insertAction = db.prepare(
    `INSERT INTO actions (id, workshop_id, map_id, what, owner, due_date, status, step_node_id, kaizen_node_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const action of file.actions) {
    insertAction.run(
      newId(),
      workshopId,
      mapIds.get(action.mapId),
      action.what,
      action.owner,
      action.dueDate,
      action.status,
      action.stepNodeId,
      action.kaizenNodeId,
      action.createdAt,
      action.updatedAt,
    );
  }
}
