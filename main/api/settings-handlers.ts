import type { DomainHandlers } from '../../shared/api/contract';
import type { AppSettings } from '../../shared/api/settings-contract';
import type { ApiServices } from './api-services';

/** The app's settings: one row per key in `app_settings`; the system's locale comes from the host. */
export function createSettingsHandlers({ db, host }: ApiServices): DomainHandlers<'settings'> {
  const read = (): AppSettings => {
    const row = db().prepare<[string], { value: string }>('SELECT value FROM app_settings WHERE key = ?').get('locale');
    return { locale: row?.value ?? null, systemLocale: host.systemLocale() };
  };
  return {
    'settings.get': () => read(),
    'settings.setLocale': ({ locale }) => {
      if (locale === null) db().prepare('DELETE FROM app_settings WHERE key = ?').run('locale');
      else
        db()
          .prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
          .run('locale', Intl.getCanonicalLocales(locale)[0] ?? locale);
      return read();
    },
  };
}
