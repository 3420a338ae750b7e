import { describe, expect, it } from 'vitest';
import { mergeSteps } from '../../../../shared/editing/commands-merge';
import { compareMaps, originsOf } from '../../../../shared/vsm';
import { acmeWorkshop, useApi } from './api-support';

describe('future-state maps through the API', () => {
  const openApi = useApi();

  it('derives a future state from the current one: a stored copy whose every node points at its origin', async () => {
    const api = await openApi();
    const { workshopId, currentId, current } = await acmeWorkshop(api);
    const meta = await api.call('map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
    expect(meta).toMatchObject({ workshopId, name: 'Next quarter', state: 'future', derivedFromMapId: currentId });
    const future = await api.call('map.load', { mapId: meta.id });
    expect(future.nodes).toHaveLength(current.nodes.length);
    expect(future.connectors).toHaveLength(current.connectors.length);
    expect(future.map.settings).toEqual(current.map.settings);
    expect(new Set(future.nodes.map((node) => node.originId))).toEqual(new Set(current.nodes.map((node) => node.id)));
    const comparison = compareMaps(current, future);
    expect(comparison.metrics.every((metric) => metric.verdict === 'same')).toBe(true);
    const overview = await api.call('workshop.get', { id: workshopId });
    expect(overview.maps.map((map) => [map.name, map.state])).toEqual([
      ['Current state', 'current'],
      ['Next quarter', 'future'],
    ]);
  });

  it('derives a second future state from the first, keeping lineage to the current state and its merges', async () => {
    const api = await openApi();
    const { currentId, current } = await acmeWorkshop(api);
    const next = await api.call('map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
    const nextDoc = await api.call('map.load', { mapId: next.id });
    const weld = (origin: string) => nextDoc.nodes.find((node) => node.originId === origin)!.id;
    const merge = mergeSteps(nextDoc, [weld('acme-weld-1'), weld('acme-weld-2')]);
    await api.call('map.applyChanges', { mapId: next.id, changes: merge.changes });

    const ideal = await api.call('map.deriveFutureState', { sourceMapId: next.id, name: 'Ideal' });
    expect(ideal).toMatchObject({ state: 'future', derivedFromMapId: currentId });
    const idealDoc = await api.call('map.load', { mapId: ideal.id });
    const cell = idealDoc.nodes.find((node) => node.id === merge.mergedId)!;
    expect(originsOf(cell)).toEqual(['acme-weld-1', 'acme-weld-2']);
    expect(compareMaps(current, idealDoc).steps.merged).toHaveLength(1);
  });

  it('renames and deletes maps, but never a workshop’s last one', async () => {
    const api = await openApi();
    const { workshopId, currentId } = await acmeWorkshop(api);
    const future = await api.call('map.deriveFutureState', { sourceMapId: currentId, name: 'Future state' });
    expect(await api.call('map.rename', { mapId: future.id, name: '  Ideal  ' })).toMatchObject({ id: future.id, name: 'Ideal' });
    expect(await api.call('map.delete', { mapId: currentId })).toEqual({ id: currentId });
    const overview = await api.call('workshop.get', { id: workshopId });
    expect(overview.maps).toEqual([expect.objectContaining({ id: future.id, name: 'Ideal', derivedFromMapId: null })]);
    expect(await api.refusal('map.delete', { mapId: future.id })).toMatchObject({
      code: 'invalid-change',
      message: expect.stringContaining('only map'),
    });
    expect(await api.refusal('map.load', { mapId: currentId })).toMatchObject({ code: 'not-found' });
  });

  it('refuses a missing source, an empty name and unknown fields, changing nothing', async () => {
    const api = await openApi();
    const { workshopId, currentId } = await acmeWorkshop(api);
    expect(await api.refusal('map.deriveFutureState', { sourceMapId: 'ghost', name: 'F' })).toMatchObject({ code: 'not-found' });
    expect(await api.refusal('map.deriveFutureState', { sourceMapId: currentId, name: '   ' })).toMatchObject({ code: 'invalid-input' });
    expect(await api.refusal('map.rename', { mapId: currentId, name: 'x'.repeat(121) })).toMatchObject({ code: 'invalid-input' });
    expect(await api.refusal('map.delete', { mapId: currentId, force: true })).toMatchObject({ code: 'invalid-input' });
    expect((await api.call('workshop.get', { id: workshopId })).maps.map((map) => map.name)).toEqual(['Current state']);
  });
});
