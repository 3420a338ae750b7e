import type { Database } from 'better-sqlite3';
import type { AgendaItem, AgendaItemDetails } from '../../../shared/facilitation/agenda';
import { newId } from '../../../shared/model/ids';
import type { Clock } from '../clock';
import { getWorkshop, touchWorkshop } from '../workshop-repository';
import { toAgendaItem, type AgendaItemRow } from './facilitation-rows';
import { moveRow, nextPosition, renumber, workshopOfRow } from './ordered-rows';

export function listAgenda(db: Database, workshopId: string): AgendaItem[] {
  return db
    .prepare<[string], AgendaItemRow>('SELECT * FROM agenda_items WHERE workshop_id = ? ORDER BY position, id')
    .all(workshopId)
    .map(toAgendaItem);
}

export function getAgendaItem(db: Database, id: string): AgendaItem {
  workshopOfRow(db, 'agenda_items', id);
  return toAgendaItem(db.prepare<[string], AgendaItemRow>('SELECT * FROM agenda_items WHERE id = ?').get(id)!);
}

/** Appends activities at the end of the day, in the order given (a template, or one new activity). */
export function addAgendaItems(db: Database, workshopId: string, items: readonly AgendaItemDetails[], clock: Clock): AgendaItem[] {
  getWorkshop(db, workshopId);
  const insert = db.prepare(
    `INSERT INTO agenda_items (id, workshop_id, position, title, planned_minutes, actual_seconds, is_current, notes)
     VALUES (?, ?, ?, ?, ?, 0, 0, ?)`,
  );
  db.transaction(() => {
    let position = nextPosition(db, 'agenda_items', workshopId);
    for (const item of items) insert.run(newId(), workshopId, position++, item.title, item.plannedMinutes, item.notes);
    touchWorkshop(db, workshopId, clock);
  })();
  return listAgenda(db, workshopId);
}

export type AgendaItemPatch = Partial<AgendaItemDetails> & { actualSeconds?: number };

export function updateAgendaItem(db: Database, id: string, patch: AgendaItemPatch, clock: Clock): AgendaItem[] {
  const workshopId = workshopOfRow(db, 'agenda_items', id);
  db.transaction(() => {
    db.prepare(
      `UPDATE agenda_items SET title = coalesce(?, title), planned_minutes = coalesce(?, planned_minutes),
       notes = coalesce(?, notes), actual_seconds = coalesce(?, actual_seconds) WHERE id = ?`,
    ).run(patch.title ?? null, patch.plannedMinutes ?? null, patch.notes ?? null, patch.actualSeconds ?? null, id);
    touchWorkshop(db, workshopId, clock);
  })();
  return listAgenda(db, workshopId);
}

export function moveAgendaItem(db: Database, id: string, toIndex: number, clock: Clock): AgendaItem[] {
  const workshopId = workshopOfRow(db, 'agenda_items', id);
  db.transaction(() => {
    moveRow(db, 'agenda_items', workshopId, id, toIndex);
    touchWorkshop(db, workshopId, clock);
  })();
  return listAgenda(db, workshopId);
}

/** Removes an activity; a timer running for it carries on as an ad hoc timer. */
export function removeAgendaItem(db: Database, id: string, clock: Clock): AgendaItem[] {
  const workshopId = workshopOfRow(db, 'agenda_items', id);
  db.transaction(() => {
    db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
    renumber(
      db,
      'agenda_items',
      listAgenda(db, workshopId).map((item) => item.id),
    );
    touchWorkshop(db, workshopId, clock);
  })();
  return listAgenda(db, workshopId);
}

export function addActualSeconds(db: Database, id: string, seconds: number): void {
  db.prepare('UPDATE agenda_items SET actual_seconds = actual_seconds + ? WHERE id = ?').run(seconds, id);
}

export function markCurrent(db: Database, workshopId: string, id: string | null): void {
  db.prepare('UPDATE agenda_items SET is_current = 0 WHERE workshop_id = ? AND is_current = 1').run(workshopId);
  if (id !== null) db.prepare('UPDATE agenda_items SET is_current = 1 WHERE id = ?').run(id);
}
