import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import type { WorkshopOverview } from '../../../shared/api/workshop-contract';
import type { Language } from '../../../shared/i18n/languages';
import type { MapDocument, MapMeta } from '../../../shared/model/vsm-map';
import { useTempDir } from '../../support/temp-dir';

async function ok<T>(answer: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function workshopIn(services: AppServices, language?: Language): Promise<WorkshopOverview> {
  return ok(services.dispatch('workshop.create', { title: 'Brackets', date: '2026-11-25', facilitator: 'Sam', ...(language ? { language } : {}) }));
}

async function exampleMapIn(services: AppServices, workshopId: string, language?: Language): Promise<MapDocument> {
  const meta = await ok<MapMeta>(
    services.dispatch('map.create', { workshopId, name: 'Acme', state: 'current', template: 'learning-to-see', ...(language ? { language } : {}) }),
  );
  return ok(services.dispatch('map.load', { mapId: meta.id }));
}

const texts = (doc: MapDocument) => doc.nodes.map((node) => node.text);

describe('an example map is written in the workshop’s language when it is inserted, and stays so', () => {
  const tempDir = useTempDir();

  it('writes a German workshop’s example in German and an English one’s in English', async () => {
    const services = openAppServices(tempDir());
    const german = await workshopIn(services, 'de');
    const english = await workshopIn(services, 'en');
    expect(german.maps.map((map) => map.name)).toEqual(['Ist-Zustand']);
    const germanMap = await exampleMapIn(services, german.workshop.id, 'en');
    expect(texts(germanMap)).toContain('Schweißen 1');
    expect(texts(germanMap)).not.toContain('S. Weld #1');
    expect(germanMap.map.settings.demandUnit).toBe('Stk.');
    expect(texts(await exampleMapIn(services, english.workshop.id, 'de'))).toContain('S. Weld #1');
    await services.close();
  });

  it('follows the window’s language for a workshop that has none, and the app’s when the window does not say', async () => {
    const services = openAppServices(tempDir());
    const { workshop } = await workshopIn(services);
    expect(texts(await exampleMapIn(services, workshop.id, 'fr'))).toContain('Soudage 1');
    expect(texts(await exampleMapIn(services, workshop.id))).toContain('S. Weld #1');
    await ok(services.dispatch('settings.setLocale', { locale: 'es-ES' }));
    expect(texts(await exampleMapIn(services, workshop.id))).toContain('Soldadura 1');
    await services.close();
  });

  it('never translates what was inserted when the workshop’s language changes', async () => {
    const services = openAppServices(tempDir());
    const { workshop } = await workshopIn(services, 'de');
    const inserted = await exampleMapIn(services, workshop.id);
    await ok(services.dispatch('workshop.update', { id: workshop.id, language: 'en' }));
    const reloaded = await ok<MapDocument>(services.dispatch('map.load', { mapId: inserted.map.id }));
    expect(texts(reloaded)).toEqual(texts(inserted));
    expect(texts(reloaded)).toContain('Schweißen 1');
    await services.close();
  });
});
