import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import type { WorkshopOverview } from '../../../shared/api/workshop-contract';
import type { MapDocument, MapMeta } from '../../../shared/model/vsm-map';
import { computeMetrics } from '../../../shared/vsm';
import { acmeStampingCurrentState, officeOrderFulfilment } from '../../../shared/vsm/examples';
import { useTempDir } from '../../support/temp-dir';

async function workshopIn(services: AppServices): Promise<WorkshopOverview> {
  const created = await services.dispatch('workshop.create', { title: 'Brackets', date: '2026-11-25', facilitator: 'Sam' });
  if (!created.ok) throw new Error('workshop.create failed');
  return created.value as WorkshopOverview;
}

async function load(services: AppServices, mapId: string): Promise<MapDocument> {
  const loaded = await services.dispatch('map.load', { mapId });
  if (!loaded.ok) throw new Error('map.load failed');
  return loaded.value as MapDocument;
}

describe('map.create', () => {
  const tempDir = useTempDir();

  it('adds a blank map after the workshop’s others', async () => {
    const services = openAppServices(tempDir());
    const { workshop } = await workshopIn(services);
    const created = await services.dispatch('map.create', { workshopId: workshop.id, name: 'Future state', state: 'future', template: 'blank' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Future state', state: 'future', derivedFromMapId: null, workshopId: workshop.id } });
    const overview = await services.dispatch('workshop.get', { id: workshop.id });
    expect(overview).toMatchObject({ ok: true, value: { maps: [{ name: 'Current state' }, { name: 'Future state' }] } });
    const doc = await load(services, (created as { value: MapMeta }).value.id);
    expect(doc.nodes).toEqual([]);
    await services.close();
  });

  it('fills a map from a worked example, with fresh ids and the example’s figures', async () => {
    const services = openAppServices(tempDir());
    const { workshop } = await workshopIn(services);
    for (const [template, example] of [
      ['learning-to-see', acmeStampingCurrentState()],
      ['office', officeOrderFulfilment()],
    ] as const) {
      const created = await services.dispatch('map.create', { workshopId: workshop.id, name: example.map.name, state: 'current', template });
      if (!created.ok) throw new Error(created.error.message);
      const doc = await load(services, (created.value as MapMeta).id);
      expect(doc.nodes).toHaveLength(example.nodes.length);
      expect(doc.connectors).toHaveLength(example.connectors.length);
      expect(doc.nodes.some((node) => example.nodes.some((original) => original.id === node.id))).toBe(false);
      expect(doc.map.settings).toEqual(example.map.settings);
      expect(computeMetrics(doc).leadTime).toBe(computeMetrics(example).leadTime);
      expect(computeMetrics(doc).processTime).toBe(computeMetrics(example).processTime);
    }
    await services.close();
  });

  it('refuses an unknown workshop, template or empty name, creating nothing', async () => {
    const services = openAppServices(tempDir());
    const { workshop } = await workshopIn(services);
    expect(await services.dispatch('map.create', { workshopId: 'nope', name: 'X', state: 'current', template: 'blank' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await services.dispatch('map.create', { workshopId: workshop.id, name: 'X', state: 'current', template: 'toyota' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await services.dispatch('map.create', { workshopId: workshop.id, name: '  ', state: 'current', template: 'blank' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await services.dispatch('workshop.get', { id: workshop.id })).toMatchObject({ ok: true, value: { maps: [{ name: 'Current state' }] } });
    await services.close();
  });
});
