import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import { DATABASE_FILE_NAME } from '../../../main/store/open-database';
import type { FeedEvent } from '../../../shared/sync/map-feed';
import { noSchedule, typedApi } from '../../support/api-services';
import { fakeInterfaces, openRoomWorld, phone, ROOM_ADDRESS, type RoomWorld } from '../../support/room-world';

let world: RoomWorld | null = null;
const opened: AppServices[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const services of opened.splice(0)) await services.close();
  await world?.close();
  world = null;
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function start(dataDir: string, interfaces = fakeInterfaces): Promise<AppServices> {
  const services = openAppServices(dataDir, { scheduler: noSchedule, log: () => undefined, networkInterfaces: interfaces, participantPageDir: '' });
  opened.push(services);
  return services.started.then(() => services);
}

/**
 * The data folder as a crash would leave it while the room is open: a consistent copy of the
 * database taken while the app runs (SQLite's backup, as a kill mid-run leaves what was committed),
 * then the app gone, so its port is free again.
 */
async function crashedCopy(running: RoomWorld, change: (db: Database.Database) => void = () => undefined): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(path.dirname(running.dataDir), 'vsw-crashed-'));
  folders.push(dataDir);
  const source = new Database(path.join(running.dataDir, 'data', DATABASE_FILE_NAME), { readonly: true });
  await source.backup(path.join(dataDir, DATABASE_FILE_NAME));
  source.close();
  const copy = new Database(path.join(dataDir, DATABASE_FILE_NAME));
  change(copy);
  copy.close();
  await running.close();
  world = null;
  return dataDir;
}

describe('the projector’s join screen, held by the room', () => {
  it('is one choice for every window: the feed tells them, a crash keeps it, a new opening starts with the map, and a closed room refuses it', async () => {
    world = await openRoomWorld();
    const { api, workshopId, services } = world;
    expect(world.room.joinOnProjector).toBe(false);
    const events: FeedEvent[] = [];
    const stop = services.feed.subscribe((event) => events.push(event));
    const shown = await api.ok('room.showJoinScreen', { shown: true });
    stop();
    expect(shown.open && shown.joinOnProjector).toBe(true);
    expect(events).toContainEqual({ type: 'room', workshopId, topic: 'status' });
    const read = await api.ok('room.status', {});
    expect(read.open && read.joinOnProjector).toBe(true);

    const restarted = typedApi(await start(await crashedCopy(world)));
    const resumed = await restarted.ok('room.status', {});
    expect(resumed.open && resumed.joinOnProjector).toBe(true);
    const hidden = await restarted.ok('room.showJoinScreen', { shown: false });
    expect(hidden.open && hidden.joinOnProjector).toBe(false);
    await restarted.ok('room.showJoinScreen', { shown: true });
    await restarted.ok('room.close', {});
    expect(await restarted.call('room.showJoinScreen', { shown: true })).toMatchObject({ ok: false, error: { code: 'invalid-change' } });
    const reopened = await restarted.ok('room.open', { workshopId, address: ROOM_ADDRESS });
    expect(reopened.open && reopened.joinOnProjector).toBe(false);
  });
});

describe('the room after the app crashed', () => {
  it('opens again as it was: the same address, port and code, and the phones’ tokens and write ids still work', async () => {
    world = await openRoomWorld();
    const { room } = world;
    const origin = `http://${ROOM_ADDRESS}:${room.port}`;
    const ana = phone(origin);
    await ana.join(room.code);
    const writeId = crypto.randomUUID();
    await ana.ok('addIdea', { writeId, text: 'Before the crash', kind: null });
    const workshopId = world.workshopId;

    const services = await start(await crashedCopy(world));
    const api = typedApi(services);
    const status = await api.ok('room.status', {});
    expect(status.open && { port: status.port, code: status.code, address: status.address }).toEqual({
      port: room.port,
      code: room.code,
      address: ROOM_ADDRESS,
    });
    expect((await ana.ok('state', {})).me?.name).toBe('Ana');
    await ana.ok('addIdea', { writeId, text: 'Before the crash', kind: null });
    await ana.ok('addIdea', { writeId: crypto.randomUUID(), text: 'After the crash', kind: null });
    const ideas = await api.ok('room.ideas', { workshopId });
    expect(ideas.map((idea) => idea.text).sort()).toEqual(['After the crash', 'Before the crash']);

    // Closed by the facilitator (or by a quit), it stays closed at the next start.
    await api.ok('room.close', {});
    await services.close();
    opened.splice(opened.indexOf(services), 1);
    const again = await start(services.dataDir);
    expect(await typedApi(again).ok('room.status', {})).toEqual({ open: false });
    await expect(ana.call('state', {})).rejects.toThrow(/ECONNREFUSED/);
  });

  it('stays closed, and the phones’ tokens stop working, when its workshop is gone or its network is no longer there', async () => {
    for (const loss of ['workshop', 'network'] as const) {
      world = await openRoomWorld();
      const ana = phone(`http://${ROOM_ADDRESS}:${world.room.port}`);
      await ana.join(world.room.code);
      const workshopId = world.workshopId;
      const dataDir = await crashedCopy(world, (db) => {
        if (loss === 'workshop')
          db.prepare('UPDATE app_settings SET value = json_set(value, ?, ?) WHERE key = ?').run('$.workshopId', 'gone', 'room.open');
      });
      const services = await start(dataDir, loss === 'network' ? () => ({}) : fakeInterfaces);
      expect(await typedApi(services).ok('room.status', {}), loss).toEqual({ open: false });
      const db = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
      const devices = db.prepare('SELECT count(*) AS live FROM room_devices WHERE workshop_id = ? AND revoked_at IS NULL').get(workshopId);
      const record = db.prepare("SELECT count(*) AS kept FROM app_settings WHERE key = 'room.open'").get();
      db.close();
      expect({ devices, record }, loss).toEqual({ devices: { live: 0 }, record: { kept: 0 } });
    }
  });

  it('never opens from a backup taken while the room was open, once that backup is restored', async () => {
    world = await openRoomWorld();
    const api = world.api;
    const backup = await api.ok('backup.create', {});
    await api.ok('room.close', {});
    await api.ok('backup.restore', { name: backup.name });
    const dataDir = path.join(world.dataDir, 'data');
    await world.services.close();
    const services = await start(dataDir);
    expect(await typedApi(services).ok('room.status', {})).toEqual({ open: false });
    await services.close();
    opened.splice(opened.indexOf(services), 1);
  });
});
