import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import type { MapChange } from '../../../shared/editing/map-change';
import { note } from '../../shared/fixtures';
import { typedApi } from '../../support/api-services';
import { useTempDir } from '../../support/temp-dir';

describe('saves a hostile or broken window might send', () => {
  const tempDir = useTempDir();
  let services: AppServices | null = null;

  afterEach(async () => {
    await services?.close();
    services = null;
  });

  async function open() {
    const opened = openAppServices(tempDir(), { scheduler: () => () => undefined });
    services = opened;
    await opened.started;
    const { call, ok } = typedApi(opened);
    const { maps } = await ok('workshop.create', { title: 'Hostile saves', date: '2026-11-25', facilitator: 'Dana' });
    const mapId = maps[0]!.id;
    const { revision } = await ok('map.applyChanges', { mapId, changes: [{ op: 'putNode', node: note('a', { text: 'Assembly' }) }] });
    return { call, ok, mapId, revision };
  }

  it.each<[string, MapChange]>([
    ['a field no node has', { op: 'patchNode', id: 'a', before: {}, after: { nonsense: 1 } }],
    ['a process field on a sticky note', { op: 'patchNode', id: 'a', before: {}, after: { 'process.cycleTime': 5 } }],
    ['a setting the map does not have', { op: 'patchSettings', before: {}, after: { nonsense: 1 } }],
  ])('refuses a patch of %s, and changes nothing', async (_what, change) => {
    const { call, ok, mapId, revision } = await open();
    const before = await ok('map.load', { mapId });
    const refused = await call('map.applyChanges', { mapId, baseRevision: revision, clientId: 'window-a-0001', changes: [change] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-change', message: expect.stringMatching(/has no field/) } });
    expect(await ok('map.load', { mapId })).toEqual(before);
    expect((await ok('map.changesSince', { mapId, revision })).entries).toEqual([]);
  });
});
