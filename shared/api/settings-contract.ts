import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import { LANGUAGES, languageOfLocale, localeForLanguage, type Language } from '../i18n/languages';

/**
 * The app's own settings, kept in the data folder so the desktop app and the browser host on
 * one folder agree, and announced on the live feed when they change so every open window follows
 * at once. The language of the app's words and the locale of its figures and dates travel
 * separately: each follows the operating system (the desktop app's `systemLocale`, from Electron)
 * or the browser (the browser host's, `systemLocale` null) unless the user chose one.
 */
const LocaleTagSchema = z
  .string()
  .max(35, refusal('locale'))
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, refusal('locale'));

export const settingsInputs = {
  'settings.get': z.strictObject({}),
  /** The locale of figures and dates; null goes back to the system's. */
  'settings.setLocale': z.strictObject({ locale: LocaleTagSchema.nullable() }),
  /** The language of the app's words; null follows the locale in force. */
  'settings.setLanguage': z.strictObject({ language: z.enum(LANGUAGES).nullable() }),
  /** Shows the data folder in the system's file manager where the host can (the desktop app); elsewhere answers that it did not. */
  'settings.openDataFolder': z.strictObject({}),
};

export type AppSettings = {
  /** The language chosen for the app's words, or null to follow the locale. */
  language: Language | null;
  /** The locale chosen for figures and dates, or null to follow the system's. */
  locale: string | null;
  systemLocale: string | null;
  /** Where the database and its backups are kept. */
  dataFolder: string;
  /** Whether `settings.openDataFolder` can show it (the desktop app; not a browser tab). */
  canOpenDataFolder: boolean;
};

export type SettingsOutputs = {
  'settings.get': AppSettings;
  'settings.setLocale': AppSettings;
  'settings.setLanguage': AppSettings;
  'settings.openDataFolder': { opened: boolean };
};

/** The language and locale the app shows. */
export type LanguageInForce = { language: Language; locale: string };

/**
 * What the app shows from its settings, where the page's own locale is `pageLocale` (the
 * browser's; unused when the system's is known): the chosen language, else the chosen locale's,
 * else the system's; the chosen locale, else the system's (an Italian laptop writes Italian
 * figures among English words), unless a language was chosen that the system does not speak:
 * then that language's own, so German words come with German figures ("de-CH" keeps Swiss ones).
 */
export function languageInForce(settings: Pick<AppSettings, 'language' | 'locale' | 'systemLocale'>, pageLocale: string): LanguageInForce {
  const system = settings.systemLocale ?? pageLocale;
  const language = settings.language ?? languageOfLocale(settings.locale ?? system);
  return { language, locale: settings.locale ?? (settings.language === null ? system : localeForLanguage(language, system)) };
}
