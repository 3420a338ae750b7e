import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { applyMapChanges } from '../../main/store/map-repository';
import { createWorkshop } from '../../main/store/workshop-repository';
import type { MapChange } from '../../shared/editing/map-change';

export const fixedClock = () => new Date('2026-11-25T09:00:00.000Z');

/** A clock that moves one second on each reading, from 09:00 local time, so backups sort by when they were taken. */
export function steppingClock(): () => Date {
  let tick = 0;
  return () => new Date(2026, 10, 25, 9, 0, tick++);
}

function stickyNote(id: string, text: string): MapChange {
  return {
    op: 'putNode',
    node: { id, kind: 'sticky-note', x: 0, y: 0, width: 160, height: 120, z: 1, text, color: 'yellow', originId: null },
  };
}

/** A workshop whose map holds `notes` sticky notes: enough pages that damage lands on data. */
export function seedWorkshop(db: Database, title: string, notes = 200): { workshopId: string; mapId: string } {
  const { workshop, maps } = createWorkshop(db, { title, date: '2026-11-25', facilitator: 'Dana' }, fixedClock);
  const mapId = maps[0]!.id;
  const changes = Array.from({ length: notes }, (_, index) => stickyNote(`n${index}`, `${title} note ${index} `.repeat(4)));
  applyMapChanges(db, mapId, changes, fixedClock);
  return { workshopId: workshop.id, mapId };
}

/** Overwrites the middle of a closed database file with garbage, as a failing disk would. */
export function damageDatabaseFile(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) || 65536;
  const pages = Math.floor(bytes.length / pageSize);
  if (pages < 4) throw new Error('The database is too small to damage convincingly');
  for (let page = 1; page < pages; page += 2) bytes.fill(0xa5, page * pageSize, page * pageSize + 64);
  fs.writeFileSync(file, bytes);
}

/** Every row of every table, in a fixed order: two dumps are equal exactly when the data is. */
export function dumpDatabase(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).raw().all()]));
}
