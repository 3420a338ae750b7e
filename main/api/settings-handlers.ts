import type { DomainHandlers } from '../../shared/api/contract';
import type { AppSettings } from '../../shared/api/settings-contract';
import { isLanguage } from '../../shared/i18n/languages';
import type { ApiServices } from './api-services';

type SettingKey = 'locale' | 'language';

/**
 * The app's settings: one row per key in `app_settings`; the system's locale and opening a folder
 * come from the host. Every change is announced on the live feed, so every open window (and the
 * desktop menu) takes the new language at once.
 */
export function createSettingsHandlers({ db, host, announce, dataDir }: ApiServices): DomainHandlers<'settings'> {
  const value = (key: SettingKey) =>
    db().prepare<[string], { value: string }>('SELECT value FROM app_settings WHERE key = ?').get(key)?.value ?? null;
  const read = (): AppSettings => {
    const language = value('language');
    return {
      language: language !== null && isLanguage(language) ? language : null,
      locale: value('locale'),
      systemLocale: host.systemLocale(),
      dataFolder: dataDir,
      canOpenDataFolder: host.openFolder !== null,
    };
  };
  const write = (key: SettingKey, chosen: string | null): AppSettings => {
    if (chosen === null) db().prepare('DELETE FROM app_settings WHERE key = ?').run(key);
    else db().prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, chosen);
    announce({ type: 'settings' });
    return read();
  };
  return {
    'settings.get': () => read(),
    'settings.setLocale': ({ locale }) => write('locale', locale === null ? null : (Intl.getCanonicalLocales(locale)[0] ?? locale)),
    'settings.setLanguage': ({ language }) => write('language', language),
    'settings.openDataFolder': async () => {
      // A browser tab is not offered the button; asked anyway, it is told that nothing was opened.
      if (!host.openFolder) return { opened: false };
      await host.openFolder(dataDir);
      return { opened: true };
    },
  };
}
