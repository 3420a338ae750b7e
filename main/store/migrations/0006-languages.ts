import type { Migration } from './migration';

/**
 * Each workshop's language, so its report and exports are written in the room's language (NULL
 * for a workshop made before: it follows the app's language), and the app's own settings, one
 * row per key (the locale the user chose over the system's).
 */
export const languages: Migration = {
  version: 6,
  name: 'languages',
  up: (db) => {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN language TEXT CHECK (language IN ('en', 'de', 'fr', 'es'));
      CREATE TABLE app_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    `);
  },
};
