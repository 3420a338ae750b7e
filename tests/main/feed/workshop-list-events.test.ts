import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import type { FeedEvent } from '../../../shared/sync/map-feed';
import { noSchedule, typedApi } from '../../support/api-services';
import { useTempDir } from '../../support/temp-dir';
import { note } from '../../shared/fixtures';

describe('the feed tells the windows when the workshop list changed', () => {
  const tempDir = useTempDir();
  let services: AppServices | null = null;
  afterEach(async () => {
    await services?.close();
    services = null;
  });

  it('after a workshop is created, retitled, duplicated, imported or deleted, or gains or loses a map; never after a read, a map edit or an import that was cancelled', async () => {
    const opened = openAppServices(tempDir(), { scheduler: noSchedule });
    services = opened;
    await opened.started;
    const { ok } = typedApi(opened);
    const events: FeedEvent[] = [];
    const stop = opened.feed.subscribe((event) => events.push(event));
    const announced = async (step: () => Promise<unknown>): Promise<number> => {
      const before = events.length;
      await step();
      return events.slice(before).filter((event) => event.type === 'workshops').length;
    };

    let workshopId = '';
    let mapId = '';
    expect(
      await announced(async () => {
        const created = await ok('workshop.create', { title: 'Line 4', date: '2026-12-05', facilitator: 'Dana' });
        workshopId = created.workshop.id;
        mapId = created.maps[0]!.id;
      }),
    ).toBe(1);
    expect(await announced(() => ok('workshop.update', { id: workshopId, title: 'Line 4, day one' }))).toBe(1);
    expect(await announced(() => ok('workshop.duplicate', { id: workshopId }))).toBe(1);
    const file = await ok('workshop.exportFile', { id: workshopId });
    expect(await announced(() => ok('workshop.importFile', { text: JSON.stringify(file) }))).toBe(1);
    let spareId = '';
    expect(
      await announced(async () => {
        spareId = (await ok('map.create', { workshopId, name: 'Spare', state: 'current', template: 'blank' })).id;
      }),
    ).toBe(1);
    expect(await announced(() => ok('map.deriveFutureState', { sourceMapId: mapId, name: 'Next' }))).toBe(1);
    expect(await announced(() => ok('map.delete', { mapId: spareId }))).toBe(1);

    expect(await announced(() => ok('workshop.list', {}))).toBe(0);
    expect(await announced(() => ok('map.applyChanges', { mapId, changes: [{ op: 'putNode', node: note('a', { text: 'Press' }) }] }))).toBe(0);
    expect(await announced(() => ok('map.rename', { mapId, name: 'As it is' }))).toBe(0);
    // Without a text the host is asked for a file; the page's host answers that the page picks one: nothing was imported.
    expect(await announced(() => ok('workshop.importFile', {}))).toBe(0);
    expect(await announced(() => opened.dispatch('workshop.delete', { id: 'no-such-workshop' }))).toBe(0);

    expect(await announced(() => ok('workshop.delete', { id: workshopId }))).toBe(1);
    stop();
  });
});
