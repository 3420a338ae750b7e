import { describe, expect, it } from 'vitest';
import { useApi } from './future-state/api-support';

/** The locale the user chose over the system's is kept in the data folder, so every host on it agrees. */
describe('the app’s locale setting', () => {
  const openApi = useApi();

  it('follows the system until a locale is chosen, keeps the choice and goes back on null', async () => {
    const api = await openApi();
    expect(await api.call('settings.get', {})).toEqual({ locale: null, systemLocale: null });
    expect(await api.call('settings.setLocale', { locale: 'de-ch' })).toEqual({ locale: 'de-CH', systemLocale: null });
    expect((await api.call('settings.get', {})).locale).toBe('de-CH');
    expect((await api.call('settings.setLocale', { locale: null })).locale).toBeNull();
  });

  it('refuses what is not a locale and keeps the choice it had', async () => {
    const api = await openApi();
    await api.call('settings.setLocale', { locale: 'fr' });
    const refusal = await api.refusal('settings.setLocale', { locale: 'not a locale!' });
    expect(refusal).toMatchObject({ code: 'invalid-input' });
    expect(refusal.message).toContain('must be a locale such as de-DE');
    expect((await api.call('settings.get', {})).locale).toBe('fr');
  });
});
