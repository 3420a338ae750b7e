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
