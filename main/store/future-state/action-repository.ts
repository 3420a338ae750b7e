import type { Database } from 'better-sqlite3';
import type { ActionFields, ActionItem, ActionStatus } from '../../../shared/action-plan/action-item';
import { newId } from '../../../shared/model/ids';
import type { MapNode } from '../../../shared/model/map-node';
import type { MapMeta } from '../../../shared/model/vsm-map';
import { definedOnly } from '../../../shared/util/defined-only';
import type { Clock } from '../clock';
import { getMapMeta } from '../map-repository';
import { InvalidChangeError, NotFoundError } from '../store-errors';
import { requireFutureMap } from '../require-existing';
import { touchWorkshop } from '../workshop-repository';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

/**
 * The action plan. Actions belong to a future-state map. A link to a step or a burst is checked
 * when it is set (it must be a process step or a kaizen burst on that map); a link left
 * unchanged is not checked again, so an action outlives the node it was about.
 */
type ActionRow = {
  id: string;
  workshop_id: string;
  map_id: string;
  what: string;
  owner: string;
  due_date: string | null;
  status: ActionStatus;
  step_node_id: string | null;
  kaizen_node_id: string | null;
  created_at: string;
  updated_at: string;
};

export type NewAction = Pick<ActionFields, 'what'> & Partial<ActionFields>;

function toAction(row: ActionRow): ActionItem {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    mapId: row.map_id,
    what: row.what,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    stepNodeId: row.step_node_id,
    kaizenNodeId: row.kaizen_node_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listActions(db: Database, workshopId: string, mapId?: string): ActionItem[] {
  const rows = mapId
    ? db
        .prepare<[string, string], ActionRow>('SELECT * FROM actions WHERE workshop_id = ? AND map_id = ? ORDER BY created_at, id')
        .all(workshopId, mapId)
    : db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE workshop_id = ? ORDER BY created_at, id').all(workshopId);
  return rows.map(toAction);
}

export function getAction(db: Database, id: string): ActionItem {
  const row = db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE id = ?').get(id);
  if (!row) throw new NotFoundError(apiRefusalWords()('futureState.actionGone', { id }));
  return toAction(row);
}

function requireNode(db: Database, map: MapMeta, nodeId: string, kind: 'process' | 'kaizen-burst'): void {
  const row = db.prepare<[string, string], { body: string }>('SELECT body FROM nodes WHERE map_id = ? AND id = ?').get(map.id, nodeId);
  const node = row ? (JSON.parse(row.body) as MapNode) : null;
  if (node?.kind === kind) return;
  throw new InvalidChangeError(
    apiRefusalWords()(kind === 'process' ? 'futureState.stepNotOnMap' : 'futureState.kaizenNotOnMap', { id: nodeId, map: map.name }),
  );
}

function checkLinks(db: Database, map: MapMeta, links: Partial<Pick<ActionFields, 'stepNodeId' | 'kaizenNodeId'>>): void {
  if (links.stepNodeId) requireNode(db, map, links.stepNodeId, 'process');
  if (links.kaizenNodeId) requireNode(db, map, links.kaizenNodeId, 'kaizen-burst');
}

export function createAction(db: Database, mapId: string, fields: NewAction, clock: Clock): ActionItem {
  const map = requireFutureMap(db, mapId, 'actions');
  checkLinks(db, map, fields);
  const id = newId();
  const now = clock().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO actions (id, workshop_id, map_id, what, owner, due_date, status, step_node_id, kaizen_node_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      map.workshopId,
      mapId,
      fields.what,
      fields.owner ?? '',
      fields.dueDate ?? null,
      fields.status ?? 'open',
      fields.stepNodeId ?? null,
      fields.kaizenNodeId ?? null,
      now,
      now,
    );
    touchWorkshop(db, map.workshopId, clock);
  })();
  return getAction(db, id);
}

export function updateAction(db: Database, id: string, patch: Partial<ActionFields>, clock: Clock): ActionItem {
  const current = getAction(db, id);
  const map = getMapMeta(db, current.mapId);
  checkLinks(db, map, {
    stepNodeId: patch.stepNodeId === current.stepNodeId ? null : patch.stepNodeId,
    kaizenNodeId: patch.kaizenNodeId === current.kaizenNodeId ? null : patch.kaizenNodeId,
  });
  const next: ActionItem = { ...current, ...definedOnly(patch) };
  db.transaction(() => {
    db.prepare(
      `UPDATE actions SET what = ?, owner = ?, due_date = ?, status = ?, step_node_id = ?, kaizen_node_id = ?, updated_at = ?
       WHERE id = ?`,
    ).run(next.what, next.owner, next.dueDate, next.status, next.stepNodeId, next.kaizenNodeId, clock().toISOString(), id);
    touchWorkshop(db, current.workshopId, clock);
  })();
  return getAction(db, id);
}

export function deleteAction(db: Database, id: string, clock: Clock): { id: string } {
  const current = getAction(db, id);
  db.transaction(() => {
    db.prepare('DELETE FROM actions WHERE id = ?').run(id);
    touchWorkshop(db, current.workshopId, clock);
  })();
  return { id };
}
