import { languageInForce } from '../../shared/api/settings-contract';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages';
import { getWorkshop } from '../store/workshop-repository';
import type { ApiServices } from './api-services';

/** The language of the app: the one chosen in the settings, else the chosen locale's, else the system's. */
export function appLanguage({ db, host }: Pick<ApiServices, 'db' | 'host'>): Language {
  const row = (key: string) => db().prepare<[string], { value: string }>('SELECT value FROM app_settings WHERE key = ?').get(key)?.value ?? null;
  const chosen = row('language');
  const settings = { language: chosen !== null && isLanguage(chosen) ? chosen : null, locale: row('locale'), systemLocale: host.systemLocale() };
  return languageInForce(settings, DEFAULT_LANGUAGE).language;
}

/**
 * The language a workshop's report and the words the app writes into it are in: its own, or for
 * a workshop without one the app's: as the window that asks shows it (`windowLanguage`, which
 * the browser host cannot know otherwise), else the settings' or the system's.
 */
export function workshopLanguage(services: Pick<ApiServices, 'db' | 'host'>, workshopId: string, windowLanguage?: Language): Language {
  return getWorkshop(services.db(), workshopId).language ?? windowLanguage ?? appLanguage(services);
}
