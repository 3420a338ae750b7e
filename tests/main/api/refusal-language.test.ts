import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../../main/services/app-services';
import { useTempDir } from '../../support/temp-dir';

describe('an API refusal in the language of the request', () => {
  const tempDir = useTempDir();
  const badWorkshop = { title: 'Acme', date: 'tomorrow', facilitator: 'Dana' };

  it('answers in the language the window names, else the app’s', async () => {
    const services = openAppServices(tempDir(), { host: { systemLocale: () => 'en-US' } });
    const german = await services.dispatch('workshop.create', badWorkshop, 'de');
    const english = await services.dispatch('workshop.create', badWorkshop, 'en');
    expect(german).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'date' }] } });
    expect(german.ok ? '' : german.error.message).toContain('date muss ein Datum der Form JJJJ-MM-TT sein');
    expect(english.ok ? '' : english.error.message).toContain('date must be a date in the form YYYY-MM-DD');

    expect(await services.dispatch('workshop.create', badWorkshop)).toMatchObject({ error: { message: expect.stringContaining('must be a date') } });
    await services.dispatch('settings.setLocale', { locale: 'es-MX' });
    expect(await services.dispatch('workshop.create', badWorkshop)).toMatchObject({
      error: { message: expect.stringContaining('debe ser una fecha') },
    });
    await services.close();
  });

  it('refuses a blank map name in German when the window asks in German', async () => {
    const services = openAppServices(tempDir());
    const created = await services.dispatch('workshop.create', { title: 'Acme', date: '2026-12-05', facilitator: 'Dana' });
    if (!created.ok) throw new Error(created.error.message);
    const mapId = (created.value as { maps: { id: string }[] }).maps[0]?.id ?? '';
    const renamed = await services.dispatch('map.rename', { mapId, name: '   ' }, 'de');
    expect(renamed).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'name', message: 'darf nicht leer sein' }] } });
    await services.close();
  });
});
