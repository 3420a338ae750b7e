import path from 'node:path';
import { languageInForce } from '../../shared/api/settings-contract';
import { isLanguage, languageOfLocale, type Language } from '../../shared/i18n/languages';
import { DATABASE_FILE_NAME } from '../store/open-database';
import { openReadOnly } from '../store/open-read-only';

/**
 * The app's language when another instance holds its data folder, so the second one can say so
 * in the words the user chose: the settings are read from the database without writing to it
 * (the holder owns it); the system's locale when they cannot be read.
 */
export function heldFolderLanguage(dataDir: string, systemLocale: string): Language {
  try {
    const db = openReadOnly(path.join(dataDir, DATABASE_FILE_NAME), 200);
    try {
      const setting = (key: string) =>
        db.prepare<[string], { value: string }>('SELECT value FROM app_settings WHERE key = ?').get(key)?.value ?? null;
      const chosen = setting('language');
      const language = chosen !== null && isLanguage(chosen) ? chosen : null;
      return languageInForce({ language, locale: setting('locale'), systemLocale }, systemLocale).language;
    } finally {
      db.close();
    }
  } catch {
    return languageOfLocale(systemLocale);
  }
}
