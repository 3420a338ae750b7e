import { openDatabase } from '../../../main/store/open-database';

export type StoreSize = { workshops: number; mapsPerWorkshop: number; nodesPerMap: number };

/**
 * A store the size of a busy laptop, written with direct inserts in one transaction (the API
 * would take far longer to fill it). Workshop `w3` has maps `w3-m0`…; each map holds sticky notes
 * in a grid, every fourth of them a process box when `withProcesses`. Returns the map ids.
 */
export function seedStore(file: string, { workshops, mapsPerWorkshop, nodesPerMap }: StoreSize, withProcesses: boolean): string[] {
  const db = openDatabase(file);
  const now = new Date('2026-11-25T09:00:00.000Z').toISOString();
  const insertWorkshop = db.prepare('INSERT INTO workshops (id, title, date, facilitator, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertMap = db.prepare(
    "INSERT INTO maps (id, workshop_id, position, name, state, derived_from_map_id, settings, revision, created_at, updated_at) VALUES (?, ?, ?, ?, 'current', NULL, '{}', 0, ?, ?)",
  );
  const insertNode = db.prepare('INSERT INTO nodes VALUES (?, ?, ?)');
  const ids: string[] = [];
  db.transaction(() => {
    for (let w = 0; w < workshops; w += 1) {
      const workshopId = `w${w}`;
      insertWorkshop.run(workshopId, `Workshop ${w}`, '2026-11-25', 'Dana Lee', now, now);
      for (let m = 0; m < mapsPerWorkshop; m += 1) {
        const mapId = `${workshopId}-m${m}`;
        ids.push(mapId);
        insertMap.run(mapId, workshopId, m, `Map ${m}`, now, now);
        for (let n = 0; n < nodesPerMap; n += 1) {
          const id = `n${n}`;
          const kind = withProcesses && n % 4 === 0 ? 'process' : 'sticky-note';
          const node = {
            id,
            kind,
            x: (n % 50) * 200,
            y: Math.floor(n / 50) * 150,
            width: 160,
            height: 120,
            z: n,
            text: `Step ${n}: waiting for approval from the change board`,
            color: 'yellow',
            originId: null,
            ...(kind === 'process' ? { process: { cycleTime: 45, uptime: 92, operators: 2 } } : {}),
          };
          insertNode.run(mapId, id, JSON.stringify(node));
        }
      }
    }
  })();
  db.close();
  return ids;
}
