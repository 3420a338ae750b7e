import type { Database } from 'better-sqlite3';
import { reorderIds } from '../../../shared/facilitation/agenda';
import { NotFoundError } from '../store-errors';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

/** The facilitation tables whose rows a workshop keeps in an order of its own. */
export type OrderedTable = 'participants' | 'agenda_items' | 'parking_lot_items';

export function nextPosition(db: Database, table: OrderedTable, workshopId: string): number {
  return db.prepare<[string], { next: number }>(`SELECT coalesce(max(position) + 1, 0) AS next FROM ${table} WHERE workshop_id = ?`).get(workshopId)!
    .next;
}

const GONE = {
  participants: 'facilitation.participantGone',
  agenda_items: 'facilitation.activityGone',
  parking_lot_items: 'facilitation.parkedItemGone',
} as const satisfies Record<OrderedTable, string>;

/** The workshop a row belongs to, or a not-found error naming what was looked for. */
export function workshopOfRow(db: Database, table: OrderedTable, id: string): string {
  const row = db.prepare<[string], { workshop_id: string }>(`SELECT workshop_id FROM ${table} WHERE id = ?`).get(id);
  if (!row) throw new NotFoundError(apiRefusalWords()(GONE[table], { id }));
  return row.workshop_id;
}

/** Moves one row to `toIndex` and renumbers the rest 0, 1, 2 … in one go. */
export function moveRow(db: Database, table: OrderedTable, workshopId: string, id: string, toIndex: number): void {
  const ids = db
    .prepare<[string], { id: string }>(`SELECT id FROM ${table} WHERE workshop_id = ? ORDER BY position, id`)
    .all(workshopId)
    .map((row) => row.id);
  renumber(db, table, reorderIds(ids, id, toIndex));
}

export function renumber(db: Database, table: OrderedTable, ids: readonly string[]): void {
  const setPosition = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  ids.forEach((id, index) => setPosition.run(index, id));
}
