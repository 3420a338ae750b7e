import type { Migration } from './migration';

/**
 * The room: phones that joined by the room code, what they sent, and the write ids that make a
 * retry harmless. A device belongs to one opening of the room (`room_id`, new each time it opens),
 * so a token from an earlier opening never works again, even after a crash that left it
 * unrevoked. Tokens are stored only as their SHA-256.
 */
export const room: Migration = {
  version: 5,
  name: 'room',
  up: (db) => {
    db.exec(`
      CREATE TABLE room_devices (
        id TEXT PRIMARY KEY,
        room_id TEXT NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
        joined_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        revoked_at TEXT
      ) STRICT;
      CREATE INDEX room_devices_by_room ON room_devices (room_id);

      CREATE TABLE room_writes (
        device_id TEXT NOT NULL REFERENCES room_devices(id) ON DELETE CASCADE,
        write_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        -- What the write made (an idea's id), so a retry answers with the same thing.
        made_id TEXT,
        written_at TEXT NOT NULL,
        PRIMARY KEY (device_id, write_id)
      ) STRICT;

      CREATE TABLE room_ideas (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        device_id TEXT REFERENCES room_devices(id) ON DELETE SET NULL,
        participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        kind TEXT CHECK (kind IN ('problem', 'idea', 'question')),
        state TEXT NOT NULL CHECK (state IN ('new', 'placed', 'parked', 'merged', 'dismissed')),
        hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
        merged_into TEXT REFERENCES room_ideas(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX room_ideas_by_workshop ON room_ideas (workshop_id, created_at);

      CREATE TABLE room_done (
        session_id TEXT NOT NULL REFERENCES voting_sessions(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        done_at TEXT NOT NULL,
        PRIMARY KEY (session_id, participant_id)
      ) STRICT;
    `);
  },
};
