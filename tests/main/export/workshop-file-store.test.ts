import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../main/store/open-database';
import { readWorkshopFile } from '../../../shared/workshop-file/read-workshop-file';
import { serializeWorkshopFile } from '../../../shared/workshop-file/write-workshop-file';
import { dumpDatabase } from '../../support/store-fixtures';
import { useApi, type Api } from '../store/future-state/api-support';
import { canonicalFile } from '../../support/canonical-file';
import { seedFullWorkshop } from '../../support/full-workshop';

function withDatabase<T>(api: Api, use: (db: Database.Database) => T): T {
  const db = new Database(path.join(api.services.dataDir, DATABASE_FILE_NAME), { readonly: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/**
 * The log of committed change lists is how open windows on this computer stay in step (rebasing,
 * the live feed), not workshop content: an imported map starts with an empty one. The room's
 * devices belong to one opening of the room on this computer; ideas from the room become content
 * when the facilitator places or parks them, and the inbox itself stays on this computer.
 */
const NOT_CONTENT = ['map_changes', 'room_devices', 'room_ideas'];

/** Rows each table holds for one workshop: by its workshop_id column, or through its map_id. */
function rowsPerTable(db: Database.Database, workshopId: string): Record<string, number> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .filter(({ name }) => !NOT_CONTENT.includes(name));
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const columns = db
      .prepare<[], { name: string }>(`PRAGMA table_info("${name}")`)
      .all()
      .map((column) => column.name);
    const where = columns.includes('workshop_id')
      ? 'workshop_id = ?'
      : columns.includes('map_id')
        ? 'map_id IN (SELECT id FROM maps WHERE workshop_id = ?)'
        : name === 'workshops'
          ? 'id = ?'
          : null;
    if (where) counts[name] = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM "${name}" WHERE ${where}`).get(workshopId)!.n;
  }
  return counts;
}

describe('the workshop file through the store', () => {
  const openApi = useApi();

  it('exports a workshop with something in every table it owns, and imports it back as an equal new workshop', async () => {
    const api = await openApi();
    const seeded = await seedFullWorkshop(api.call);
    const original = await api.call('workshop.exportFile', { id: seeded.workshopId });
    const originalRows = withDatabase(api, (db) => rowsPerTable(db, seeded.workshopId));
    for (const [table, count] of Object.entries(originalRows)) expect(count, `${table} is seeded`).toBeGreaterThan(0);

    const text = serializeWorkshopFile(original);
    expect(readWorkshopFile(text)).toEqual({ ok: true, file: original, upgradedFrom: null });
    const outcome = await api.call('workshop.importFile', { text });
    if (outcome.status !== 'imported') throw new Error(`not imported: ${outcome.status}`);
    const importedId = outcome.overview.workshop.id;
    expect(outcome).toMatchObject({ renamed: true, upgradedFrom: null });
    expect(outcome.overview.workshop.title).toBe('Acme (imported)');

    expect(withDatabase(api, (db) => rowsPerTable(db, importedId))).toEqual(originalRows);
    const imported = await api.call('workshop.exportFile', { id: importedId });
    expect(canonicalFile(imported)).toEqual(canonicalFile(original));
  });

  it('gives every row a fresh id but keeps node ids, so votes, actions and lineage still point at their nodes', async () => {
    const api = await openApi();
    const seeded = await seedFullWorkshop(api.call);
    const original = await api.call('workshop.exportFile', { id: seeded.workshopId });
    const outcome = await api.call('workshop.importFile', { text: serializeWorkshopFile(original) });
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const imported = await api.call('workshop.exportFile', { id: outcome.overview.workshop.id });
    const idsOf = (file: typeof original) => [
      file.workshop.id,
      ...file.maps.map((map) => map.id),
      ...file.participants.map((person) => person.id),
      ...file.agenda.map((item) => item.id),
      ...file.votingSessions.flatMap((session) => [session.id, ...session.votes.map((vote) => vote.id)]),
      ...file.parkingLot.map((item) => item.id),
      ...file.actions.map((action) => action.id),
    ];
    const before = new Set(idsOf(original));
    expect(idsOf(imported).filter((id) => before.has(id))).toEqual([]);
    expect(imported.maps.map((map) => map.nodes.map((node) => node.id))).toEqual(original.maps.map((map) => map.nodes.map((node) => node.id)));
    expect(imported.maps[1]!.derivedFromMapId).toBe(imported.maps[0]!.id);
    expect(imported.presentation.resultsSessionId).toBe(imported.votingSessions[0]!.id);
    expect(await api.call('workshop.get', { id: seeded.workshopId })).toMatchObject({ workshop: { title: 'Acme' } });
  });

  it('imports a timer that was running as paused at the time it showed when the file was written', async () => {
    const api = await openApi();
    const seeded = await seedFullWorkshop(api.call);
    const original = await api.call('workshop.exportFile', { id: seeded.workshopId });
    expect(original.timer.status).toBe('running');
    const outcome = await api.call('workshop.importFile', { text: serializeWorkshopFile(original) });
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const timer = await api.call('timer.get', { workshopId: outcome.overview.workshop.id });
    const ran = Date.parse(original.exportedAt) - original.timer.runningSinceMs!;
    expect(ran).toBeGreaterThan(0);
    expect(timer).toMatchObject({ status: 'paused', runningSinceMs: null, elapsedBeforeMs: original.timer.elapsedBeforeMs + ran });
  });

  it('keeps the title when no other workshop has it', async () => {
    const api = await openApi();
    const seeded = await seedFullWorkshop(api.call);
    const file = await api.call('workshop.exportFile', { id: seeded.workshopId });
    await api.call('workshop.delete', { id: seeded.workshopId });
    const outcome = await api.call('workshop.importFile', { text: serializeWorkshopFile(file) });
    expect(outcome).toMatchObject({ status: 'imported', renamed: false, overview: { workshop: { title: 'Acme' } } });
  });

  it('refuses a bad file with a message naming the problem, and changes nothing', async () => {
    const api = await openApi();
    const seeded = await seedFullWorkshop(api.call);
    const file = await api.call('workshop.exportFile', { id: seeded.workshopId });
    const text = serializeWorkshopFile(file);
    const before = withDatabase(api, dumpDatabase);
    const cases: [string, string][] = [
      [text.slice(0, text.length / 2), 'cut short'],
      [text.replace('"formatVersion": 1', '"formatVersion": 7'), 'newer version'],
      [text.replace('"acme-weld-1"', '"acme-weld-1-renamed"'), 'connectors'],
      ['{"kind": "something-else"}', 'not a Value Stream Workshop file'],
    ];
    for (const [bad, says] of cases) {
      const refusal = await api.refusal('workshop.importFile', { text: bad });
      expect(refusal.code).toBe('invalid-file');
      expect(refusal.message).toContain(says);
      expect(withDatabase(api, dumpDatabase)).toEqual(before);
    }
  });
});
