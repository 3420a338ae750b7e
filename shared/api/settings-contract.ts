import { z } from 'zod';

/**
 * The app's own settings, kept in the data folder so the desktop app and the browser host on
 * one folder agree. The locale: figures, dates and the app's language follow the operating
 * system's locale in the desktop app (`systemLocale`, from Electron) and the browser's in the
 * browser host (`systemLocale` null), unless the user chose one (`locale`).
 */
const LocaleTagSchema = z
  .string()
  .max(35, 'must be a locale such as de-DE')
  .refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'must be a locale such as de-DE' },
  );

export const settingsInputs = {
  'settings.get': z.strictObject({}),
  /** null goes back to the system's locale. */
  'settings.setLocale': z.strictObject({ locale: LocaleTagSchema.nullable() }),
};

export type AppSettings = { locale: string | null; systemLocale: string | null };

export type SettingsOutputs = {
  'settings.get': AppSettings;
  'settings.setLocale': AppSettings;
};
