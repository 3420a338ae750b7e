import type { Migration } from './migration';

/**
 * Each workshop's language, so its report and exports are written in the room's language. NULL
 * for a workshop made before: it follows the app's language. Numbered 0006 because 0005 is the
 * room's; the version follows the migrations before it in MIGRATIONS.
 */
export const workshopLanguage: Migration = {
  version: 5,
  name: 'workshop-language',
  up: (db) => {
    db.exec(`ALTER TABLE workshops ADD COLUMN language TEXT CHECK (language IN ('en', 'de', 'fr', 'es'))`);
  },
};
