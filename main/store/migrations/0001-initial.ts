import type { Migration } from './migration';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        facilitator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE maps (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('current', 'future')),
        derived_from_map_id TEXT REFERENCES maps(id) ON DELETE SET NULL,
        settings TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX maps_by_workshop ON maps (workshop_id, position);

      -- A node's id is unique within its map, so a copied map keeps its nodes' ids.
      CREATE TABLE nodes (
        map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (map_id, id)
      ) STRICT, WITHOUT ROWID;

      -- No cascade from nodes: removing a node that a connector still attaches to is refused,
      -- exactly as the shared editing rules refuse it.
      CREATE TABLE connectors (
        map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        from_id TEXT NOT NULL,
        to_id TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (map_id, id),
        FOREIGN KEY (map_id, from_id) REFERENCES nodes (map_id, id),
        FOREIGN KEY (map_id, to_id) REFERENCES nodes (map_id, id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX connectors_by_from ON connectors (map_id, from_id);
      CREATE INDEX connectors_by_to ON connectors (map_id, to_id);
    `);
  },
};
