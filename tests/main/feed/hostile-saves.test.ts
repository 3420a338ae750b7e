import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import type { ApiInput, ApiOutput, Channel } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { MapChange } from '../../../shared/editing/map-change';
import type { MapNode } from '../../../shared/model/map-node';
import { useTempDir } from '../../support/temp-dir';

function note(id: string, text: string): MapNode {
  return { id, kind: 'sticky-note', x: 0, y: 0, width: 160, height: 120, z: 1, text, color: 'yellow', originId: null };
}

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
    const call = async <C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiResult<ApiOutput<C>>> =>
      (await opened.dispatch(channel, input)) as ApiResult<ApiOutput<C>>;
    const ok = async <C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> => {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    const { maps } = await ok('workshop.create', { title: 'Hostile saves', date: '2026-11-25', facilitator: 'Dana' });
    const mapId = maps[0]!.id;
    const { revision } = await ok('map.applyChanges', { mapId, changes: [{ op: 'putNode', node: note('a', 'Assembly') }] });
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
