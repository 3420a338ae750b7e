import type { Migration } from './migration';

/**
 * Future state: the answers to the eight future-state questions, one row per answered question
 * of a future-state map, and the action plan that grows from the map's kaizen bursts. Both go
 * with their map, and with their workshop. An action's step and burst are node ids on its map,
 * not keys: a node deleted later leaves the action standing.
 */
export const futureState: Migration = {
  version: 3,
  name: 'future-state',
  up: (db) => {
    db.exec(`
      CREATE TABLE future_state_answers (
        map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
        question TEXT NOT NULL CHECK (question IN (
          'takt', 'finished-goods', 'continuous-flow', 'supermarket-pull',
          'pacemaker', 'level-mix', 'level-volume', 'process-improvements'
        )),
        answer TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (map_id, question)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
        what TEXT NOT NULL,
        owner TEXT NOT NULL,
        due_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
        step_node_id TEXT,
        kaizen_node_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX actions_by_workshop ON actions (workshop_id, created_at);
      CREATE INDEX actions_by_map ON actions (map_id);
    `);
  },
};
