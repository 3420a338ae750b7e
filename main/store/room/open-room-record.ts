import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { IDEA_MODES } from '../../../shared/room/room-idea';

const RECORD_KEY = 'room.open';

/**
 * The room while it is open, kept so a start after a crash can open it again as it was: the same
 * address, port and code, so phones at that address reconnect with the tokens they hold and send
 * what waited on them. Removed when the room closes, which a quit does, so only a crash leaves one.
 */
const OpenRoomRecordSchema = z.strictObject({
  roomId: z.string().min(1),
  workshopId: z.string().min(1),
  code: z.string().min(1),
  address: z.string().min(1),
  port: z.number().int().min(1).max(65_535),
  ideaMode: z.enum(IDEA_MODES),
  /** Absent in a record an earlier version left: the map was shown. */
  joinOnProjector: z.boolean().default(false),
});

type OpenRoomRecord = z.infer<typeof OpenRoomRecordSchema>;

export function saveOpenRoom(db: Database, record: z.input<typeof OpenRoomRecordSchema>): void {
  db.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    RECORD_KEY,
    JSON.stringify(record),
  );
}

/** The room a crash left open, or null; a record this version cannot read counts as none. */
export function readOpenRoom(db: Database): OpenRoomRecord | null {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM app_settings WHERE key = ?').get(RECORD_KEY);
  if (!row) return null;
  try {
    const parsed = OpenRoomRecordSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function forgetOpenRoom(db: Database): void {
  db.prepare('DELETE FROM app_settings WHERE key = ?').run(RECORD_KEY);
}
