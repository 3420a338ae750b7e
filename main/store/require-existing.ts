import type { Database } from 'better-sqlite3';
import type { MapMeta } from '../../shared/model/vsm-map';
import { getMapMeta } from './map-repository';
import { InvalidChangeError } from './store-errors';
import { getWorkshop } from './workshop-repository';
import { apiRefusalWords } from '../../shared/i18n/refusals';

/**
 * The existence checks every handler and repository uses, so a request naming something that is
 * not there (deleted in another window, a stale id) fails the same way everywhere: not-found,
 * before anything is written.
 */

/** The id of a workshop that exists, or a not-found error. */
export function requireWorkshop(db: Database, id: string): string {
  return getWorkshop(db, id).id;
}

/** A map that exists, or a not-found error. */
export function requireMap(db: Database, mapId: string): MapMeta {
  return getMapMeta(db, mapId);
}

/** A future-state map; `what` says what belongs only to such maps, for the refusal. */
export function requireFutureMap(db: Database, mapId: string, what: 'actions' | 'questions'): MapMeta {
  const meta = requireMap(db, mapId);
  if (meta.state !== 'future') {
    throw new InvalidChangeError(
      apiRefusalWords()(what === 'actions' ? 'futureState.actionsOnCurrentState' : 'futureState.questionsOnCurrentState', { name: meta.name }),
    );
  }
  return meta;
}
