import type { Database } from 'better-sqlite3';
import { newId } from '../../../shared/model/ids';

/**
 * Copies a workshop's future-state answers and action plan into its duplicate, pointing at the
 * copied maps (`mapIds`: original map to copy). Node ids stay, because a copied map keeps its
 * nodes' ids. Runs inside the caller's transaction.
 */
export function duplicateFutureState(db: Database, fromId: string, toId: string, mapIds: ReadonlyMap<string, string>): void {
  const copyAnswers = db.prepare(
    'INSERT INTO future_state_answers (map_id, question, answer, updated_at) SELECT ?, question, answer, updated_at FROM future_state_answers WHERE map_id = ?',
  );
  for (const [original, copy] of mapIds) copyAnswers.run(copy, original);

  const actions = db
    .prepare<[string], { id: string; map_id: string }>('SELECT id, map_id FROM actions WHERE workshop_id = ? ORDER BY rowid')
    .all(fromId);
  const copyAction = db.prepare(
    `INSERT INTO actions (id, workshop_id, map_id, what, owner, due_date, status, step_node_id, kaizen_node_id, created_at, updated_at)
     SELECT ?, ?, ?, what, owner, due_date, status, step_node_id, kaizen_node_id, created_at, updated_at FROM actions WHERE id = ?`,
  );
  for (const action of actions) {
    const mapId = mapIds.get(action.map_id);
    if (mapId) copyAction.run(newId(), toId, mapId, action.id);
  }
}
