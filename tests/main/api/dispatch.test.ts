import { describe, expect, it } from 'vitest';
import { apiInputs } from '../../../shared/api/contract';
import { openAppServices } from '../../../main/services/app-services';
import { note } from '../../shared/fixtures';
import { useTempDir } from '../../support/temp-dir';

describe('the API table behind both transports', () => {
  const tempDir = useTempDir();

  it('runs a whole workshop round trip through dispatch', async () => {
    const services = openAppServices(tempDir());
    const created = await services.dispatch('workshop.create', { title: 'Claims', date: '2026-11-25', facilitator: 'Sam' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const { workshop, maps } = created.value as { workshop: { id: string }; maps: { id: string }[] };
    const node = note('n1', { text: 'Waiting', color: 'blue' });
    expect(await services.dispatch('map.applyChanges', { mapId: maps[0]!.id, changes: [{ op: 'putNode', node }] })).toEqual({
      ok: true,
      value: { revision: 1 },
    });
    const loaded = await services.dispatch('map.load', { mapId: maps[0]!.id });
    expect(loaded).toMatchObject({ ok: true, value: { nodes: [node] } });
    expect(await services.dispatch('workshop.list', {})).toMatchObject({ ok: true, value: [{ id: workshop.id, mapCount: 1 }] });
    await services.close();
  });

  it('answers an unknown channel and malformed input with typed errors, changing nothing', async () => {
    const services = openAppServices(tempDir());
    expect(await services.dispatch('workshop.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await services.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    // A channel "name" whose toString is missing or throws (fast-check found the first) is refused, not thrown on.
    const hostile = [
      { toString: undefined },
      {
        toString: () => {
          throw new Error('no');
        },
      },
      Object.create(null),
      Symbol('x'),
    ];
    for (const channel of hostile) {
      expect(await services.dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    const bad = await services.dispatch('workshop.create', { title: '   ', date: 'tomorrow', facilitator: 3 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!bad.ok) {
      expect(bad.error.issues?.map((issue) => issue.path)).toEqual(['title', 'date', 'facilitator']);
      expect(bad.error.message).toContain('title must not be empty');
    }
    expect(await services.dispatch('workshop.list', { extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await services.dispatch('workshop.list', {})).toEqual({ ok: true, value: [] });
    await services.close();
  });

  it('names the field of a bad value deep inside a change', async () => {
    const services = openAppServices(tempDir());
    const created = await services.dispatch('workshop.create', { title: 'T', date: '2026-11-25', facilitator: '' });
    if (!created.ok) throw new Error('create failed');
    const mapId = (created.value as { maps: { id: string }[] }).maps[0]!.id;
    const node = {
      id: 'p1',
      kind: 'process',
      x: 0,
      y: 0,
      width: 160,
      height: 90,
      z: 1,
      text: 'Weld',
      color: 'yellow',
      originId: null,
      process: { cycleTime: -3, percentCompleteAccurate: 130 },
    };
    const result = await services.dispatch('map.applyChanges', { mapId, changes: [{ op: 'putNode', node }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) {
      expect(result.error.message).toContain('changes[0].node.process.cycleTime must not be a negative time');
      expect(result.error.message).toContain('changes[0].node.process.percentCompleteAccurate must be a percentage from 0 to 100');
    }
    expect(await services.dispatch('map.load', { mapId })).toMatchObject({ ok: true, value: { nodes: [], map: { revision: 0 } } });
    await services.close();
  });

  it('reports a missing workshop as not-found', async () => {
    const services = openAppServices(tempDir());
    expect(await services.dispatch('workshop.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await services.close();
  });

  it('has an input schema for every channel', () => {
    for (const schema of Object.values(apiInputs)) expect(typeof schema.safeParse).toBe('function');
  });
});
