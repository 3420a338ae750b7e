import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_HOST } from '../../../main/api/host-actions';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import type { ImportOutcome, WorkshopOverview, WorkshopSummary } from '../../../shared/api/workshop-contract';
import type { MapChange } from '../../../shared/editing/map-change';
import { buildTestEntry } from '../../support/build-test-entry';
import { apiValue } from '../../support/api-services';
import { useTempDir } from '../../support/temp-dir';

describe('importing a workshop file on a worker thread', () => {
  const tempDir = useTempDir();
  let worker = '';

  beforeAll(async () => {
    worker = await buildTestEntry('main/export/import-worker.ts', 'import-worker');
  }, 60_000);

  async function servicesWithFile(notes: number): Promise<{ services: AppServices; text: string }> {
    const services = openAppServices(tempDir(), { importWorker: worker, scheduler: () => () => undefined, log: () => undefined });
    const created = apiValue<WorkshopOverview>(
      await services.dispatch('workshop.create', { title: 'Order to cash', date: '2026-11-25', facilitator: 'Dana' }),
    );
    const changes: MapChange[] = Array.from({ length: notes }, (_, index) => ({
      op: 'putNode',
      node: {
        id: `n${index}`,
        kind: 'sticky-note',
        x: index,
        y: 0,
        width: 160,
        height: 120,
        z: index,
        text: `Waiting for approval ${index} `.repeat(6),
        color: 'yellow',
        originId: null,
      },
    }));
    for (let start = 0; start < changes.length; start += 1000) {
      apiValue(await services.dispatch('map.applyChanges', { mapId: created.maps[0]!.id, changes: changes.slice(start, start + 1000) }));
    }
    const file = apiValue<{ maps: { id: string }[] }>(await services.dispatch('workshop.exportFile', { id: created.workshop.id }));
    file.maps = Array.from({ length: 8 }, (_, copy) => file.maps.map((map) => ({ ...map, id: `${map.id}-${copy}` }))).flat();
    return { services, text: JSON.stringify(file) };
  }

  it('imports the whole file as a new workshop, and refuses a bad one with the same words as ever', async () => {
    const { services, text } = await servicesWithFile(50);
    const outcome = apiValue<ImportOutcome>(await services.dispatch('workshop.importFile', { text }));
    expect(outcome).toMatchObject({ status: 'imported', renamed: true, overview: { workshop: { title: 'Order to cash (imported)' } } });
    expect(
      apiValue<WorkshopSummary[]>(await services.dispatch('workshop.list', {}))
        .map((workshop) => workshop.mapCount)
        .sort(),
    ).toEqual([1, 8]);
    expect(await services.dispatch('workshop.importFile', { text: text.slice(0, 4000) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/ends early: it was cut short/) },
    });
    await services.close();
  });

  it('explains a damaged file in the language of the request that imported it', async () => {
    const { services, text } = await servicesWithFile(1);
    const file = JSON.parse(text) as { maps: { id: string }[] };
    const twice = JSON.stringify({ ...file, maps: [...file.maps, file.maps[0]] });
    const repeated = `maps[${file.maps.length}].id`;
    const german = await services.dispatch('workshop.importFile', { text: twice }, 'de');
    const english = await services.dispatch('workshop.importFile', { text: twice }, 'en');
    expect(german).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/^Diese Workshop-Datei ist beschädigt/) },
    });
    expect(german).toMatchObject({
      error: { message: expect.stringContaining(`${repeated} wiederholt die ID einer anderen Karte (${file.maps[0]!.id})`) },
    });
    expect(english).toMatchObject({ error: { message: expect.stringContaining(`${repeated} repeats the id of another map (${file.maps[0]!.id})`) } });
    await services.close();
  });

  it('explains a damaged file chosen in the dialog in the language of the request, though the file is read after the dialog closes', async () => {
    const { services: first, text } = await servicesWithFile(1);
    await first.close();
    const file = JSON.parse(text) as { maps: { id: string }[] };
    const twice = JSON.stringify({ ...file, maps: [...file.maps, file.maps[0]] });
    const chooseImport = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { chosenBy: 'host' as const, text: twice };
    };
    const host = { files: { ...PAGE_HOST.files, chooseImport } };
    const services = openAppServices(tempDir(), { importWorker: worker, host, scheduler: () => () => undefined, log: () => undefined });
    expect(await services.dispatch('workshop.importFile', {}, 'de')).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', message: expect.stringMatching(/^Diese Workshop-Datei ist beschädigt/) },
    });
    await services.close();
  });

  it('answers other requests while a big file is imported', async () => {
    const { services, text } = await servicesWithFile(4000);
    let importDone = 0;
    const importing = services.dispatch('workshop.importFile', { text }).then((result) => {
      importDone = performance.now();
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const listed = await services.dispatch('workshop.list', {});
    const listedAt = performance.now();
    expect(listed).toMatchObject({ ok: true });
    expect(await importing).toMatchObject({ ok: true });
    expect(listedAt).toBeLessThan(importDone);
    await services.close();
  }, 60_000);
});
