import type { Database } from 'better-sqlite3';
import type { MapMeta } from '../../shared/model/vsm-map';
import { getMapMeta } from './map-repository';
import { InvalidChangeError } from './store-errors';
import { getWorkshop } from './workshop-repository';

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

/** A future-state map; `what` names what belongs only to such maps, for the refusal. */
export function requireFutureMap(db: Database, mapId: string, what: string): MapMeta {
  const meta = requireMap(db, mapId);
  if (meta.state !== 'future') throw new InvalidChangeError(`“${meta.name}” is a current-state map; ${what} belong to future-state maps.`);
  return meta;
}
