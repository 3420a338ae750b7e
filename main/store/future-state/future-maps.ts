import type { Database } from 'better-sqlite3';
import type { MapChange } from '../../../shared/editing/map-change';
import type { MapDocument, MapMeta } from '../../../shared/model/vsm-map';
import { deriveFutureState } from '../../../shared/vsm';
import type { Clock } from '../clock';
import { applyMapChanges, createMap, getMapMeta, loadMap } from '../map-repository';
import { InvalidChangeError } from '../store-errors';
import { touchWorkshop } from '../workshop-repository';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

/**
 * A workshop's maps beyond the one it starts with: deriving a future state, renaming and
 * deleting. Deriving from a current-state map makes the engine's copy, each node pointing at the
 * node it came from; deriving from a future-state map copies it as it is, lineage included, so
 * "ideal" can start from "next quarter" and still compare with the current state.
 */
function contentChanges(doc: MapDocument): MapChange[] {
  return [
    { op: 'setSettings', settings: doc.map.settings },
    ...doc.nodes.map((node): MapChange => ({ op: 'putNode', node })),
    ...doc.connectors.map((connector): MapChange => ({ op: 'putConnector', connector })),
  ];
}

export function deriveFutureStateMap(db: Database, sourceMapId: string, name: string, clock: Clock): MapMeta {
  const source = loadMap(db, sourceMapId);
  const copy = source.map.state === 'current' ? deriveFutureState(source, { name, now: clock().toISOString() }) : source;
  const derivedFromMapId = source.map.state === 'current' ? source.map.id : source.map.derivedFromMapId;
  return db.transaction(() => {
    const meta = createMap(db, { workshopId: source.map.workshopId, name, state: 'future', derivedFromMapId }, clock);
    applyMapChanges(db, meta.id, contentChanges(copy), clock);
    return getMapMeta(db, meta.id);
  })();
}

export function renameMap(db: Database, mapId: string, name: string, clock: Clock): MapMeta {
  const meta = getMapMeta(db, mapId);
  db.transaction(() => {
    db.prepare('UPDATE maps SET name = ?, updated_at = ? WHERE id = ?').run(name, clock().toISOString(), mapId);
    touchWorkshop(db, meta.workshopId, clock);
  })();
  return getMapMeta(db, mapId);
}

/**
 * Deletes a map with everything on it and everything about it (its votes, answers and actions).
 * A workshop keeps at least one map. Maps derived from this one keep their content and lose only
 * the link back to it.
 */
export function deleteMap(db: Database, mapId: string, clock: Clock): { id: string } {
  const meta = getMapMeta(db, mapId);
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM maps WHERE workshop_id = ?').get(meta.workshopId)!.n;
  if (count <= 1) throw new InvalidChangeError(apiRefusalWords()('map.onlyMap', { name: meta.name }));
  db.transaction(() => {
    db.prepare('DELETE FROM connectors WHERE map_id = ?').run(mapId);
    db.prepare('DELETE FROM maps WHERE id = ?').run(mapId);
    touchWorkshop(db, meta.workshopId, clock);
  })();
  return { id: mapId };
}
