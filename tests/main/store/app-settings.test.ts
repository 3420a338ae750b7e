import { describe, expect, it } from 'vitest';
import { languageInForce } from '../../../shared/api/settings-contract';
import type { FeedEvent } from '../../../shared/sync/map-feed';
import { openAppServices } from '../../../main/services/app-services';
import { useTempDir } from '../../support/temp-dir';
import { useApi } from './future-state/api-support';

/**
 * The app's settings (its language, the locale of its figures) are kept in the data folder, so
 * every host on it agrees; each change is announced on the live feed, so every open window and
 * the desktop menu follow at once; bad values are refused and change nothing.
 */
describe('the app’s settings', () => {
  const openApi = useApi();
  const tempDir = useTempDir();

  it('follows the system until a locale is chosen, keeps the choice and goes back on null', async () => {
    const api = await openApi();
    expect(await api.call('settings.get', {})).toMatchObject({ language: null, locale: null, systemLocale: null, canOpenDataFolder: false });
    expect(await api.call('settings.setLocale', { locale: 'de-ch' })).toMatchObject({ locale: 'de-CH', systemLocale: null });
    expect((await api.call('settings.get', {})).locale).toBe('de-CH');
    expect((await api.call('settings.setLocale', { locale: null })).locale).toBeNull();
  });

  it('keeps the language apart from the locale', async () => {
    const api = await openApi();
    await api.call('settings.setLocale', { locale: 'en-GB' });
    expect(await api.call('settings.setLanguage', { language: 'de' })).toMatchObject({ language: 'de', locale: 'en-GB' });
    expect(await api.call('settings.get', {})).toMatchObject({ language: 'de', locale: 'en-GB' });
    expect((await api.call('settings.setLanguage', { language: null })).language).toBeNull();
  });

  it('refuses what is not a locale or a language the app speaks, and keeps the choice it had', async () => {
    const api = await openApi();
    await api.call('settings.setLocale', { locale: 'fr' });
    await api.call('settings.setLanguage', { language: 'es' });
    const refusal = await api.refusal('settings.setLocale', { locale: 'not a locale!' });
    expect(refusal).toMatchObject({ code: 'invalid-input' });
    // Refused in the language the app was just set to speak.
    expect(refusal.message).toContain('locale debe ser una configuración regional como de-DE');
    expect(await api.refusal('settings.setLanguage', { language: 'it' })).toMatchObject({ code: 'invalid-input' });
    expect(await api.refusal('settings.setLanguage', { language: 'de', locale: 'de' })).toMatchObject({ code: 'invalid-input' });
    expect(await api.call('settings.get', {})).toMatchObject({ language: 'es', locale: 'fr' });
  });

  it('tells every open window when a setting changed, and not when a change was refused', async () => {
    const api = await openApi();
    const events: FeedEvent['type'][] = [];
    const stop = api.services.feed.subscribe((event) => events.push(event.type));
    await api.call('settings.setLanguage', { language: 'de' });
    await api.refusal('settings.setLanguage', { language: 'xx' });
    await api.call('settings.setLocale', { locale: 'de-AT' });
    stop();
    expect(events.filter((type) => type === 'settings')).toHaveLength(2);
  });

  it('names the data folder, and opens it where the host can', async () => {
    const api = await openApi();
    const { dataFolder } = await api.call('settings.get', {});
    expect(dataFolder).toBe(api.services.dataDir);
    expect(await api.call('settings.openDataFolder', {})).toEqual({ opened: false });

    const opened: string[] = [];
    const dir = tempDir();
    const desktop = openAppServices(dir, {
      host: { openFolder: async (folder) => void opened.push(folder) },
      scheduler: () => () => undefined,
      log: () => undefined,
    });
    try {
      await desktop.started;
      const settings = await desktop.dispatch('settings.get', {});
      expect(settings).toMatchObject({ ok: true, value: { canOpenDataFolder: true, dataFolder: dir } });
      expect(await desktop.dispatch('settings.openDataFolder', {})).toEqual({ ok: true, value: { opened: true } });
      expect(opened).toEqual([dir]);
    } finally {
      await desktop.close();
    }
  });
});

describe('the language and locale in force', () => {
  const none = { language: null, locale: null, systemLocale: null };

  it('follows the system (or the browser) for both', () => {
    expect(languageInForce({ ...none, systemLocale: 'de-CH' }, 'en-US')).toEqual({ language: 'de', locale: 'de-CH' });
    expect(languageInForce(none, 'fr-CA')).toEqual({ language: 'fr', locale: 'fr-CA' });
    expect(languageInForce(none, 'it-IT')).toEqual({ language: 'en', locale: 'it-IT' });
  });

  it('writes a chosen language’s figures its own way unless the system speaks it', () => {
    expect(languageInForce({ ...none, language: 'de', systemLocale: 'en-US' }, 'en-US')).toEqual({ language: 'de', locale: 'de' });
    expect(languageInForce({ ...none, language: 'de', systemLocale: 'de-AT' }, 'en-US')).toEqual({ language: 'de', locale: 'de-AT' });
  });

  it('keeps a chosen locale whatever the language, and takes its language when none was chosen', () => {
    expect(languageInForce({ ...none, language: 'en', locale: 'de-DE' }, 'en-US')).toEqual({ language: 'en', locale: 'de-DE' });
    expect(languageInForce({ ...none, locale: 'es-MX' }, 'en-US')).toEqual({ language: 'es', locale: 'es-MX' });
  });
});
