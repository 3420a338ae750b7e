import type { Database } from 'better-sqlite3';
import type { MapChange } from '../../shared/editing/map-change';
import { templateChanges, type MapTemplate } from '../../shared/editing/map-templates';
import type { Connector } from '../../shared/model/connector';
import { compareByStackingOrder } from '../../shared/model/document-order';
import { newId } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { MapDocument, MapMeta, MapState } from '../../shared/model/vsm-map';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import type { Clock } from './clock';
import { toMapMeta, type MapRow } from './rows';
import { InvalidChangeError, NotFoundError } from './store-errors';

export type NewMap = { workshopId: string; name: string; state: MapState; derivedFromMapId: string | null };

export function listMaps(db: Database, workshopId: string): MapMeta[] {
  return db
    .prepare<[string], MapRow>('SELECT * FROM maps WHERE workshop_id = ? ORDER BY position, created_at')
    .all(workshopId)
    .map(toMapMeta);
}

export function getMapMeta(db: Database, mapId: string): MapMeta {
  const row = db.prepare<[string], MapRow>('SELECT * FROM maps WHERE id = ?').get(mapId);
  if (!row) throw new NotFoundError(`No map with id ${mapId}`);
  return toMapMeta(row);
}

export function createMap(db: Database, map: NewMap, clock: Clock): MapMeta {
  const now = clock().toISOString();
  const id = newId();
  const position = db
    .prepare<[string], { next: number }>('SELECT coalesce(max(position) + 1, 0) AS next FROM maps WHERE workshop_id = ?')
    .get(map.workshopId)!.next;
  db.prepare(
    `INSERT INTO maps (id, workshop_id, position, name, state, derived_from_map_id, settings, revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '{}', 0, ?, ?)`,
  ).run(id, map.workshopId, position, map.name, map.state, map.derivedFromMapId, now, now);
  return getMapMeta(db, id);
}

/**
 * Creates a map and fills it from a template in one transaction, so a map never exists half
 * filled. The template's content goes through the same change list as any edit.
 */
export function createMapFromTemplate(db: Database, map: NewMap, template: MapTemplate, clock: Clock): MapMeta {
  return db.transaction(() => {
    const meta = createMap(db, map, clock);
    const changes = templateChanges(loadMap(db, meta.id), template, newId);
    if (changes.length > 0) applyMapChanges(db, meta.id, changes, clock);
    return getMapMeta(db, meta.id);
  })();
}

export function loadMap(db: Database, mapId: string): MapDocument {
  const map = getMapMeta(db, mapId);
  const nodes = db
    .prepare<[string], { body: string }>('SELECT body FROM nodes WHERE map_id = ?')
    .all(mapId)
    .map((row) => JSON.parse(row.body) as MapNode)
    .sort(compareByStackingOrder);
  const connectors = db
    .prepare<[string], { body: string }>('SELECT body FROM connectors WHERE map_id = ? ORDER BY id')
    .all(mapId)
    .map((row) => JSON.parse(row.body) as Connector);
  return { map, nodes, connectors };
}

/**
 * Saves a list of changes in one transaction: all of them or none. The database's keys enforce
 * the same rules as the shared editing code (a connector's ends exist, a node with connectors
 * is not removed), so a change list the renderer could not have applied is refused here too.
 */
export function applyMapChanges(db: Database, mapId: string, changes: readonly MapChange[], clock: Clock): { revision: number } {
  const meta = getMapMeta(db, mapId);
  const putNode = db.prepare(
    `INSERT INTO nodes (map_id, id, body) VALUES (?, ?, ?)
     ON CONFLICT (map_id, id) DO UPDATE SET body = excluded.body`,
  );
  const removeNode = db.prepare('DELETE FROM nodes WHERE map_id = ? AND id = ?');
  const putConnector = db.prepare(
    `INSERT INTO connectors (map_id, id, from_id, to_id, body) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (map_id, id) DO UPDATE SET from_id = excluded.from_id, to_id = excluded.to_id, body = excluded.body`,
  );
  const removeConnector = db.prepare('DELETE FROM connectors WHERE map_id = ? AND id = ?');
  const setSettings = db.prepare('UPDATE maps SET settings = ? WHERE id = ?');

  const save = db.transaction(() => {
    changes.forEach((change, index) => {
      try {
        switch (change.op) {
          case 'putNode':
            putNode.run(mapId, change.node.id, JSON.stringify(change.node));
            break;
          case 'removeNode':
            if (removeNode.run(mapId, change.id).changes === 0) {
              throw new InvalidChangeError(`node ${change.id} is not on the map`);
            }
            break;
          case 'putConnector': {
            const { connector } = change;
            if (connector.fromId === connector.toId) throw new InvalidChangeError('a connector must join two different nodes');
            putConnector.run(mapId, connector.id, connector.fromId, connector.toId, JSON.stringify(connector));
            break;
          }
          case 'removeConnector':
            if (removeConnector.run(mapId, change.id).changes === 0) {
              throw new InvalidChangeError(`connector ${change.id} is not on the map`);
            }
            break;
          case 'setSettings':
            setSettings.run(JSON.stringify(change.settings), mapId);
            break;
          default:
            exhaustiveSwitchError(change, 'map change');
        }
      } catch (error) {
        throw describeChangeFailure(error, change, index);
      }
    });
    const now = clock().toISOString();
    db.prepare('UPDATE maps SET revision = revision + 1, updated_at = ? WHERE id = ?').run(now, mapId);
    db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(now, meta.workshopId);
  });
  save.immediate();
  return { revision: meta.revision + 1 };
}

function describeChangeFailure(error: unknown, change: MapChange, index: number): Error {
  const where = `change ${index + 1} (${change.op})`;
  if (error instanceof InvalidChangeError) return new InvalidChangeError(`Cannot save ${where}: ${error.message}`);
  if (isForeignKeyError(error)) {
    const reason =
      change.op === 'removeNode'
        ? 'a connector still attaches to that node'
        : 'a connector must attach to nodes that are on the map';
    return new InvalidChangeError(`Cannot save ${where}: ${reason}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Copies every map of a workshop, with nodes and connectors, keeping lineage inside the copy.
 * Returns the copy's id of each original map, for the workshop's other data that points at maps.
 */
export function duplicateMapsOfWorkshop(db: Database, fromWorkshopId: string, toWorkshopId: string, clock: Clock): Map<string, string> {
  const now = clock().toISOString();
  const maps = listMaps(db, fromWorkshopId);
  const newIds = new Map(maps.map((map) => [map.id, newId()]));
  const insertMap = db.prepare(
    `INSERT INTO maps (id, workshop_id, position, name, state, derived_from_map_id, settings, revision, created_at, updated_at)
     SELECT ?, ?, position, name, state, NULL, settings, 0, ?, ? FROM maps WHERE id = ?`,
  );
  const setDerivedFrom = db.prepare('UPDATE maps SET derived_from_map_id = ? WHERE id = ?');
  const copyNodes = db.prepare('INSERT INTO nodes (map_id, id, body) SELECT ?, id, body FROM nodes WHERE map_id = ?');
  const copyConnectors = db.prepare(
    'INSERT INTO connectors (map_id, id, from_id, to_id, body) SELECT ?, id, from_id, to_id, body FROM connectors WHERE map_id = ?',
  );
  for (const map of maps) {
    const copyId = newIds.get(map.id)!;
    insertMap.run(copyId, toWorkshopId, now, now, map.id);
    copyNodes.run(copyId, map.id);
    copyConnectors.run(copyId, map.id);
  }
  for (const map of maps) {
    const derivedFrom = map.derivedFromMapId ? newIds.get(map.derivedFromMapId) : undefined;
    if (derivedFrom) setDerivedFrom.run(derivedFrom, newIds.get(map.id)!);
  }
  return newIds;
}

export function deleteMapsOfWorkshop(db: Database, workshopId: string): void {
  db.prepare('DELETE FROM connectors WHERE map_id IN (SELECT id FROM maps WHERE workshop_id = ?)').run(workshopId);
  db.prepare('DELETE FROM maps WHERE workshop_id = ?').run(workshopId);
}
