import type { Database } from 'better-sqlite3';
import { apiRefusalWords } from '../../../shared/i18n/refusals';
import { newId } from '../../../shared/model/ids';
import { MAX_ROOM_DEVICES } from '../../../shared/room/room-limits';
import type { Clock } from '../clock';
import { RoomRefusedError } from '../store-errors';

/**
 * The phones that joined the room. A device is found by the SHA-256 of its token and only while
 * it belongs to the room's current opening and is not revoked; closing the room revokes them all.
 */
export type RoomDeviceRow = {
  id: string;
  room_id: string;
  workshop_id: string;
  participant_id: string | null;
  joined_at: string;
  last_seen_at: string;
};

export type ListedDevice = RoomDeviceRow & { name: string | null };

const DEVICE_COLUMNS = 'id, room_id, workshop_id, participant_id, joined_at, last_seen_at';

/** Adds a device to the room, unless it already holds the most devices allowed. */
export function addDevice(db: Database, roomId: string, workshopId: string, tokenHash: string, clock: Clock): RoomDeviceRow {
  const id = newId();
  const now = clock().toISOString();
  db.transaction(() => {
    const { count } = db
      .prepare<[string], { count: number }>('SELECT count(*) AS count FROM room_devices WHERE room_id = ? AND revoked_at IS NULL')
      .get(roomId) ?? { count: 0 };
    if (count >= MAX_ROOM_DEVICES) {
      throw new RoomRefusedError('room-full', apiRefusalWords()('room.full', { max: MAX_ROOM_DEVICES }));
    }
    db.prepare(
      'INSERT INTO room_devices (id, room_id, workshop_id, token_hash, participant_id, joined_at, last_seen_at) VALUES (?, ?, ?, ?, NULL, ?, ?)',
    ).run(id, roomId, workshopId, tokenHash, now, now);
  }).immediate();
  return { id, room_id: roomId, workshop_id: workshopId, participant_id: null, joined_at: now, last_seen_at: now };
}

export function deviceByToken(db: Database, roomId: string, tokenHash: string): RoomDeviceRow | undefined {
  return db
    .prepare<[string, string], RoomDeviceRow>(
      `SELECT ${DEVICE_COLUMNS} FROM room_devices WHERE room_id = ? AND token_hash = ? AND revoked_at IS NULL`,
    )
    .get(roomId, tokenHash);
}

export function getDevice(db: Database, id: string): RoomDeviceRow | undefined {
  return db.prepare<[string], RoomDeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM room_devices WHERE id = ? AND revoked_at IS NULL`).get(id);
}

export function listDevices(db: Database, roomId: string): ListedDevice[] {
  return db
    .prepare<[string], ListedDevice>(
      `SELECT d.id, d.room_id, d.workshop_id, d.participant_id, d.joined_at, d.last_seen_at, p.name AS name
       FROM room_devices d LEFT JOIN participants p ON p.id = d.participant_id
       WHERE d.room_id = ? AND d.revoked_at IS NULL ORDER BY d.joined_at, d.id`,
    )
    .all(roomId);
}

export function setDeviceParticipant(db: Database, deviceId: string, participantId: string): void {
  db.prepare('UPDATE room_devices SET participant_id = ? WHERE id = ?').run(participantId, deviceId);
}

export function markDeviceSeen(db: Database, deviceId: string, clock: Clock): void {
  db.prepare('UPDATE room_devices SET last_seen_at = ? WHERE id = ?').run(clock().toISOString(), deviceId);
}

export function revokeDevice(db: Database, deviceId: string, clock: Clock): boolean {
  return db.prepare('UPDATE room_devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(clock().toISOString(), deviceId).changes > 0;
}

/** Every device of every opening: called when the room closes, and when it opens (a crash may have left some). */
export function revokeAllDevices(db: Database, clock: Clock): void {
  db.prepare('UPDATE room_devices SET revoked_at = ? WHERE revoked_at IS NULL').run(clock().toISOString());
}

/** Whether the room's workshop is still there (another window may delete it while the room is open). */
export function workshopExists(db: Database, workshopId: string): boolean {
  return db.prepare<[string], { found: number }>('SELECT 1 AS found FROM workshops WHERE id = ?').get(workshopId) !== undefined;
}
