import type { Migration } from './migration';

/**
 * The log of committed change lists of every map, one row per revision, so that a save made
 * against an older revision can be rebased over what other windows saved since, and every open
 * window can be sent the changes it has not seen. `seq` orders all maps' commits for the live
 * feed and is never reused (AUTOINCREMENT), so pruning old rows cannot make a window miss one.
 */
export const mapChangeLog: Migration = {
  version: 4,
  name: 'map-change-log',
  up: (db) => {
    db.exec(`
      CREATE TABLE map_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        client_id TEXT,
        changes TEXT NOT NULL,
        -- The text and kind of the nodes the change list removed, so a clash can name them after they are gone.
        removed_nodes TEXT NOT NULL DEFAULT '[]',
        committed_at TEXT NOT NULL,
        UNIQUE (map_id, revision)
      ) STRICT;
    `);
  },
};
