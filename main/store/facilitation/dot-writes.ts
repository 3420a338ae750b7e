import type { Database } from 'better-sqlite3';
import type { VotingSessionDetail } from '../../../shared/api/voting-contract';
import type { Ballot } from '../../../shared/facilitation/voting';
import type { Clock } from '../clock';
import { InvalidChangeError } from '../store-errors';
import { castVote, getVotingSessionDetail, retractVote } from './voting-repository';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

/**
 * The laptop's dots, each once. Every click carries a write id the window made when the person
 * clicked; the id is kept with the dot in the dot's own transaction, so a click sent again because
 * its answer was lost (the host died after storing it, a dropped connection) is answered with the
 * session as it is and never casts or takes back a second dot. The phones' writes work the same
 * way per device (`../room/room-writes.ts`).
 */
export type DotWrite = { channel: 'voting.cast' | 'voting.retract'; writeId: string; sessionId: string; ballot: Ballot };

type WriteRow = { channel: string; session_id: string; participant_id: string | null; node_id: string };

export function writeDotOnce(db: Database, write: DotWrite, clock: Clock): VotingSessionDetail {
  const { channel, writeId, sessionId, ballot } = write;
  db.transaction(() => {
    const earlier = db
      .prepare<[string], WriteRow>('SELECT channel, session_id, participant_id, node_id FROM vote_writes WHERE write_id = ?')
      .get(writeId);
    if (earlier) {
      const same =
        earlier.channel === channel &&
        earlier.session_id === sessionId &&
        earlier.participant_id === ballot.participantId &&
        earlier.node_id === ballot.nodeId;
      if (!same) throw new InvalidChangeError(apiRefusalWords()('vote.dotWriteIdReused'));
      return;
    }
    if (channel === 'voting.cast') castVote(db, sessionId, ballot, clock);
    else retractVote(db, sessionId, ballot, clock);
    db.prepare('INSERT INTO vote_writes (write_id, session_id, channel, participant_id, node_id, written_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      writeId,
      sessionId,
      channel,
      ballot.participantId,
      ballot.nodeId,
      clock().toISOString(),
    );
  }).immediate();
  return getVotingSessionDetail(db, sessionId);
}
