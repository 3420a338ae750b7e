import { describe, expect, it } from 'vitest';
import { serializeWorkshopFile } from '../../../shared/workshop-file/write-workshop-file';
import { useApi } from './future-state/api-support';

/** A workshop's language travels with it: stored, changed, duplicated, exported and imported. */
describe('the language of a workshop', () => {
  const openApi = useApi();

  it('is kept from creation, changed by an update and copied with a duplicate', async () => {
    const api = await openApi();
    const { workshop } = await api.call('workshop.create', { title: 'Werk Süd', date: '2026-11-25', facilitator: 'Dana', language: 'de' });
    expect(workshop.language).toBe('de');
    expect((await api.call('workshop.get', { id: workshop.id })).maps.map((map) => map.name)).toEqual(['Ist-Zustand']);
    expect((await api.call('workshop.update', { id: workshop.id, language: 'fr' })).language).toBe('fr');
    expect((await api.call('workshop.get', { id: workshop.id })).workshop.language).toBe('fr');
    const copy = await api.call('workshop.duplicate', { id: workshop.id });
    expect(copy.workshop.language).toBe('fr');
  });

  it('is absent on a workshop made without one, which then follows the app', async () => {
    const api = await openApi();
    const { workshop } = await api.call('workshop.create', { title: 'Plant', date: '2026-11-25', facilitator: 'Dana' });
    expect(workshop).not.toHaveProperty('language');
    expect((await api.call('workshop.list', {}))[0]).not.toHaveProperty('language');
  });

  it('refuses a language the app does not speak and changes nothing', async () => {
    const api = await openApi();
    const { workshop } = await api.call('workshop.create', { title: 'Plant', date: '2026-11-25', facilitator: 'Dana', language: 'es' });
    const refusal = await api.refusal('workshop.update', { id: workshop.id, language: 'xx' });
    expect(refusal.code).toBe('invalid-input');
    expect(refusal.message).toContain('en, de, fr, es');
    expect((await api.call('workshop.get', { id: workshop.id })).workshop.language).toBe('es');
  });

  it('goes out in the workshop file and comes back in with an import; an older file without it still imports', async () => {
    const api = await openApi();
    const { workshop } = await api.call('workshop.create', { title: 'Werk Süd', date: '2026-11-25', facilitator: 'Dana', language: 'de' });
    const file = await api.call('workshop.exportFile', { id: workshop.id });
    expect(file.workshop.language).toBe('de');
    const imported = await api.call('workshop.importFile', { text: serializeWorkshopFile(file) });
    expect(imported.status === 'imported' && imported.overview.workshop.language).toBe('de');

    const { language: _language, ...older } = file.workshop;
    const old = await api.call('workshop.importFile', { text: serializeWorkshopFile({ ...file, workshop: older }) });
    expect(old.status).toBe('imported');
    expect(old.status === 'imported' && old.overview.workshop).not.toHaveProperty('language');

    const klingon = serializeWorkshopFile(file).replace('"language": "de"', '"language": "tlh"');
    expect(klingon).toContain('"tlh"');
    const refused = await api.refusal('workshop.importFile', { text: klingon });
    expect(refused.message).toMatch(/language/);
  });
});
