import type { Migration } from './migration';

/**
 * Facilitation: the people in the room, the agenda and its timer, dot votes, the parking lot and
 * what the projector shows. Everything belongs to a workshop and goes with it when it is deleted.
 */
export const facilitation: Migration = {
  version: 2,
  name: 'facilitation',
  up: (db) => {
    db.exec(`
      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        initials TEXT NOT NULL,
        color TEXT NOT NULL
      ) STRICT;
      CREATE INDEX participants_by_workshop ON participants (workshop_id, position);

      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes > 0),
        actual_seconds INTEGER NOT NULL DEFAULT 0 CHECK (actual_seconds >= 0),
        is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
        notes TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX agenda_items_by_workshop ON agenda_items (workshop_id, position);
      CREATE UNIQUE INDEX agenda_one_current ON agenda_items (workshop_id) WHERE is_current = 1;

      -- One timer per workshop, anchored to the wall clock (see shared/facilitation/timer.ts).
      CREATE TABLE timers (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
        status TEXT NOT NULL CHECK (status IN ('idle', 'running', 'paused')),
        running_since_ms INTEGER,
        elapsed_before_ms INTEGER NOT NULL CHECK (elapsed_before_ms >= 0),
        agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
        CHECK ((status = 'running') = (running_since_ms IS NOT NULL))
      ) STRICT;

      CREATE TABLE voting_sessions (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        target_kinds TEXT NOT NULL,
        votes_per_participant INTEGER NOT NULL CHECK (votes_per_participant > 0),
        max_votes_per_item INTEGER NOT NULL CHECK (max_votes_per_item > 0),
        visibility TEXT NOT NULL CHECK (visibility IN ('secret', 'open')),
        mode TEXT NOT NULL CHECK (mode IN ('pass-the-laptop', 'facilitator-entry', 'open-clicking')),
        status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'revealed')),
        created_at TEXT NOT NULL,
        closed_at TEXT,
        revealed_at TEXT
      ) STRICT;
      CREATE INDEX voting_sessions_by_workshop ON voting_sessions (workshop_id, created_at);

      -- One row per dot. A participant who has voted cannot be deleted (no cascade): results stay.
      CREATE TABLE votes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL REFERENCES voting_sessions(id) ON DELETE CASCADE,
        participant_id TEXT REFERENCES participants(id),
        node_id TEXT NOT NULL,
        cast_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX votes_by_session ON votes (session_id, participant_id, node_id);
      CREATE INDEX votes_by_participant ON votes (participant_id);

      CREATE TABLE parking_lot_items (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        color TEXT NOT NULL,
        note TEXT,
        from_map_id TEXT REFERENCES maps(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX parking_lot_by_workshop ON parking_lot_items (workshop_id, position);

      CREATE TABLE presentation_states (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
        map_id TEXT REFERENCES maps(id) ON DELETE SET NULL,
        results_session_id TEXT REFERENCES voting_sessions(id) ON DELETE SET NULL,
        view TEXT NOT NULL CHECK (view IN ('map', 'dots', 'heat'))
      ) STRICT;
    `);
  },
};
