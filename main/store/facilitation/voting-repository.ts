import type { Database } from 'better-sqlite3';
import type { VotingSessionDetail } from '../../../shared/api/voting-contract';
import type { Ballot, Vote, VotingSession, VotingSetup, VotingStatus } from '../../../shared/facilitation/voting';
import { votedItemLabel } from '../../../shared/facilitation/voting-results';
import { canCastVote, canChangeStatus, canRetractVote, type VotingContext } from '../../../shared/facilitation/voting-rules';
import { newId } from '../../../shared/model/ids';
import type { NodeKind } from '../../../shared/model/node-kinds';
import type { Clock } from '../clock';
import { getMapMeta } from '../map-repository';
import { InvalidChangeError, NotFoundError, VoteRefusedError } from '../store-errors';
import { touchWorkshop } from '../workshop-repository';
import { toVote, toVotingSession, type VoteRow, type VotingSessionRow } from './facilitation-rows';
import { listParticipants } from './participant-repository';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

export function listVotingSessions(db: Database, workshopId: string): VotingSession[] {
  return db
    .prepare<[string], VotingSessionRow>('SELECT * FROM voting_sessions WHERE workshop_id = ? ORDER BY created_at DESC, id')
    .all(workshopId)
    .map(toVotingSession);
}

export function getVotingSession(db: Database, sessionId: string): VotingSession {
  const row = db.prepare<[string], VotingSessionRow>('SELECT * FROM voting_sessions WHERE id = ?').get(sessionId);
  if (!row) throw new NotFoundError(apiRefusalWords()('vote.sessionGone', { id: sessionId }));
  return toVotingSession(row);
}

function votesOf(db: Database, sessionId: string): Vote[] {
  return db.prepare<[string], VoteRow>('SELECT * FROM votes WHERE session_id = ? ORDER BY cast_at, rowid').all(sessionId).map(toVote);
}

/** Labels for the voted items: the node's text on the map, else its kind; parked notes by their text. */
function labelsOf(db: Database, session: VotingSession, votes: readonly Vote[]): Record<string, string> {
  const onMap = db.prepare<[string, string], { text: string; kind: NodeKind }>(
    "SELECT json_extract(body, '$.text') AS text, json_extract(body, '$.kind') AS kind FROM nodes WHERE map_id = ? AND id = ?",
  );
  const parked = db.prepare<[string, string], { text: string }>(
    "SELECT text FROM parking_lot_items WHERE workshop_id = ? AND json_extract(note, '$.id') = ?",
  );
  const labels: Record<string, string> = {};
  for (const nodeId of new Set(votes.map((vote) => vote.nodeId))) {
    const node = onMap.get(session.mapId, nodeId);
    const inParkingLot = node ? undefined : parked.get(session.workshopId, nodeId);
    labels[nodeId] = votedItemLabel(node, inParkingLot?.text);
  }
  return labels;
}

export function getVotingSessionDetail(db: Database, sessionId: string): VotingSessionDetail {
  const session = getVotingSession(db, sessionId);
  const votes = votesOf(db, sessionId);
  return { session, votes, labels: labelsOf(db, session, votes) };
}

export function createVotingSession(db: Database, workshopId: string, mapId: string, setup: VotingSetup, clock: Clock): VotingSession {
  const map = getMapMeta(db, mapId);
  if (map.workshopId !== workshopId) throw new InvalidChangeError(apiRefusalWords()('map.otherWorkshop'));
  const id = newId();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO voting_sessions (id, workshop_id, map_id, title, target_kinds, votes_per_participant, max_votes_per_item,
         visibility, mode, status, created_at, closed_at, revealed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, NULL, NULL)`,
    ).run(
      id,
      workshopId,
      mapId,
      setup.title,
      JSON.stringify(setup.targetKinds),
      setup.votesPerParticipant,
      setup.maxVotesPerItem,
      setup.visibility,
      setup.mode,
      clock().toISOString(),
    );
    touchWorkshop(db, workshopId, clock);
  })();
  return getVotingSession(db, id);
}

function contextOf(db: Database, session: VotingSession): VotingContext {
  return { session, participants: listParticipants(db, session.workshopId), votes: votesOf(db, session.id) };
}

function kindOnMap(db: Database, mapId: string, nodeId: string): NodeKind | undefined {
  return db
    .prepare<[string, string], { kind: NodeKind }>("SELECT json_extract(body, '$.kind') AS kind FROM nodes WHERE map_id = ? AND id = ?")
    .get(mapId, nodeId)?.kind;
}

/** Places one dot if the rules allow it; otherwise refuses and saves nothing. */
export function castVote(db: Database, sessionId: string, ballot: Ballot, clock: Clock): VotingSessionDetail {
  db.transaction(() => {
    const session = getVotingSession(db, sessionId);
    const check = canCastVote(contextOf(db, session), ballot, kindOnMap(db, session.mapId, ballot.nodeId));
    if (!check.ok) throw new VoteRefusedError(check.message);
    db.prepare('INSERT INTO votes (id, workshop_id, session_id, participant_id, node_id, cast_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      newId(),
      session.workshopId,
      sessionId,
      ballot.participantId,
      ballot.nodeId,
      clock().toISOString(),
    );
    touchWorkshop(db, session.workshopId, clock);
  }).immediate();
  return getVotingSessionDetail(db, sessionId);
}

/** Takes back the voter's most recent dot on the item, while voting is open. */
export function retractVote(db: Database, sessionId: string, ballot: Ballot, clock: Clock): VotingSessionDetail {
  db.transaction(() => {
    const session = getVotingSession(db, sessionId);
    const check = canRetractVote(contextOf(db, session), ballot);
    if (!check.ok) throw new VoteRefusedError(check.message);
    db.prepare(
      `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE session_id = ? AND participant_id IS ? AND node_id = ?
       ORDER BY cast_at DESC, rowid DESC LIMIT 1)`,
    ).run(sessionId, ballot.participantId, ballot.nodeId);
    touchWorkshop(db, session.workshopId, clock);
  }).immediate();
  return getVotingSessionDetail(db, sessionId);
}

export function setVotingStatus(db: Database, sessionId: string, status: VotingStatus, clock: Clock): VotingSessionDetail {
  db.transaction(() => {
    const session = getVotingSession(db, sessionId);
    const check = canChangeStatus(session.status, status);
    if (!check.ok) throw new InvalidChangeError(check.message);
    if (session.status === status) return;
    const now = clock().toISOString();
    db.prepare(
      `UPDATE voting_sessions SET status = ?,
         closed_at = CASE WHEN ? = 'open' THEN NULL ELSE coalesce(closed_at, ?) END,
         revealed_at = CASE WHEN ? = 'revealed' THEN ? ELSE NULL END
       WHERE id = ?`,
    ).run(status, status, now, status, now, sessionId);
    touchWorkshop(db, session.workshopId, clock);
  }).immediate();
  return getVotingSessionDetail(db, sessionId);
}

export function deleteVotingSession(db: Database, sessionId: string, clock: Clock): { id: string } {
  const session = getVotingSession(db, sessionId);
  db.transaction(() => {
    db.prepare('DELETE FROM voting_sessions WHERE id = ?').run(sessionId);
    touchWorkshop(db, session.workshopId, clock);
  })();
  return { id: sessionId };
}
