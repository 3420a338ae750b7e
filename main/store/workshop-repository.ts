import type { Database } from 'better-sqlite3';
import type { WorkshopOverview, WorkshopSummary } from '../../shared/api/workshop-contract';
import { translator } from '../../shared/i18n/i18n-instance';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages';
import { newId } from '../../shared/model/ids';
import type { Workshop, WorkshopDetails } from '../../shared/model/workshop';
import { definedOnly } from '../../shared/util/defined-only';
import type { Clock } from './clock';
import { createMap, deleteMapsOfWorkshop, duplicateMapsOfWorkshop, listMaps } from './map-repository';
import { duplicateFacilitation } from './facilitation/duplicate-facilitation';
import { duplicateFutureState } from './future-state/duplicate-future-state';
import { toWorkshop, type WorkshopRow } from './rows';
import { NotFoundError } from './store-errors';
import { apiRefusalWords } from '../../shared/i18n/refusals';

export function listWorkshops(db: Database): WorkshopSummary[] {
  const rows = db
    .prepare<[], WorkshopRow & { map_count: number }>(
      `SELECT w.*, (SELECT count(*) FROM maps m WHERE m.workshop_id = w.id) AS map_count
       FROM workshops w ORDER BY w.updated_at DESC, w.title`,
    )
    .all();
  return rows.map((row) => ({ ...toWorkshop(row), mapCount: row.map_count }));
}

export function getWorkshop(db: Database, id: string): Workshop {
  const row = db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?').get(id);
  if (!row) throw new NotFoundError(apiRefusalWords()('workshop.gone'));
  return toWorkshop(row);
}

export function getWorkshopOverview(db: Database, id: string): WorkshopOverview {
  return { workshop: getWorkshop(db, id), maps: listMaps(db, id) };
}

function insertWorkshop(db: Database, workshop: Workshop): void {
  db.prepare(
    `INSERT INTO workshops (id, title, date, facilitator, language, created_at, updated_at)
     VALUES (@id, @title, @date, @facilitator, @language, @createdAt, @updatedAt)`,
  ).run({ ...workshop, language: workshop.language ?? null });
}

/** A new workshop starts with an empty current-state map, where the day begins, named in the workshop's language. */
export function createWorkshop(db: Database, details: WorkshopDetails, clock: Clock): WorkshopOverview {
  const now = clock().toISOString();
  const workshop: Workshop = { ...details, id: newId(), createdAt: now, updatedAt: now };
  db.transaction(() => {
    insertWorkshop(db, workshop);
    const name = translator(workshop.language ?? DEFAULT_LANGUAGE, 'map')('newMap.current');
    createMap(db, { workshopId: workshop.id, name, state: 'current', derivedFromMapId: null }, clock);
  })();
  return getWorkshopOverview(db, workshop.id);
}

export function updateWorkshop(db: Database, id: string, patch: Partial<WorkshopDetails>, clock: Clock): Workshop {
  const current = getWorkshop(db, id);
  const next: Workshop = { ...current, ...definedOnly(patch), updatedAt: clock().toISOString() };
  db.prepare(
    `UPDATE workshops SET title = @title, date = @date, facilitator = @facilitator, language = @language, updated_at = @updatedAt
     WHERE id = @id`,
  ).run({ ...next, language: next.language ?? null });
  return next;
}

export function touchWorkshop(db: Database, id: string, clock: Clock): void {
  db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(clock().toISOString(), id);
}

/**
 * A full copy under a new id, with every map, node and connector, the facilitation data (agenda,
 * timer, participants, votes, parking lot) and the future-state answers and action plan; the
 * original is untouched.
 */
export function duplicateWorkshop(db: Database, id: string, clock: Clock): WorkshopOverview {
  const original = getWorkshop(db, id);
  const now = clock().toISOString();
  const copy: Workshop = { ...original, id: newId(), title: copyTitle(original.title), createdAt: now, updatedAt: now };
  db.transaction(() => {
    insertWorkshop(db, copy);
    const mapIds = duplicateMapsOfWorkshop(db, original.id, copy.id, clock);
    duplicateFacilitation(db, original.id, copy.id, mapIds);
    duplicateFutureState(db, original.id, copy.id, mapIds);
  })();
  return getWorkshopOverview(db, copy.id);
}

export function deleteWorkshop(db: Database, id: string): { id: string } {
  getWorkshop(db, id);
  db.transaction(() => {
    deleteMapsOfWorkshop(db, id);
    db.prepare('DELETE FROM workshops WHERE id = ?').run(id);
  })();
  return { id };
}

function copyTitle(title: string): string {
  const suffix = ' (copy)';
  return `${title.slice(0, 200 - suffix.length)}${suffix}`;
}
