import type { Database } from 'better-sqlite3';
import type { Clock } from '../clock';

/** Every dot of a vote, who and where only: what the phones' views are counted from. */
export function ballotsOf(db: Database, sessionId: string): { participantId: string | null; nodeId: string }[] {
  return db
    .prepare<[string], { participantId: string | null; nodeId: string }>(
      'SELECT participant_id AS participantId, node_id AS nodeId FROM votes WHERE session_id = ?',
    )
    .all(sessionId);
}

/** How many people have placed at least one dot in a vote: the count a secret vote may show. */
export function countVoters(db: Database, sessionId: string): number {
  return (
    db
      .prepare<[string], { count: number }>(
        'SELECT count(DISTINCT participant_id) AS count FROM votes WHERE session_id = ? AND participant_id IS NOT NULL',
      )
      .get(sessionId)?.count ?? 0
  );
}

/** Who said "I'm done" in a vote. */
export function doneParticipants(db: Database, sessionId: string): string[] {
  return db
    .prepare<[string], { participant_id: string }>('SELECT participant_id FROM room_done WHERE session_id = ? ORDER BY done_at')
    .all(sessionId)
    .map((row) => row.participant_id);
}

export function setDone(db: Database, sessionId: string, participantId: string, done: boolean, clock: Clock): void {
  if (done) {
    db.prepare('INSERT OR IGNORE INTO room_done (session_id, participant_id, done_at) VALUES (?, ?, ?)').run(
      sessionId,
      participantId,
      clock().toISOString(),
    );
  } else {
    db.prepare('DELETE FROM room_done WHERE session_id = ? AND participant_id = ?').run(sessionId, participantId);
  }
}
