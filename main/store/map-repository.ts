import type { Database } from 'better-sqlite3';
import { applyCheckedPatch, MapChangeError, type MapChange } from '../../shared/editing/map-change';
import { templateChanges, type MapTemplate } from '../../shared/editing/map-templates';
import type { Language } from '../../shared/i18n/languages';
import { apiRefusalWords } from '../../shared/i18n/refusals';
import { ConnectorSchema, type Connector } from '../../shared/model/connector';
import { compareByStackingOrder } from '../../shared/model/document-order';
import { newId } from '../../shared/model/ids';
import { MapNodeSchema, type MapNode } from '../../shared/model/map-node';
import { MapSettingsSchema, type MapDocument, type MapMeta, type MapState } from '../../shared/model/vsm-map';
import type { ChangesSince, LoggedChange } from '../../shared/sync/map-feed';
import { describeConflicts, rebase, type NodeNames } from '../../shared/sync/rebase';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import type { Clock } from './clock';
import { toMapMeta, type MapRow } from './rows';
import { ConflictError, InvalidChangeError, NotFoundError } from './store-errors';

export type NewMap = { workshopId: string; name: string; state: MapState; derivedFromMapId: string | null };

export function listMaps(db: Database, workshopId: string): MapMeta[] {
  return db.prepare<[string], MapRow>('SELECT * FROM maps WHERE workshop_id = ? ORDER BY position, created_at').all(workshopId).map(toMapMeta);
}

export function getMapMeta(db: Database, mapId: string): MapMeta {
  const row = db.prepare<[string], MapRow>('SELECT * FROM maps WHERE id = ?').get(mapId);
  if (!row) throw new NotFoundError(apiRefusalWords()('map.mapGone'));
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
 * filled. The template's content goes through the same change list as any edit, its words in
 * the workshop's `language`.
 */
export function createMapFromTemplate(db: Database, map: NewMap, template: MapTemplate, language: Language, clock: Clock): MapMeta {
  return db.transaction(() => {
    const meta = createMap(db, map, clock);
    const changes = templateChanges(loadMap(db, meta.id), template, newId, language);
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

/** Who saved and against what: the revision the window had seen, and the window's id for the live feed. */
export type SaveContext = { baseRevision?: number; clientId?: string };

/**
 * The log keeps every map's newest revisions, and all of the last half hour's, so a window that
 * slept or lost its connection for a while can still be rebased; older entries go.
 */
export const LOG_KEEP_REVISIONS = 200;
export const LOG_KEEP_MS = 30 * 60 * 1000;

/**
 * Saves a list of changes in one transaction: all of them or none, as the map's next revision,
 * logged for rebasing and for the live feed. The database's keys enforce the same rules as the
 * shared editing code (a connector's ends exist, a node with connectors is not removed), so a
 * change list the renderer could not have applied is refused here too.
 *
 * A save that names the revision it was made against (`baseRevision`) is rebased over what was
 * committed since (see shared/sync/rebase.ts) and refused with a ConflictError when it clashes.
 * Without a base it is applied to whatever is on disk, as a single writer's save.
 */
export function applyMapChanges(
  db: Database,
  mapId: string,
  changes: readonly MapChange[],
  clock: Clock,
  context: SaveContext = {},
): { revision: number } {
  const putNode = db.prepare(
    `INSERT INTO nodes (map_id, id, body) VALUES (?, ?, ?)
     ON CONFLICT (map_id, id) DO UPDATE SET body = excluded.body`,
  );
  const readNode = db.prepare<[string, string], { body: string }>('SELECT body FROM nodes WHERE map_id = ? AND id = ?');
  const removeNode = db.prepare<[string, string], { body: string }>('DELETE FROM nodes WHERE map_id = ? AND id = ? RETURNING body');
  const removedNodes: RemovedNode[] = [];
  const putConnector = db.prepare(
    `INSERT INTO connectors (map_id, id, from_id, to_id, body) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (map_id, id) DO UPDATE SET from_id = excluded.from_id, to_id = excluded.to_id, body = excluded.body`,
  );
  const readConnector = db.prepare<[string, string], { body: string }>('SELECT body FROM connectors WHERE map_id = ? AND id = ?');
  const removeConnector = db.prepare('DELETE FROM connectors WHERE map_id = ? AND id = ?');
  const setSettings = db.prepare('UPDATE maps SET settings = ? WHERE id = ?');

  function writeConnector(connector: Connector) {
    if (connector.fromId === connector.toId) throw new InvalidChangeError(apiRefusalWords()('map.connectorSameEnds'));
    putConnector.run(mapId, connector.id, connector.fromId, connector.toId, JSON.stringify(connector));
  }

  function applyOne(change: MapChange, meta: MapMeta) {
    switch (change.op) {
      case 'putNode':
        putNode.run(mapId, change.node.id, JSON.stringify(change.node));
        break;
      case 'patchNode': {
        const row = readNode.get(mapId, change.id);
        if (!row) throw new InvalidChangeError(apiRefusalWords()('map.nodeNotOnMap', { id: change.id }));
        const node = applyCheckedPatch(JSON.parse(row.body) as MapNode, change, MapNodeSchema, { kind: 'node', id: change.id });
        putNode.run(mapId, change.id, JSON.stringify(node));
        break;
      }
      case 'removeNode': {
        const row = removeNode.get(mapId, change.id);
        if (!row) throw new InvalidChangeError(apiRefusalWords()('map.nodeNotOnMap', { id: change.id }));
        const { id, text, kind } = JSON.parse(row.body) as MapNode;
        removedNodes.push({ id, text, kind });
        break;
      }
      case 'putConnector':
        writeConnector(change.connector);
        break;
      case 'patchConnector': {
        const row = readConnector.get(mapId, change.id);
        if (!row) throw new InvalidChangeError(apiRefusalWords()('map.connectorNotOnMap', { id: change.id }));
        writeConnector(applyCheckedPatch(JSON.parse(row.body) as Connector, change, ConnectorSchema, { kind: 'connector', id: change.id }));
        break;
      }
      case 'removeConnector':
        if (removeConnector.run(mapId, change.id).changes === 0) {
          throw new InvalidChangeError(apiRefusalWords()('map.connectorNotOnMap', { id: change.id }));
        }
        break;
      case 'setSettings':
        setSettings.run(JSON.stringify(change.settings), mapId);
        break;
      case 'patchSettings': {
        const current = getMapMeta(db, meta.id).settings;
        setSettings.run(JSON.stringify(applyCheckedPatch(current, change, MapSettingsSchema, { kind: 'settings' })), mapId);
        break;
      }
      default:
        exhaustiveSwitchError(change, 'map change');
    }
  }

  const save = db.transaction(() => {
    const meta = getMapMeta(db, mapId);
    const toApply = rebaseOnDisk(db, meta, changes, context);
    toApply.forEach((change, index) => {
      try {
        applyOne(change, meta);
      } catch (error) {
        throw describeChangeFailure(error, change, index);
      }
    });
    const revision = meta.revision + 1;
    const now = clock();
    db.prepare('UPDATE maps SET revision = ?, updated_at = ? WHERE id = ?').run(revision, now.toISOString(), mapId);
    db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(now.toISOString(), meta.workshopId);
    db.prepare('INSERT INTO map_changes (map_id, revision, client_id, changes, removed_nodes, committed_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      mapId,
      revision,
      context.clientId ?? null,
      JSON.stringify(toApply),
      JSON.stringify(removedNodes),
      now.toISOString(),
    );
    db.prepare('DELETE FROM map_changes WHERE map_id = ? AND revision <= ? AND committed_at < ?').run(
      mapId,
      revision - LOG_KEEP_REVISIONS,
      new Date(now.getTime() - LOG_KEEP_MS).toISOString(),
    );
    return revision;
  });
  return { revision: save.immediate() };
}

/** The changes to write: the save as it is when nothing came between, else rebased over what did. */
function rebaseOnDisk(db: Database, meta: MapMeta, changes: readonly MapChange[], { baseRevision, clientId }: SaveContext): readonly MapChange[] {
  if (baseRevision === undefined || baseRevision === meta.revision) return changes;
  if (baseRevision > meta.revision) {
    throw new ConflictError(apiRefusalWords()('map.newerThanSaved'));
  }
  const since = changesSince(db, meta.id, baseRevision);
  if (!since.complete) {
    throw new ConflictError(apiRefusalWords()('map.tooFarBehind'));
  }
  const isOwn = (entry: LoggedChange) => clientId !== undefined && entry.clientId === clientId;
  const result = rebase(
    since.entries.filter((entry) => !isOwn(entry)).flatMap((entry) => entry.changes),
    changes,
    since.entries.filter(isOwn).flatMap((entry) => entry.changes),
  );
  if (!result.ok) throw new ConflictError(describeConflicts(result.conflicts, nodeNames(db, meta.id, baseRevision)));
  return result.changes;
}

type RemovedNode = Pick<MapNode, 'id' | 'text' | 'kind'>;

/** Names boxes as the map has them now, or as they were when another window deleted them after `baseRevision`. */
function nodeNames(db: Database, mapId: string, baseRevision: number): NodeNames {
  const names = new Map<string, Pick<MapNode, 'text' | 'kind'>>();
  const removed = db
    .prepare<[string, number], { removed_nodes: string }>('SELECT removed_nodes FROM map_changes WHERE map_id = ? AND revision > ?')
    .all(mapId, baseRevision);
  for (const row of removed) for (const node of JSON.parse(row.removed_nodes) as RemovedNode[]) names.set(node.id, node);
  for (const node of loadMap(db, mapId).nodes) names.set(node.id, node);
  return (id) => names.get(id);
}

/**
 * The committed change lists of a map after a revision, oldest first. `complete` is false when
 * the log no longer reaches back that far (pruned, or the map was replaced by a restore or an
 * import), and the caller must load the whole map instead.
 */
export function changesSince(db: Database, mapId: string, afterRevision: number): ChangesSince {
  const { revision } = getMapMeta(db, mapId);
  if (afterRevision > revision) return { revision, entries: [], complete: false };
  const entries = db
    .prepare<[string, number], { revision: number; client_id: string | null; changes: string }>(
      'SELECT revision, client_id, changes FROM map_changes WHERE map_id = ? AND revision > ? ORDER BY revision',
    )
    .all(mapId, afterRevision)
    .map((row) => ({ revision: row.revision, clientId: row.client_id, changes: JSON.parse(row.changes) as MapChange[] }));
  const complete = entries.length === revision - afterRevision && entries.every((entry, index) => entry.revision === afterRevision + index + 1);
  return { revision, entries, complete };
}

function describeChangeFailure(error: unknown, change: MapChange, index: number): Error {
  const words = apiRefusalWords();
  const refused = (problem: string) => new InvalidChangeError(words('map.cannotSave', { number: index + 1, op: change.op, problem }));
  if (error instanceof InvalidChangeError || error instanceof MapChangeError) return refused(error.message);
  if (isForeignKeyError(error)) return refused(words(change.op === 'removeNode' ? 'map.connectorStillAttached' : 'map.connectorEndsGone'));
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
