import type { Database } from 'better-sqlite3';
import { apiRefusalWords } from '../../../shared/i18n/refusals';
import type { Clock } from '../clock';
import { RoomRefusedError } from '../store-errors';

/**
 * The write ids a device has used (see shared/room/write-id.ts). Recorded in the transaction of
 * the write itself: a write is either done and recorded, or neither.
 */
export type RecordedWrite = { channel: string; madeId: string | null };

export function findWrite(db: Database, deviceId: string, writeId: string, channel: string): RecordedWrite | undefined {
  const row = db
    .prepare<[string, string], { channel: string; made_id: string | null }>(
      'SELECT channel, made_id FROM room_writes WHERE device_id = ? AND write_id = ?',
    )
    .get(deviceId, writeId);
  if (!row) return undefined;
  if (row.channel !== channel) throw new RoomRefusedError('invalid-input', apiRefusalWords()('room.writeIdReused'));
  return { channel: row.channel, madeId: row.made_id };
}

export function recordWrite(db: Database, deviceId: string, writeId: string, channel: string, madeId: string | null, clock: Clock): void {
  db.prepare('INSERT INTO room_writes (device_id, write_id, channel, made_id, written_at) VALUES (?, ?, ?, ?, ?)').run(
    deviceId,
    writeId,
    channel,
    madeId,
    clock().toISOString(),
  );
}

/** How many of a person's latest writes a view names: far more than a phone keeps waiting at once. */
export const STORED_WRITES_IN_VIEW = 50;

/** The ids of a person's latest writes in this room, from any of their devices, newest first. */
export function latestWriteIds(db: Database, roomId: string, participantId: string): string[] {
  return db
    .prepare<[string, string, number], { write_id: string }>(
      `SELECT w.write_id FROM room_writes w JOIN room_devices d ON d.id = w.device_id
       WHERE d.room_id = ? AND d.participant_id = ? ORDER BY w.written_at DESC, w.rowid DESC LIMIT ?`,
    )
    .all(roomId, participantId, STORED_WRITES_IN_VIEW)
    .map((row) => row.write_id);
}
