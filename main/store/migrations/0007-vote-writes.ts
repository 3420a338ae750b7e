import type { Migration } from './migration';

/**
 * The write ids of the laptop's own dots (pass-the-laptop, open clicking, the facilitator's entry),
 * each kept with the dot it cast or took back, so a click sent again after the host went away
 * before answering is answered without counting twice. A table, not `app_settings`: one row per
 * click, written in the dot's own transaction and gone with its session.
 */
export const voteWrites: Migration = {
  version: 7,
  name: 'vote-writes',
  up: (db) => {
    db.exec(`
      CREATE TABLE vote_writes (
        write_id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES voting_sessions(id) ON DELETE CASCADE,
        channel TEXT NOT NULL CHECK (channel IN ('voting.cast', 'voting.retract')),
        participant_id TEXT,
        node_id TEXT NOT NULL,
        written_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX vote_writes_by_session ON vote_writes (session_id);
    `);
  },
};
