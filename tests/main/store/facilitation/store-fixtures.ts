import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { addNode } from '../../../../shared/editing/commands';
import type { MapChange } from '../../../../shared/editing/map-change';
import type { NodeKind } from '../../../../shared/model/node-kinds';
import { applyMapChanges, loadMap } from '../../../../main/store/map-repository';
import { openDatabase } from '../../../../main/store/open-database';
import { createWorkshop } from '../../../../main/store/workshop-repository';

export const START = Date.parse('2026-11-25T09:00:00.000Z');

/** A clock the test moves by hand. */
export function heldClock(start = START) {
  let now = start;
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advance: (ms: number) => {
      now += ms;
    },
    ms: () => now,
  });
}

export type HeldClock = ReturnType<typeof heldClock>;

export function openStore(dir: string): Database {
  return openDatabase(path.join(dir, 'store.sqlite'));
}

/** A workshop whose current-state map holds the given nodes (id → kind), each with its id as text. */
export function workshopWithNodes(db: Database, clock: HeldClock, nodes: Record<string, NodeKind>, title = 'Order to cash') {
  const overview = createWorkshop(db, { title, date: '2026-11-25', facilitator: 'Dana' }, clock);
  const mapId = overview.maps[0]!.id;
  const doc = loadMap(db, mapId);
  const changes: MapChange[] = Object.entries(nodes).flatMap(([id, kind], index) =>
    addNode(doc, { id, kind, at: { x: index * 200, y: 0 }, text: id }).map((change) =>
      change.op === 'putNode' ? { ...change, node: { ...change.node, z: index + 1 } } : change,
    ),
  );
  if (changes.length > 0) applyMapChanges(db, mapId, changes, clock);
  return { workshopId: overview.workshop.id, mapId };
}
