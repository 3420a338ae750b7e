import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../main/browser-host/server';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import { LOG_KEEP_MS, LOG_KEEP_REVISIONS } from '../../../main/store/map-repository';
import type { MapChange } from '../../../shared/editing/map-change';
import { FeedEventSchema, type FeedEvent } from '../../../shared/sync/map-feed';
import { note } from '../../shared/fixtures';
import { typedApi } from '../../support/api-services';
import { useTempDir } from '../../support/temp-dir';

const WINDOW_A = 'window-a-0001';
const WINDOW_B = 'window-b-0002';

function patch(id: string, before: Record<string, string | number>, after: Record<string, string | number>): MapChange {
  return { op: 'patchNode', id, before, after };
}

describe('many writers on one map, through the API', () => {
  const tempDir = useTempDir();
  let services: AppServices | null = null;
  let now = new Date('2026-11-25T09:00:00.000Z');
  let host: BrowserHost | null = null;

  afterEach(async () => {
    await host?.close();
    host = null;
    await services?.close();
    services = null;
    now = new Date('2026-11-25T09:00:00.000Z');
  });

  async function open(dataDir = tempDir()) {
    const opened = openAppServices(dataDir, { clock: () => now, scheduler: () => () => undefined });
    services = opened;
    await opened.started;
    const { call, ok } = typedApi(opened);
    const { workshop, maps } = await ok('workshop.create', { title: 'Many writers', date: '2026-11-25', facilitator: 'Dana' });
    const mapId = maps[0]!.id;
    const { revision } = await ok('map.applyChanges', {
      mapId,
      changes: [
        { op: 'putNode', node: note('a', { text: 'Assembly' }) },
        { op: 'putNode', node: note('b', { text: 'Paint' }) },
      ],
    });
    return { services: opened, call, ok, workshopId: workshop.id, mapId, revision, dataDir };
  }

  it('gives every committed change list the next revision, and rebases a save over another window’s edit of other fields', async () => {
    const { ok, mapId, revision } = await open();
    const moved = await ok('map.applyChanges', { mapId, baseRevision: revision, clientId: WINDOW_A, changes: [patch('a', { x: 0 }, { x: 300 })] });
    expect(moved.revision).toBe(revision + 1);
    // Window B had not seen the move: its rename is rebased, and the move stays.
    const renamed = await ok('map.applyChanges', {
      mapId,
      baseRevision: revision,
      clientId: WINDOW_B,
      changes: [patch('a', { text: 'Assembly' }, { text: 'Final assembly' })],
    });
    expect(renamed.revision).toBe(revision + 2);
    const doc = await ok('map.load', { mapId });
    expect(doc.map.revision).toBe(revision + 2);
    expect(doc.nodes.find((node) => node.id === 'a')).toMatchObject({ x: 300, text: 'Final assembly' });
  });

  it('refuses a true clash with a message that names the box, and changes nothing', async () => {
    const { ok, call, mapId, revision } = await open();
    await ok('map.applyChanges', { mapId, baseRevision: revision, clientId: WINDOW_A, changes: [{ op: 'removeNode', id: 'a' }] });
    const before = await ok('map.load', { mapId });
    const refused = await call('map.applyChanges', {
      mapId,
      baseRevision: revision,
      clientId: WINDOW_B,
      changes: [patch('b', { x: 0 }, { x: 50 }), patch('a', { color: 'yellow' }, { color: 'pink' })],
    });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Another window deleted “Assembly” while this one changed it.' },
    });
    expect(await ok('map.load', { mapId })).toEqual(before);

    const sameField = await ok('map.applyChanges', {
      mapId,
      baseRevision: revision + 1,
      clientId: WINDOW_A,
      changes: [patch('b', { text: 'Paint' }, { text: 'Wet paint' })],
    });
    expect(
      await call('map.applyChanges', {
        mapId,
        baseRevision: revision + 1,
        clientId: WINDOW_B,
        changes: [patch('b', { text: 'Paint' }, { text: 'Dry paint' })],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Another window changed the text of “Wet paint” at the same time, to something else.' },
    });
    expect((await ok('map.load', { mapId })).map.revision).toBe(sameField.revision);
  });

  it('saves a save again whose answer was lost (the host died mid-save) without failing on its own removal', async () => {
    const { ok, mapId, revision } = await open();
    const changes: MapChange[] = [{ op: 'removeNode', id: 'a' }, patch('b', { x: 0 }, { x: 70 })];
    await ok('map.applyChanges', { mapId, baseRevision: revision, clientId: WINDOW_A, changes });
    await ok('map.applyChanges', { mapId, baseRevision: revision, clientId: WINDOW_A, changes });
    const doc = await ok('map.load', { mapId });
    expect(doc.nodes.map((node) => [node.id, node.x])).toEqual([['b', 70]]);
  });

  it('refuses a save made against a revision the map never had (a backup was restored under it)', async () => {
    const { call, mapId, revision } = await open();
    expect(await call('map.applyChanges', { mapId, baseRevision: revision + 5, changes: [patch('a', { x: 0 }, { x: 1 })] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('answers what was committed since a revision, and says when its log no longer reaches back that far', async () => {
    const { ok, mapId, revision } = await open();
    await ok('map.applyChanges', { mapId, baseRevision: revision, clientId: WINDOW_A, changes: [patch('a', { x: 0 }, { x: 10 })] });
    expect(await ok('map.changesSince', { mapId, revision })).toEqual({
      revision: revision + 1,
      complete: true,
      entries: [{ revision: revision + 1, clientId: WINDOW_A, changes: [patch('a', { x: 0 }, { x: 10 })] }],
    });
    for (let step = 0; step < LOG_KEEP_REVISIONS + 5; step += 1) {
      await ok('map.applyChanges', { mapId, clientId: WINDOW_A, changes: [patch('a', { y: step }, { y: step + 1 })] });
    }
    // Young entries stay whatever their number; old ones past the newest few hundred go.
    expect((await ok('map.changesSince', { mapId, revision })).complete).toBe(true);
    now = new Date(now.getTime() + LOG_KEEP_MS + 1000);
    await ok('map.applyChanges', { mapId, clientId: WINDOW_A, changes: [patch('a', { y: 0 }, { y: 1 })] });
    const since = await ok('map.changesSince', { mapId, revision });
    expect(since.complete).toBe(false);
    expect((await ok('map.changesSince', { mapId, revision: since.revision - 10 })).entries).toHaveLength(10);
  });

  it('sends every committed change list to the feed with its writer, and a restore as “replaced” with a new epoch', async () => {
    const { ok, services: opened, workshopId, mapId, revision } = await open();
    const events: FeedEvent[] = [];
    const stop = opened.feed.subscribe((event) => events.push(event));
    await ok('map.applyChanges', { mapId, baseRevision: revision, clientId: WINDOW_A, changes: [patch('a', { x: 0 }, { x: 10 })] });
    await ok('parkingLot.parkNote', { mapId, nodeId: 'b' });
    const hello = events[0];
    expect(hello).toMatchObject({ type: 'hello' });
    expect(events.slice(1)).toEqual([
      { type: 'committed', mapId, revision: revision + 1, clientId: WINDOW_A, changes: [patch('a', { x: 0 }, { x: 10 })] },
      { type: 'committed', mapId, revision: revision + 2, clientId: null, changes: [{ op: 'removeNode', id: 'b' }] },
      // Parking also changes the parking lot, which the other windows' panels reload.
      { type: 'facilitation', workshopId, topic: 'parking-lot' },
    ]);

    const backup = await ok('backup.create', {});
    await ok('backup.restore', { name: backup.name });
    const replaced = events.at(-1);
    expect(replaced).toMatchObject({ type: 'replaced' });
    expect(replaced && 'epoch' in replaced && hello && 'epoch' in hello && replaced.epoch !== hello.epoch).toBe(true);
    stop();
  });

  it('greets with the same epoch after a host restart on the same file, so a window keeps its unsaved edits', async () => {
    const { services: first, dataDir } = await open();
    const greeting = () =>
      new Promise<FeedEvent>((resolve) => {
        const stop = (services ?? first).feed.subscribe((event) => {
          resolve(event);
          queueMicrotask(() => stop());
        });
      });
    const before = await greeting();
    await first.close();
    services = openAppServices(dataDir, { clock: () => now, scheduler: () => () => undefined });
    await services.started;
    const after = await greeting();
    expect(before).toMatchObject({ type: 'hello' });
    expect(after).toEqual(before);
  });

  it('feeds commits made by a second host on the same data folder', async () => {
    const { ok, services: first, mapId, revision, dataDir } = await open();
    const events: FeedEvent[] = [];
    first.feed.subscribe((event) => events.push(event));
    const second = openAppServices(dataDir, { clock: () => now, scheduler: () => () => undefined });
    await second.started;
    await second.dispatch('map.applyChanges', { mapId, baseRevision: revision, clientId: WINDOW_B, changes: [patch('a', { x: 0 }, { x: 5 })] });
    await expect.poll(() => events.filter((event) => event.type === 'committed'), { timeout: 2000 }).toHaveLength(1);
    await second.close();
    expect(await ok('map.load', { mapId })).toMatchObject({ map: { revision: revision + 1 } });
  });

  it('streams the feed over the browser host to a caller with the token only, as lines of JSON', async () => {
    const { ok, services: opened, mapId, revision } = await open();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>VSW</title>');
    host = await startBrowserHost({ dispatch: opened.dispatch, feed: opened.feed, staticDir });
    expect((await fetch(`${host.origin}/api/feed`)).status).toBe(401);
    expect((await fetch(`${host.origin}/api/feed`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);

    const controller = new AbortController();
    const response = await fetch(`${host.origin}/api/feed`, { headers: { Authorization: `Bearer ${host.token}` }, signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const readLines = async (count: number) => {
      while (text.split('\n').filter((line) => line.trim()).length < count) text += (await reader.read()).value ?? '';
      return text
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => FeedEventSchema.parse(JSON.parse(line)));
    };
    expect((await readLines(1))[0]).toMatchObject({ type: 'hello' });
    await ok('map.applyChanges', { mapId, baseRevision: revision, clientId: WINDOW_A, changes: [patch('a', { x: 0 }, { x: 10 })] });
    expect((await readLines(2))[1]).toEqual({
      type: 'committed',
      mapId,
      revision: revision + 1,
      clientId: WINDOW_A,
      changes: [patch('a', { x: 0 }, { x: 10 })],
    });
    controller.abort();
  });
});
