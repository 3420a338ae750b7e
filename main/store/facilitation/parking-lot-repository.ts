import type { Database } from 'better-sqlite3';
import type { ParkResult, RestoreResult } from '../../../shared/api/parking-lot-contract';
import { isParkable, type ParkingLotItem } from '../../../shared/facilitation/parking-lot';
import { topZ } from '../../../shared/editing/commands';
import type { NoteColor } from '../../../shared/model/colors';
import { newId } from '../../../shared/model/ids';
import type { MapNode } from '../../../shared/model/map-node';
import { createNode } from '../../../shared/model/node-factory';
import type { Clock } from '../clock';
import { applyMapChanges, getMapMeta, loadMap } from '../map-repository';
import { InvalidChangeError, NotFoundError } from '../store-errors';
import { getWorkshop, touchWorkshop } from '../workshop-repository';
import { toParkingLotItem, type ParkingLotRow } from './facilitation-rows';
import { nextPosition, renumber, workshopOfRow } from './ordered-rows';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

/**
 * The parking lot, and moving notes between it and a map. Each move is one transaction that
 * changes the map (through the same save path as any map edit, so its revision moves on) and the
 * parking lot together: a note is in exactly one of the two places, whatever happens.
 */
export function listParkingLot(db: Database, workshopId: string): ParkingLotItem[] {
  return db
    .prepare<[string], ParkingLotRow>('SELECT * FROM parking_lot_items WHERE workshop_id = ? ORDER BY position, id')
    .all(workshopId)
    .map(toParkingLotItem);
}

function getItem(db: Database, id: string): ParkingLotItem {
  const row = db.prepare<[string], ParkingLotRow>('SELECT * FROM parking_lot_items WHERE id = ?').get(id);
  if (!row) throw new NotFoundError(apiRefusalWords()('facilitation.parkedItemGone', { id }));
  return toParkingLotItem(row);
}

function insertItem(
  db: Database,
  workshopId: string,
  item: { text: string; color: NoteColor; note: MapNode | null; fromMapId: string | null },
  clock: Clock,
) {
  db.prepare(
    `INSERT INTO parking_lot_items (id, workshop_id, position, text, color, note, from_map_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    workshopId,
    nextPosition(db, 'parking_lot_items', workshopId),
    item.text,
    item.color,
    item.note ? JSON.stringify(item.note) : null,
    item.fromMapId,
    clock().toISOString(),
  );
}

export function addParkingLotItem(db: Database, workshopId: string, text: string, color: NoteColor, clock: Clock): ParkingLotItem[] {
  getWorkshop(db, workshopId);
  db.transaction(() => {
    insertItem(db, workshopId, { text, color, note: null, fromMapId: null }, clock);
    touchWorkshop(db, workshopId, clock);
  })();
  return listParkingLot(db, workshopId);
}

export function updateParkingLotItem(db: Database, id: string, patch: { text?: string; color?: NoteColor }, clock: Clock): ParkingLotItem[] {
  const workshopId = workshopOfRow(db, 'parking_lot_items', id);
  db.transaction(() => {
    db.prepare('UPDATE parking_lot_items SET text = coalesce(?, text), color = coalesce(?, color) WHERE id = ?').run(
      patch.text ?? null,
      patch.color ?? null,
      id,
    );
    touchWorkshop(db, workshopId, clock);
  })();
  return listParkingLot(db, workshopId);
}

function deleteItem(db: Database, item: ParkingLotItem): void {
  db.prepare('DELETE FROM parking_lot_items WHERE id = ?').run(item.id);
  renumber(
    db,
    'parking_lot_items',
    listParkingLot(db, item.workshopId).map((other) => other.id),
  );
}

export function removeParkingLotItem(db: Database, id: string, clock: Clock): ParkingLotItem[] {
  const item = getItem(db, id);
  db.transaction(() => {
    deleteItem(db, item);
    touchWorkshop(db, item.workshopId, clock);
  })();
  return listParkingLot(db, item.workshopId);
}

/** Takes a note off its map into the parking lot. Notes with connectors stay: their flow would break. */
export function parkNote(db: Database, mapId: string, nodeId: string, clock: Clock): ParkResult {
  const meta = getMapMeta(db, mapId);
  const revision = db
    .transaction(() => {
      const doc = loadMap(db, mapId);
      const node = doc.nodes.find((candidate) => candidate.id === nodeId);
      if (!node) throw new InvalidChangeError(apiRefusalWords()('facilitation.noteGone'));
      if (!isParkable(node.kind)) throw new InvalidChangeError(apiRefusalWords()('facilitation.notParkable'));
      if (doc.connectors.some((connector) => connector.fromId === nodeId || connector.toId === nodeId)) {
        throw new InvalidChangeError(apiRefusalWords()('facilitation.noteHasConnectors'));
      }
      const saved = applyMapChanges(db, mapId, [{ op: 'removeNode', id: nodeId }], clock);
      insertItem(db, meta.workshopId, { text: node.text, color: node.color, note: node, fromMapId: mapId }, clock);
      return saved.revision;
    })
    .immediate();
  return { items: listParkingLot(db, meta.workshopId), revision };
}

/**
 * Puts a parking lot item on a map, centred on `at`, above everything else. A note returning to
 * its own map keeps its id (votes on it count again) unless that id is taken meanwhile.
 */
export function restoreToMap(db: Database, itemId: string, mapId: string, at: { x: number; y: number }, clock: Clock): RestoreResult {
  const item = getItem(db, itemId);
  const meta = getMapMeta(db, mapId);
  if (meta.workshopId !== item.workshopId) throw new InvalidChangeError(apiRefusalWords()('map.otherWorkshop'));
  const { node, revision } = db
    .transaction(() => {
      const doc = loadMap(db, mapId);
      const z = topZ(doc) + 1;
      const keepsId = item.note !== null && item.fromMapId === mapId && !doc.nodes.some((node) => node.id === item.note?.id);
      const node: MapNode = item.note
        ? { ...item.note, id: keepsId ? item.note.id : newId(), text: item.text, color: item.color, z }
        : createNode({ id: newId(), kind: 'sticky-note', at, z, text: item.text, color: item.color });
      const placed = { ...node, x: at.x - node.width / 2, y: at.y - node.height / 2 };
      const { revision } = applyMapChanges(db, mapId, [{ op: 'putNode', node: placed }], clock);
      deleteItem(db, item);
      return { node: placed, revision };
    })
    .immediate();
  return { items: listParkingLot(db, item.workshopId), node, revision };
}
